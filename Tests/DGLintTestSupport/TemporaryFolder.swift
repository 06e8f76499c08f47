import Foundation

/// A fresh, uniquely named folder under the system's temporary directory, for tests that need real files.
///
/// Paths are plain strings, as dglint's Kit takes them. The folder's own path has its symbolic links
/// resolved, so that it compares equal to what `realpath` gives. Remove it with ``remove()``, or use
/// ``with(_:)`` which removes it however the body ends.
///
/// ```swift
/// try TemporaryFolder.with { folder in
///     let file = try folder.write("a/b.yaml", "x: 1\n")
///     // file == folder.path + "/a/b.yaml"
/// }
/// ```
public struct TemporaryFolder: Sendable {
    /// The absolute path of the folder.
    public let path: String

    /// Creates the folder; `label` starts its name, to tell test folders apart when one is left behind.
    public init(_ label: String = "dglint-test") throws {
        let base = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path
        let name = "\(label)-\(UUID().uuidString)"
        path = base.hasSuffix("/") ? base + name : base + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Runs `body` with a new folder and removes the folder afterwards.
    public static func with<T>(_ label: String = "dglint-test", _ body: (TemporaryFolder) throws -> T) throws -> T {
        let folder = try TemporaryFolder(label)
        defer { folder.remove() }
        return try body(folder)
    }

    /// The absolute path of `relative` inside the folder.
    public func path(_ relative: String) -> String {
        relative.isEmpty ? path : path + "/" + relative
    }

    /// Writes `text` (UTF-8) to `relative`, creating the folders above it; returns the file's absolute path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        let file = path(relative)
        let parent = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Creates the folder `relative` (and those above it); returns its absolute path.
    @discardableResult
    public func makeFolder(_ relative: String) throws -> String {
        let folder = path(relative)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Creates a symbolic link at `relative` whose target is `destination`, written as given (so a relative
    /// destination is relative to the link's folder).
    public func link(_ relative: String, to destination: String) throws {
        let link = path(relative)
        let parent = (link as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: destination)
    }

    /// Sets the permission bits of `relative`, such as `0o000` to make a file unreadable.
    public func setPermissions(_ relative: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path(relative))
    }

    /// Removes the folder and everything in it, making unreadable entries removable first.
    public func remove() {
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            for case let relative as String in enumerator
            where (try? FileManager.default.destinationOfSymbolicLink(atPath: path(relative))) == nil {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path(relative))
            }
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}
