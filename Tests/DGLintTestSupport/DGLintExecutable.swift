import Foundation

/// The built `dglint` executable and a way to run it, for the tests that drive the command line.
public enum DGLintExecutable {
    /// The package root, found from this file's location.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.resolvingSymlinksInPath().path
    }()

    /// `DGLINT_BINARY` if set; else the one beside the test bundle (build products share a folder); else
    /// `.build/debug/dglint` under the package root. Nil when none is built.
    public static let path: String? = {
        var candidates: [String] = []
        if let given = ProcessInfo.processInfo.environment["DGLINT_BINARY"], !given.isEmpty { candidates.append(given) }
        for bundle in Bundle.allBundles + [Bundle.main] {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("dglint").path)
            candidates.append(bundle.bundleURL.appendingPathComponent("dglint").path)
        }
        if let executable = CommandLine.arguments.first {
            let url = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
            candidates.append(url.deletingLastPathComponent().appendingPathComponent("dglint").path)
        }
        candidates.append(packageRoot + "/.build/debug/dglint")
        return candidates.first { candidate in
            var isFolder: ObjCBool = false
            return FileManager.default.isExecutableFile(atPath: candidate)
                && FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }()

    /// The parse cache of the tests' runs (see ``run(_:_:stdin:)``): one folder for every test run, as the
    /// entries check themselves and are written atomically, so that runs do not leave a folder each.
    static let cacheFolder = NSTemporaryDirectory() + "dglint-test-cache"

    /// What one run printed and how it ended.
    public struct Run: Sendable {
        /// The exit status; a crash reads as the shell shows it, 128 + the signal number.
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// dglint could not be run to the end: its files could not be made, or it ran past its time.
    public struct RunFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `binary` with `arguments` in this process's environment (with the tests' parse cache), feeding
    /// `stdin`, and collects its output; see ``run(_:_:in:environment:stdin:outputs:timeout:)``.
    public static func run(_ binary: String, _ arguments: [String], stdin: String = "") throws -> Run {
        let outputs = NSTemporaryDirectory() + "dglint-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outputs) }
        // Parsed packs are cached in a folder of this test process, not in the user's ~/.cache.
        var environment = ProcessInfo.processInfo.environment
        if environment["DGLINT_CACHE_DIR"] == nil { environment["DGLINT_CACHE_DIR"] = cacheFolder }
        return try run(binary, arguments, in: nil, environment: environment, stdin: stdin, outputs: outputs)
    }

    /// Runs `binary` with `arguments` in `folder` (this process's when nil), with exactly `environment`, feeding
    /// `stdin`, and collects its output; past `timeout` it is stopped and the run fails.
    ///
    /// Standard input, output and error are the files `stdin`, `stdout` and `stderr` in `outputs`, not pipes: a
    /// child that exits without reading its input (`dglint query` with an invalid selector stops at once) would
    /// otherwise make this process's write to the pipe raise `SIGPIPE` and kill it, and a child filling one
    /// output pipe while this process waits on the other would hang.
    public static func run(
        _ binary: String, _ arguments: [String], in folder: String?, environment: [String: String], stdin: String,
        outputs: String, timeout: Duration = .seconds(120)
    ) throws -> Run {
        let paths = (input: outputs + "/stdin", output: outputs + "/stdout", error: outputs + "/stderr")
        try Data(stdin.utf8).write(to: URL(fileURLWithPath: paths.input))
        for path in [paths.output, paths.error] {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw RunFailure(description: "cannot create \(path)")
            }
        }
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: paths.input))
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.output))
        let error = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.error))
        defer {
            try? input.close()
            try? output.close()
            try? error.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
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
                throw RunFailure(description: "dglint \(arguments.joined(separator: " ")) ran for more than \(timeout)")
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        let status =
            process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Run(
            status: status,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths.output)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths.error)), as: UTF8.self))
    }
}
