import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes sure no plugin process outlives dglint: every child is listed here from the moment it is spawned
/// until it has been waited for, and at exit (`atexit`) or on SIGINT, SIGTERM or SIGHUP every listed child's
/// process group is killed and reaped before dglint ends (re-raising the signal, so the exit status still
/// says what stopped it).
///
/// This is the one piece of global state of the plugins: a signal handler can reach nothing else. The table
/// is a fixed array of process ids that the handler only reads; changes go through a lock.
enum ChildReaper {
    static let capacity = 256

    nonisolated(unsafe) private static let table: UnsafeMutablePointer<Int32> = {
        let table = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        table.initialize(repeating: 0, count: capacity)
        return table
    }()
    private static let lock = Mutex<Bool>(false)

    /// Installs the exit and signal handlers, once.
    static func installHandlers() {
        lock.withLock { installed in
            guard !installed else { return }
            installed = true
            _ = table
            atexit { ChildReaper.killAll() }
            for signal in [SIGINT, SIGTERM, SIGHUP] {
                var action = sigaction()
                action.__sigaction_handler.sa_handler = { signal in
                    ChildReaper.killAll()
                    Glibc.signal(signal, SIG_DFL)
                    raise(signal)
                }
                sigemptyset(&action.sa_mask)
                action.sa_flags = 0
                var previous = sigaction()
                sigaction(signal, nil, &previous)
                // A signal the user's shell already ignores (nohup) stays ignored.
                let ignored = previous.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) == 1 }
                if ignored != true { sigaction(signal, &action, nil) }
            }
        }
    }

    /// Runs `spawn` (which returns a process id, or a value ≤ 0 when nothing started) and lists the child.
    static func spawning(_ spawn: () -> Int32) -> Int32 {
        lock.withLock { _ in
            let pid = spawn()
            if pid > 0 {
                for slot in 0..<capacity where table[slot] == 0 {
                    table[slot] = pid
                    break
                }
            }
            return pid
        }
    }

    /// Removes a child that has been waited for.
    static func forget(_ pid: Int32) {
        lock.withLock { _ in
            for slot in 0..<capacity where table[slot] == pid { table[slot] = 0 }
        }
    }

    /// The children still listed (for tests).
    static var listed: [Int32] {
        lock.withLock { _ in (0..<capacity).map { table[$0] }.filter { $0 > 0 } }
    }

    /// Kills and reaps every listed child; async-signal-safe (only `kill` and `waitpid`).
    static func killAll() {
        for slot in 0..<capacity {
            let pid = table[slot]
            guard pid > 0 else { continue }
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
            table[slot] = 0
        }
    }
}
