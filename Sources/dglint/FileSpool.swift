import DGLintKit
import DGLintReporters

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A report spool on a temporary file with no name, so that the JUnit, Markdown and HTML reports of a large
/// batch take disk instead of memory while their head waits for the last file.
///
/// The file is made in `$TMPDIR` (else `/tmp`) and unlinked as soon as it is open: it has no name from
/// then on, nothing can open it, and the system frees it when dglint closes it or exits — normally, on
/// an error, or killed — so no temporary file is ever left behind. Writes are buffered; ``drain(into:)``
/// reads the file back from the start in chunks cut at character boundaries and empties it. A write or
/// read that fails is kept as ``failure`` (the report is then incomplete) and checked by the caller.
struct FileSpool: ReportSpool {
    private final class Handle {
        var fd: Int32
        var buffer: [UInt8] = []
        var failure: String?

        init(fd: Int32) {
            self.fd = fd
            buffer.reserveCapacity(1 << 16)
        }

        func write(_ text: String) {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { flush() }
        }

        func flush() {
            if failure == nil, let code = DescriptorWriter.writeAll(buffer, to: fd) {
                failure = String(cString: strerror(code))
            }
            buffer.removeAll(keepingCapacity: true)
        }

        deinit { close(fd) }
    }

    private let handle: Handle
    /// Why the spool lost part of what was written to it, or nil when it did not.
    var failure: String? { handle.failure }

    /// Why a temporary file could not be made or used, in the system's words.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A spool in a new temporary file in `directory`.
    init(directory: String) throws(Failure) {
        var template = ((directory.hasSuffix("/") ? directory : directory + "/") + "dglint-spool-XXXXXX").utf8CString
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        // Not inherited by plugin processes (the checks have not started yet: no other thread forks now).
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { buffer in
            if let path = buffer.baseAddress { _ = unlink(path) }
        }
        handle = Handle(fd: fd)
    }

    /// The folder temporary files go in: `$TMPDIR`, else `/tmp`.
    static var temporaryDirectory: String { Environment.value("TMPDIR") ?? "/tmp" }

    mutating func write(_ string: String) {
        handle.write(string)
    }

    mutating func drain(into out: inout some TextOutputStream) {
        handle.flush()
        guard handle.failure == nil, lseek(handle.fd, 0, SEEK_SET) == 0 else {
            handle.failure = handle.failure ?? String(cString: strerror(errno))
            return
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var carried = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { buffer in
                Glibc.read(handle.fd, buffer.baseAddress.map { $0 + carried }, buffer.count - carried)
            }
            if n < 0 {
                if errno == EINTR { continue }
                handle.failure = String(cString: strerror(errno))
                break
            }
            let filled = carried + n
            // Keep the bytes of a character cut by the chunk's end for the next chunk.
            var end = filled
            if n > 0 {
                var lead = filled - 1
                while lead > 0, chunk[lead] & 0xC0 == 0x80 { lead -= 1 }
                if filled - lead < Self.length(ofSequenceStartingWith: chunk[lead]) { end = lead }
            }
            out.write(String(decoding: chunk[..<end], as: UTF8.self))
            if n == 0 { break }
            carried = filled - end
            for index in 0..<carried { chunk[index] = chunk[end + index] }
        }
        if ftruncate(handle.fd, 0) != 0 || lseek(handle.fd, 0, SEEK_SET) != 0 {
            handle.failure = handle.failure ?? String(cString: strerror(errno))
        }
    }

    /// How many bytes the UTF-8 sequence that starts with `byte` has.
    static func length(ofSequenceStartingWith byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
