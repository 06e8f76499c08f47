public import DGLintModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system operations dglint needs, with errors as sentences.
enum FileSystem {
    enum Kind: Equatable { case file, directory, other, missing(reason: LocalizedText) }

    /// What is at `path` (following symbolic links); when nothing can be read there, why not.
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing(reason: unreadable(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Whether `path` names a regular file itself, not through a symbolic link (`lstat`).
    static func isRegularFile(_ path: String) -> Bool {
        regularFileStatus(path) != nil
    }

    /// What makes a file or folder itself, whatever path leads to it: its device and inode numbers.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The identity of what `path` leads to (following links), or nil when it cannot be found.
    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// When the regular file at `path` itself (not through a link, `lstat`) was last modified, in seconds since
    /// 1970, and its size in bytes; nil for anything else or when it cannot be found.
    static func regularFileStatus(_ path: String) -> (modified: Int, size: Int)? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return (Int(info.st_mtim.tv_sec), Int(info.st_size))
    }

    /// Removes the file at `path`; false when it cannot (already gone, or not allowed).
    @discardableResult
    static func remove(_ path: String) -> Bool {
        unlink(path) == 0
    }

    /// The size in bytes of the file at `path` (following links), or 0 when it cannot be read.
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The file's bytes; a file over `limit` bytes is refused before it is read.
    static func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, reason: unreadable(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError(path: path, reason: unreadable(errno)) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw FileError(path: path, reason: describe(EISDIR)) }
        let size = Int(info.st_size)
        if size > limit {
            // Just over the limit, both sizes round to the same MiB: then give them in bytes.
            let (shown, limitShown) =
                mebibytes(size) == mebibytes(limit)
                ? ("\(size) bytes", "\(limit)-byte") : (mebibytes(size), mebibytes(limit))
            throw FileError(
                path: path,
                reason: LocalizedText(
                    th: "ไฟล์มีขนาด \(shown) เกินขีดจำกัด \(limitShown); แบ่งเป็นไฟล์ที่เล็กลง",
                    en: "it is \(shown), larger than the \(limitShown) limit; split it into smaller files"))
        }
        // The size stat gives is read straight into the array (no zero fill, no second copy); a file that grew
        // since (or a pipe) is read on in chunks, still within the limit.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 0)) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress.map { $0 + count }, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { throw FileError(path: path, reason: unreadable(failure)) }
        // Reading on until the end (the read that finds it is the only one for a regular file) goes through an
        // uninitialised buffer: a zero-filled array here cost 64 KB of memset for every file read.
        var tooLarge = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64 * 1024) { chunk in
            while true {
                let n = Glibc.read(fd, chunk.baseAddress, chunk.count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<n]))
                if bytes.count > limit {
                    tooLarge = true
                    return
                }
            }
        }
        if failure != 0 { throw FileError(path: path, reason: unreadable(failure)) }
        if tooLarge {
            throw FileError(
                path: path,
                reason: LocalizedText(
                    th: "ไฟล์มีขนาดเกินขีดจำกัด \(mebibytes(limit)); แบ่งเป็นไฟล์ที่เล็กลง",
                    en: "it is larger than the \(mebibytes(limit)) limit; split it into smaller files"))
        }
        return bytes
    }

    /// Writes `text` to `path` atomically (a temporary file renamed into place).
    static func write(_ text: String, to path: String) throws(FileError) {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// What the name of a temporary file of ``write(bytes:to:)`` adds to the file's name, before the process id.
    static let temporaryMarker = ".tmp-"

    /// Writes `bytes` to `path` atomically (a temporary file renamed into place).
    static func write(bytes: [UInt8], to path: String) throws(FileError) {
        let temporary = path + temporaryMarker + String(getpid())
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, reason: describe(errno), writing: true) }
        var bytes = bytes
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = describe(errno)
                close(fd)
                unlink(temporary)
                throw FileError(path: path, reason: reason, writing: true)
            }
            written += n
        }
        bytes = []
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = describe(errno)
            unlink(temporary)
            throw FileError(path: path, reason: reason, writing: true)
        }
    }

    /// The entries of a folder, sorted by name.
    static func entries(_ path: String) throws(FileError) -> [String] {
        guard let dir = opendir(path) else { throw FileError(path: path, reason: unreadable(errno)) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The working directory, or "." when it cannot be read.
    static var currentDirectory: String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }

    /// The canonical absolute path (symbolic links resolved), or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` relative to the working directory when it lies below it, else unchanged.
    static func displayPath(_ path: String) -> String {
        guard path.hasPrefix("/"), let cwd = realPath(".") else { return path }
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty || a == "." { return b }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// What an `errno` means, in Thai and English.
    static func describe(_ code: Int32) -> LocalizedText {
        switch code {
        case ENOENT: LocalizedText(th: "ไม่มีไฟล์หรือโฟลเดอร์นี้", en: "it does not exist")
        case EACCES, EPERM: LocalizedText(th: "ไม่มีสิทธิ์เข้าถึง", en: "permission denied")
        case EISDIR: LocalizedText(th: "เป็นโฟลเดอร์ ไม่ใช่ไฟล์", en: "it is a folder")
        case ELOOP: LocalizedText(th: "เป็นลิงก์สัญลักษณ์ที่วนกลับมาหากัน", en: "it is a loop of symbolic links")
        case ENOTDIR: LocalizedText(th: "ส่วนหนึ่งของเส้นทางไม่ใช่โฟลเดอร์", en: "a part of the path is not a folder")
        default:
            // The system's own sentence (strerror) is English; the Thai says it is the system's.
            LocalizedText(th: "ระบบแจ้งว่า \"\(String(cString: strerror(code)))\"", en: String(cString: strerror(code)))
        }
    }

    /// Why a file or folder cannot be read, and what to do when the reason alone does not say: the
    /// sentence of ``describe(_:)`` with advice for a permission and a link loop.
    static func unreadable(_ code: Int32) -> LocalizedText {
        switch code {
        case EACCES, EPERM:
            LocalizedText(
                th: "ไม่มีสิทธิ์อ่าน; ให้สิทธิ์อ่านแก่ผู้ใช้ที่เรียกใช้ dglint",
                en: "permission denied; give the user who runs dglint permission to read it")
        case ELOOP:
            LocalizedText(
                th: "เป็นลิงก์สัญลักษณ์ที่วนกลับมาหากัน; ชี้ลิงก์ไปที่ไฟล์หรือโฟลเดอร์ หรือลบลิงก์ออก",
                en: "it is a loop of symbolic links; point the link at a file or folder, or remove the link")
        default: describe(code)
        }
    }

    static func mebibytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}

/// A file that could not be read or written, with the reason in plain words (Thai and English: an input
/// that cannot be read is a finding, INPUT-01, which a proposal's author reads in either language).
public struct FileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: LocalizedText
    public var writing = false

    /// The English sentence the command line prints.
    public var description: String { "cannot \(writing ? "write" : "read") \(path): \(reason.en)" }
}

/// Writing reports: atomically, so a reader never sees half a file.
public enum FileOutput {
    public static func write(_ text: String, to path: String) throws(FileError) {
        try FileSystem.write(text, to: path)
    }

    /// The canonical absolute path of an existing file or folder.
    public static func absolutePath(_ path: String) -> String? { FileSystem.realPath(path) }

    /// `a/b`.
    public static func join(_ a: String, _ b: String) -> String { FileSystem.join(a, b) }

    /// Creates `path` and the folders above it that are missing.
    public static func makeFolder(_ path: String) throws(FileError) {
        var current = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            current = current.isEmpty ? String(part) : FileSystem.join(current, String(part))
            if FileSystem.kind(current) == .directory { continue }
            guard mkdir(current, 0o755) == 0 || errno == EEXIST else {
                throw FileError(path: current, reason: FileSystem.describe(errno), writing: true)
            }
        }
    }

    /// Reads a whole file (for `dglint query` and snippets), refusing one over `limit` bytes.
    public static func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
        try FileSystem.read(path, limit: limit)
    }
}
