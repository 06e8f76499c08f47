#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A report file written as it is produced, into a temporary file beside it that replaces the target only
/// when ``commit()`` is called — so a report is never half-written, and memory does not grow with it.
public struct FileSink: TextOutputStream {
    private final class Handle {
        let path: String
        let temporary: String
        var fd: Int32
        var buffer: [UInt8] = []
        var failure: FileError?

        init(path: String) throws(FileError) {
            self.path = path
            temporary = path + ".tmp-\(getpid())"
            fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw FileError(path: path, reason: FileSystem.describe(errno), writing: true) }
            buffer.reserveCapacity(1 << 16)
        }

        func write(_ text: String) {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { flush() }
        }

        func flush() {
            if failure == nil, let code = DescriptorWriter.writeAll(buffer, to: fd) {
                failure = FileError(path: path, reason: FileSystem.describe(code), writing: true)
            }
            buffer.removeAll(keepingCapacity: true)
        }

        deinit {
            if fd >= 0 {
                close(fd)
                unlink(temporary)
            }
        }
    }

    private let handle: Handle

    /// Opens a temporary file beside `path`.
    public init(path: String) throws(FileError) {
        handle = try Handle(path: path)
    }

    public mutating func write(_ string: String) { handle.write(string) }

    /// Finishes the file and moves it into place.
    public func commit() throws(FileError) {
        handle.flush()
        if let failure = handle.failure { throw failure }
        close(handle.fd)
        handle.fd = -1
        guard rename(handle.temporary, handle.path) == 0 else {
            let reason = FileSystem.describe(errno)
            unlink(handle.temporary)
            throw FileError(path: handle.path, reason: reason, writing: true)
        }
    }
}
