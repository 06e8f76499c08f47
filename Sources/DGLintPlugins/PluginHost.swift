import DGLintEngine
import Synchronization

/// The plugin programs of one run: one ``PluginProcess`` per program of a pack, made when a pack that
/// declares it loads and started only when a rule first calls one of its functions. Stopping the host (or
/// releasing it) stops them all; ``ChildReaper`` covers an exit or a signal that comes first.
public final class PluginHost: Sendable {
    private let processes = Mutex<[String: PluginProcess]>([:])

    public init() {}

    deinit { stopAll() }

    /// The process for `command` of `plugins`' pack, made once per pack folder and command.
    func process(for plugins: PackPlugins, command: [String]) -> PluginProcess {
        let key = plugins.folder + "\u{0}" + command.joined(separator: "\u{0}")
        return processes.withLock { processes in
            if let existing = processes[key] { return existing }
            let functions = plugins.functions.filter { $0.command == command }
            let process = PluginProcess(
                command: command.map { Self.resolve($0, folder: plugins.folder) }, folder: plugins.folder,
                pack: plugins.pack, functions: functions.map(\.name),
                startTimeout: max(10, functions.map(\.timeout).max() ?? 0))
            processes[key] = process
            return process
        }
    }

    /// Every process made so far.
    public var all: [PluginProcess] { processes.withLock { Array($0.values) } }

    /// Stops every running plugin program.
    public func stopAll() {
        for process in all { process.stop() }
    }

    /// A command word naming a file of the pack (it contains `/`) as an absolute path; others unchanged.
    static func resolve(_ word: String, folder: String) -> String {
        guard word.contains("/"), !word.hasPrefix("/") else { return word }
        let base = folder.hasPrefix("/") ? folder : FileLocation.currentDirectory + "/" + folder
        return (base.hasSuffix("/") ? base : base + "/") + (word.hasPrefix("./") ? String(word.dropFirst(2)) : word)
    }
}
