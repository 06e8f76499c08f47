import DGLintEngine
import DGLintModel
import DGLintYAML

/// Finds the `.dglint.yaml` that governs a file by walking up from its folder, reading each one once.
final class ConfigLocator: @unchecked Sendable {
    static let fileName = ".dglint.yaml"

    private let lock = Lock()
    private var byFolder: [String: String?] = [:]
    /// The answer for a regular file, by its folder as the caller spelled it (`proposals/2569`): every file
    /// of a folder has the same answer, found without resolving each file's path (eight `readlink`s and a
    /// `getcwd` a file).
    private var byGivenFolder: [String: String?] = [:]
    private var loaded: [String: Configuration] = [:]

    /// The path of the nearest configuration file governing `path` — a file, or a folder (whose own
    /// `.dglint.yaml` counts) — or nil. Paths under the working directory are shown relative to it.
    func configPath(for path: String) -> String? {
        // A regular file (not a symbolic link) lies in the real folder of the folder it was named in, so
        // files named in the same folder share one answer.
        guard FileSystem.isRegularFile(path) else { return resolveConfigPath(for: path) }
        let given = FileSystem.parent(path)
        if let known = lock.withLock({ byGivenFolder[given] }) { return known }
        let found = resolveConfigPath(for: path)
        lock.withLock { byGivenFolder[given] = found }
        return found
    }

    private func resolveConfigPath(for path: String) -> String? {
        let absolute = FileSystem.realPath(path) ?? path
        var folder = FileSystem.kind(absolute) == .directory ? absolute : FileSystem.parent(absolute)
        var visited: [String] = []
        var found: String?
        while true {
            if let cached = lock.withLock({ byFolder[folder] }) {
                found = cached
                break
            }
            visited.append(folder)
            let candidate = FileSystem.join(folder, Self.fileName)
            if FileSystem.kind(candidate) == .file {
                found = candidate
                break
            }
            let parent = FileSystem.parent(folder)
            if parent == folder { break }
            folder = parent
        }
        lock.withLock { for v in visited { byFolder[v] = found } }
        return found.map(FileSystem.displayPath)
    }

    /// The configuration at `path`, read and validated once.
    func configuration(at path: String) throws(DiagnosticList) -> Configuration {
        if let cached = lock.withLock({ loaded[path] }) { return cached }
        let config = try Self.load(path)
        lock.withLock { loaded[path] = config }
        return config
    }

    /// Reads and validates a configuration file.
    static func load(_ path: String) throws(DiagnosticList) -> Configuration {
        let document = try DocumentFile.first(path, limit: 1 << 20, code: "config.read") {
            "the configuration cannot be read: \($0.reason.en)"
        }
        guard let document else { return Configuration(file: path) }
        return try Configuration.decode(document, folder: FileSystem.parent(path))
    }
}
