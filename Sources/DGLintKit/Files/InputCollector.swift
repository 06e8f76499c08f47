public import DGLintModel

/// Turns the paths given on the command line into the list of files to check: files as given, folders
/// walked recursively for `*.yaml`, `*.yml` and `*.json`, in sorted order, each file once.
public struct InputCollector: Sendable {
    public static let extensions = [".yaml", ".yml", ".json"]

    /// Globs (relative to each given folder) of files and folders to leave out.
    public var exclude: [Glob]

    public init(exclude: [Glob] = []) {
        self.exclude = exclude
    }

    /// One input: a file to check, or a path that cannot be checked and why (reported as a finding).
    public enum Input: Sendable, Equatable {
        case file(String)
        case unreadable(String, reason: LocalizedText)

        public var path: String {
            switch self {
            case .file(let path), .unreadable(let path, _): path
            }
        }
    }

    /// The inputs for `paths`, in a deterministic order. A folder that is reached twice (through a
    /// symbolic link loop, say) is walked once, and a file reached twice is checked once; both are known by
    /// their device and inode numbers, which cost one `stat` where resolving the real path cost one per
    /// component of the path, and take 16 bytes each while a batch is collected.
    public func collect(_ paths: [String]) -> InputList {
        var inputs = InputList()
        var seenFiles = Set<FileSystem.Identity>()
        var seenFolders = Set<FileSystem.Identity>()
        for path in paths {
            switch FileSystem.kind(path) {
            case .directory:
                walk(path, relative: "", into: &inputs, seenFiles: &seenFiles, seenFolders: &seenFolders)
            case .file:
                if Self.firstTime(path, in: &seenFiles) { inputs.append(.file(path)) }
            case .missing(let reason):
                inputs.append(.unreadable(path, reason: reason))
            case .other:
                inputs.append(
                    .unreadable(path, reason: LocalizedText(th: "ไม่ใช่ไฟล์ธรรมดา", en: "it is not a regular file")))
            }
        }
        return inputs
    }

    private func walk(
        _ folder: String, relative: String, into inputs: inout InputList, seenFiles: inout Set<FileSystem.Identity>,
        seenFolders: inout Set<FileSystem.Identity>
    ) {
        guard Self.firstTime(folder, in: &seenFolders) else { return }
        let names: [String]
        do {
            names = try FileSystem.entries(folder)
        } catch {
            inputs.append(.unreadable(folder, reason: error.reason))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = FileSystem.join(folder, name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            if exclude.contains(where: { $0.matches(rel) }) { continue }
            switch FileSystem.kind(path) {
            case .directory:
                walk(path, relative: rel, into: &inputs, seenFiles: &seenFiles, seenFolders: &seenFolders)
            case .file where Self.extensions.contains(where: name.hasSuffix):
                if Self.firstTime(path, in: &seenFiles) { inputs.append(.file(path)) }
            case .missing(let reason) where Self.extensions.contains(where: name.hasSuffix):
                inputs.append(.unreadable(path, reason: reason))
            default:
                continue
            }
        }
    }

    /// Whether `path` leads to something not met before (recording it); true when it cannot be identified.
    private static func firstTime(_ path: String, in seen: inout Set<FileSystem.Identity>) -> Bool {
        guard let identity = FileSystem.identity(path) else { return true }
        return seen.insert(identity).inserted
    }
}
