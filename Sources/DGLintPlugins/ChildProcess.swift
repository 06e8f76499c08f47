#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program started with `posix_spawn`, its standard streams connected to dglint by Unix socket pairs
/// (created close-on-exec atomically, so no other child inherits them; and writing to a plugin that has
/// died fails with `EPIPE` instead of raising `SIGPIPE`). dglint's ends are non-blocking.
///
/// The child leads a process group of its own, so killing it also kills whatever it started, and it is
/// registered with ``ChildReaper`` until it has been waited for, so it never outlives dglint.
final class ChildProcess {
    let pid: pid_t
    private(set) var input: Int32
    private(set) var output: Int32
    private(set) var errors: Int32
    private(set) var status: Termination?

    /// How a child ended.
    enum Termination: Equatable, CustomStringConvertible {
        case exited(Int32)
        case signalled(Int32)

        var description: String {
            switch self {
            case .exited(let code): "exited with status \(code)"
            case .signalled(let signal): "was killed by signal \(signal)\(ChildProcess.signalName(signal))"
            }
        }
    }

    private init(pid: pid_t, input: Int32, output: Int32, errors: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errors = errors
    }

    deinit { terminate() }

    /// Starts `arguments` (the program is looked up on `PATH` unless it contains a `/`); `folder` names the
    /// pack in messages (the program runs in dglint's working directory, so commands use absolute paths).
    /// - Returns: the child, or a sentence saying why it could not be started.
    static func spawn(_ arguments: [String], in folder: String) -> Result<ChildProcess, SpawnError> {
        guard let program = arguments.first else { return .failure(SpawnError("the command is empty")) }
        var stdinPair: [Int32] = [-1, -1]
        var stdoutPipe: [Int32] = [-1, -1]
        var stderrPipe: [Int32] = [-1, -1]
        let kind = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, kind, 0, &stdinPair) == 0, socketpair(AF_UNIX, kind, 0, &stdoutPipe) == 0,
            socketpair(AF_UNIX, kind, 0, &stderrPipe) == 0
        else {
            let reason = errorText(errno)
            for fd in stdinPair + stdoutPipe + stderrPipe where fd >= 0 { close(fd) }
            return .failure(SpawnError("cannot create pipes: \(reason)"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        ChildReaper.installHandlers()
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        var pid: pid_t = 0
        let result = ChildReaper.spawning { () -> Int32 in
            let code = posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
            return code == 0 ? pid : -code
        }
        close(stdinPair[1])
        close(stdoutPipe[1])
        close(stderrPipe[1])
        guard result > 0 else {
            close(stdinPair[0])
            close(stdoutPipe[0])
            close(stderrPipe[0])
            let reason = result == -ENOENT ? "the program '\(program)' was not found" : errorText(-result)
            return .failure(SpawnError("cannot start \(program): \(reason)"))
        }
        for fd in [stdinPair[0], stdoutPipe[0], stderrPipe[0]] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return .success(ChildProcess(pid: pid, input: stdinPair[0], output: stdoutPipe[0], errors: stderrPipe[0]))
    }

    /// Whether the child has ended, without waiting; records how.
    func poll() -> Termination? {
        if status == nil {
            var raw: Int32 = 0
            if waitpid(pid, &raw, WNOHANG) == pid { record(raw) }
        }
        return status
    }

    /// Kills the child and its process group (SIGKILL), waits for it, and closes the descriptors; safe to call
    /// more than once.
    func terminate() {
        if status == nil {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            while true {
                let result = waitpid(pid, &raw, 0)
                if result == pid {
                    record(raw)
                    break
                }
                if result < 0, errno != EINTR {
                    status = .signalled(SIGKILL)
                    break
                }
            }
        }
        ChildReaper.forget(pid)
        for fd in [input, output, errors] where fd >= 0 { close(fd) }
        (input, output, errors) = (-1, -1, -1)
    }

    /// Closes the child's stdin, so a well-behaved plugin sees the end of its input.
    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    private func record(_ raw: Int32) {
        let signal = raw & 0x7f
        status = signal == 0 ? .exited((raw >> 8) & 0xff) : .signalled(signal)
        ChildReaper.forget(pid)
    }

    static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGKILL: " (SIGKILL)"
        case SIGSEGV: " (SIGSEGV, a crash)"
        case SIGABRT: " (SIGABRT, an abort)"
        case SIGTERM: " (SIGTERM)"
        case SIGINT: " (SIGINT)"
        case SIGBUS: " (SIGBUS, a crash)"
        default: ""
        }
    }
}

/// Why a program could not be started.
struct SpawnError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
