import DGLintTestSupport
import Foundation

/// Runs the built `dglint` executable the way a user would, and captures what it does.
enum CommandRunner {
    /// What one run did.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The package root (the folder holding Package.swift), from this file's path.
    static let packageRoot = DGLintExecutable.packageRoot

    /// The `dglint` executable (see ``DGLintExecutable/path``).
    static func binary() throws(Failure) -> String {
        guard let path = DGLintExecutable.path else {
            throw Failure(description: "no dglint executable found; build it with swift build, or set DGLINT_BINARY")
        }
        return path
    }

    /// Splits a command line into words: spaces separate, 'single quotes' keep everything, "double quotes"
    /// keep everything but `\"` and `\\`, and a backslash outside quotes escapes the next character.
    static func words(_ command: String) throws(Failure) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in command {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
            } else if character == " " || character == "\n" || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                inWord = true
                if character == "'" || character == "\"" {
                    quote = character
                } else if character == "\\" {
                    escaped = true
                } else {
                    current.append(character)
                }
            }
        }
        guard quote == nil, !escaped else { throw Failure(description: "unbalanced quote in command: \(command)") }
        if inWord { words.append(current) }
        return words
    }

    /// Runs `arguments` with `binary` in `folder`, feeding `stdin`, with only `LANG=C.UTF-8`, `PATH` and
    /// `extraEnvironment` in the environment (so `DGLINT_RULES_PATH`, `NO_COLOR` and the like are unset).
    static func run(
        _ binary: String, _ arguments: [String], in folder: String, stdin: String, outputs: String,
        extraEnvironment: [String: String], timeout: Duration = .seconds(120)
    ) throws -> Outcome {
        let stdinPath = outputs + "/stdin"
        let stdoutPath = outputs + "/stdout"
        let stderrPath = outputs + "/stderr"
        try Data(stdin.utf8).write(to: URL(fileURLWithPath: stdinPath))
        for path in [stdoutPath, stderrPath] {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw Failure(description: "cannot create \(path)")
            }
        }
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: stdinPath))
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
        let error = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        defer {
            try? input.close()
            try? output.close()
            try? error.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ["LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin"]
        environment.merge(extraEnvironment) { _, new in new }
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()

        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while process.isRunning {
            if clock.now > deadline {
                process.terminate()
                process.waitUntilExit()
                throw Failure(description: "dglint \(arguments.joined(separator: " ")) ran for more than \(timeout)")
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        // A crash reads as the shell shows it: 128 + the signal number.
        let status =
            process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Outcome(
            status: status,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: stdoutPath)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: stderrPath)), as: UTF8.self))
    }
}
