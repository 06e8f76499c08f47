import DGLintModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// JSON lines to and from one running plugin, every operation bounded by a deadline.
///
/// No reader thread: a call writes its request and then `poll`s stdout and stderr together until a whole
/// line has arrived or the deadline passes, so stderr is drained while waiting (a chatty plugin never
/// blocks on a full pipe) and its last few KB are kept for messages. Used by one thread at a time (the
/// ``PluginProcess`` lock).
final class PluginConnection {
    static let stderrLimit = 4096
    /// The longest line accepted from a plugin; more is garbage.
    static let lineLimit = 16 << 20

    let child: ChildProcess
    private var pending: [UInt8] = []
    private var stderrTail: [UInt8] = []

    init(child: ChildProcess) {
        self.child = child
    }

    /// The last few KB the plugin wrote on stderr, as text.
    var stderr: String {
        drainStderr()
        var bytes = stderrTail[...]
        // Start at a line (or at least a character) boundary after trimming.
        if stderrTail.count >= Self.stderrLimit, let newline = bytes.firstIndex(of: 0x0A) {
            bytes = bytes[(newline + 1)...]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes one line (a newline is added).
    func send(_ line: String, deadline: ContinuousClock.Instant, timeout: Double) -> PluginFailure? {
        var bytes = Array(line.utf8)
        bytes.append(0x0A)
        var sent = 0
        while sent < bytes.count {
            let result = bytes[sent...].withUnsafeBytes { buffer in
                Glibc.send(child.input, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
            }
            if result > 0 {
                sent += result
                continue
            }
            let code = errno
            if result < 0, code == EINTR { continue }
            if result < 0, code == EAGAIN || code == EWOULDBLOCK {
                if let failure = wait(for: child.input, events: Int16(POLLOUT), deadline: deadline, timeout: timeout) {
                    return failure
                }
                continue
            }
            return ended()
        }
        return nil
    }

    /// Reads the next line (without its newline).
    func receive(deadline: ContinuousClock.Instant, timeout: Double) -> Result<[UInt8], PluginFailure> {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                return .success(line)
            }
            if pending.count > Self.lineLimit {
                return .failure(.garbage("a line longer than \(Self.lineLimit >> 20) MiB"))
            }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(child.output, $0.baseAddress, $0.count) }
            if count > 0 {
                pending += buffer[..<count]
                continue
            }
            if count == 0 { return .failure(ended()) }
            let code = errno
            if code == EINTR { continue }
            guard code == EAGAIN || code == EWOULDBLOCK else { return .failure(ended()) }
            if let failure = wait(for: child.output, events: Int16(POLLIN), deadline: deadline, timeout: timeout) {
                return .failure(failure)
            }
        }
    }

    /// Waits until `fd` is ready for `events`, draining stderr meanwhile; a failure when the deadline passes.
    private func wait(
        for fd: Int32, events: Int16, deadline: ContinuousClock.Instant, timeout: Double
    ) -> PluginFailure? {
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return .timedOut(timeout) }
            let (seconds, attoseconds) = left.components
            let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            var fds = [
                pollfd(fd: fd, events: events, revents: 0),
                pollfd(fd: child.errors, events: Int16(POLLIN), revents: 0),
            ]
            let ready = Glibc.poll(&fds, nfds_t(child.errors >= 0 ? 2 : 1), milliseconds)
            if ready < 0, errno != EINTR { return ended() }
            if fds[1].revents != 0 { drainStderr() }
            if fds[0].revents != 0 { return nil }
        }
    }

    /// Reads whatever is waiting on stderr, keeping the last ``stderrLimit`` bytes.
    func drainStderr() {
        guard child.errors >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(child.errors, $0.baseAddress, $0.count) }
            if count > 0 {
                stderrTail += buffer[..<count]
                if stderrTail.count > Self.stderrLimit { stderrTail.removeFirst(stderrTail.count - Self.stderrLimit) }
                continue
            }
            if count < 0, errno == EINTR { continue }
            return
        }
    }

    /// The failure for a plugin whose stdout or stdin closed: waits briefly for it to end, so the message can
    /// say how (exit status or signal) and its stderr is complete.
    private func ended() -> PluginFailure {
        let grace = ContinuousClock.now.advanced(by: .milliseconds(500))
        while child.poll() == nil, ContinuousClock.now < grace {
            drainStderr()
            usleep(2000)
        }
        drainStderr()
        let status = child.poll()
        return .ended(status?.description ?? "closed its output")
    }
}
