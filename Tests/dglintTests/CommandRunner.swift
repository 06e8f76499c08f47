import DGLintTestSupport
import Foundation

/// Runs the built `dglint` executable the way a user would, and captures what it does.
enum CommandRunner {
    /// What one run did.
    typealias Outcome = DGLintExecutable.Run

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
    /// `extraEnvironment` in the environment (so `DGLINT_RULES_PATH`, `NO_COLOR` and the like are unset); the
    /// standard streams are files in `outputs` (see ``DGLintExecutable/run(_:_:in:environment:stdin:outputs:timeout:)``).
    static func run(
        _ binary: String, _ arguments: [String], in folder: String, stdin: String, outputs: String,
        extraEnvironment: [String: String], timeout: Duration = .seconds(120)
    ) throws -> Outcome {
        var environment = ["LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin"]
        environment.merge(extraEnvironment) { _, new in new }
        return try DGLintExecutable.run(
            binary, arguments, in: folder, environment: environment, stdin: stdin, outputs: outputs, timeout: timeout)
    }
}
