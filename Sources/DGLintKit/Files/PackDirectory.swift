/// Folder look-ups for the command line (which has no file-system code of its own).
public enum PackDirectory {
    /// The sub-folders of `folder`, sorted; empty when it cannot be read.
    public static func subfolders(of folder: String) -> [String] {
        ((try? FileSystem.entries(folder)) ?? []).filter { !$0.hasPrefix(".") }.map { FileSystem.join(folder, $0) }
            .filter { FileSystem.kind($0) == .directory }
    }

    /// Whether anything is at `path`.
    public static func exists(_ path: String) -> Bool {
        if case .missing = FileSystem.kind(path) { return false }
        return true
    }

    /// Whether `path` is a regular file.
    public static func isFile(_ path: String) -> Bool { FileSystem.kind(path) == .file }
}
