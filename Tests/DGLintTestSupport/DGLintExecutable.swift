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
    public static func run(_ binary: String, _ arguments: [String], stdin: String = "") throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        // Parsed packs are cached in a folder of this test process, not in the user's ~/.cache.
        var environment = ProcessInfo.processInfo.environment
        if environment["DGLINT_CACHE_DIR"] == nil { environment["DGLINT_CACHE_DIR"] = cacheFolder }
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
