import DGLintEngine
import DGLintModel
import DGLintTestSupport
import Dispatch
import Synchronization

@testable import DGLintPlugins

#if canImport(Glibc)
    import Glibc
#endif

/// Plugin programs written into temporary folders, and the plumbing to call them as rules do.
enum PluginFixtures {
    /// The start of every Python test plugin: the handshake, then `handle(request)` per line.
    static func python(_ body: String, beforeHandshake: String = "") -> String {
        """
        import json, sys, time
        \(beforeHandshake)
        hello = json.loads(sys.stdin.readline())
        print(json.dumps({"protocol": 1, "functions": hello["functions"]}), flush=True)
        calls = 0
        for line in sys.stdin:
            request = json.loads(line)
            calls += 1
        \(body.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))

        """
    }

    /// A trusted pack `demo` whose one function `probe` runs `script` with python3.
    static func plugins(in folder: TemporaryFolder, script: String, timeout: Double = 2) throws -> PackPlugins {
        _ = try folder.write("demo/functions/probe.py", script)
        let declaration = FunctionDeclaration(
            name: "probe", summary: LocalizedText("test"),
            options: OptionsSchema([OptionProperty("mode", .string, "")]), examples: [])
        let spec = PluginFunctionSpec(
            declaration: declaration, command: ["python3", "functions/probe.py"], timeout: timeout,
            location: SourceLocation(file: "pack.yaml", range: nil))
        return PackPlugins(
            pack: "demo", folder: folder.path("demo"), functions: [spec],
            location: SourceLocation(file: "pack.yaml", range: nil))
    }

    /// The compiled function `probe` of `plugins`, its processes kept by `host`.
    static func function(
        _ plugins: PackPlugins, host: PluginHost, options: [String: Value] = [:]
    ) throws -> any RuleFunction {
        let definitions = try PluginFactory(host: host, trusted: true, origin: "--rules-path")
            .definitions(for: plugins).get()
        guard let definition = definitions.first else { throw FixtureError("no definition") }
        return try definition.compile(FunctionOptions(options))
    }

    static func context(_ path: [PathElement] = [.key("name")]) -> FunctionContext {
        FunctionContext(root: [:], path: path, given: [:], givenPath: [])
    }

    /// Whether a process with this id still exists (a zombie counts as existing).
    static func exists(_ pid: Int32) -> Bool {
        var info = stat()
        return stat("/proc/\(pid)", &info) == 0
    }

    struct FixtureError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}

/// A count shared by threads.
final class Counter: Sendable {
    private let count = Mutex<Int>(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

/// Runs `body` on `count` threads at once and waits for all.
enum Threads {
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}
