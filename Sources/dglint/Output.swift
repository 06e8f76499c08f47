#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and error for the executable: buffered, and the only place dglint prints.
enum Output {
    /// Writes to standard output through a buffer.
    struct Stream: TextOutputStream {
        mutating func write(_ string: String) { Output.standardOutput(string) }
    }

    nonisolated(unsafe) private static var buffer: [UInt8] = {
        var b = [UInt8]()
        b.reserveCapacity(1 << 16)
        return b
    }()

    static func standardOutput(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func standardError(_ text: String) {
        flush()
        writeAll(2, Array(text.utf8))
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        writeAll(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    static func exit(_ code: Int32) -> Never {
        flush()
        Glibc.exit(code)
    }

    /// Whether `fd` is a terminal (for colour and the progress bar).
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress.map { $0 + written }, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            written += n
        }
    }
}
