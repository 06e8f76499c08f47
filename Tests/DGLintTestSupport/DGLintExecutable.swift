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
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `binary` with `arguments`, feeding `stdin`, and collects its output.
    ///
    /// Standard input, output and error are temporary files, not pipes: a child that exits without reading its
    /// input (`dglint query` with an invalid selector stops at once) would otherwise make the test process's
    /// write to the pipe raise `SIGPIPE` and kill it, and a child filling one output pipe while this process
    /// waits on the other would hang.
    public static func run(_ binary: String, _ arguments: [String], stdin: String = "") throws -> Run {
        let folder = NSTemporaryDirectory() + "dglint-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = (input: folder + "/stdin", output: folder + "/stdout", error: folder + "/stderr")
        try Data(stdin.utf8).write(to: URL(fileURLWithPath: paths.input))
        for path in [paths.output, paths.error] {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
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
        // Parsed packs are cached in a folder of this test process, not in the user's ~/.cache.
        var environment = ProcessInfo.processInfo.environment
        if environment["DGLINT_CACHE_DIR"] == nil { environment["DGLINT_CACHE_DIR"] = cacheFolder }
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        let out = try Data(contentsOf: URL(fileURLWithPath: paths.output))
        let err = try Data(contentsOf: URL(fileURLWithPath: paths.error))
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
