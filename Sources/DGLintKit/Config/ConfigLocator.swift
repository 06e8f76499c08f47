import DGLintEngine
import DGLintModel
import DGLintYAML

/// Finds the `.dglint.yaml` that governs a file by walking up from its folder, reading each one once.
final class ConfigLocator: @unchecked Sendable {
    static let fileName = ".dglint.yaml"

    private let lock = Lock()
    private var byFolder: [String: String?] = [:]
    private var loaded: [String: Configuration] = [:]

    /// The path of the nearest configuration file governing `path` — a file, or a folder (whose own
    /// `.dglint.yaml` counts) — or nil. Paths under the working directory are shown relative to it.
    func configPath(for path: String) -> String? {
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
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path, limit: 1 << 20)
        } catch {
            throw DiagnosticList([
                Diagnostic(
                    code: "config.read", message: "the configuration cannot be read: \(error.reason)",
                    location: SourceLocation(file: path, range: nil))
            ])
        }
        let documents: [LoadedDocument]
        do {
            documents = try YAMLLoader().load(bytes, file: path)
        } catch {
            throw DiagnosticList([error])
        }
        guard let first = documents.first else { return Configuration(file: path) }
        let document = SourceDocument(file: path, value: first.value, sourceMap: first.sourceMap)
        return try Configuration.decode(document, folder: FileSystem.parent(path))
    }
}
