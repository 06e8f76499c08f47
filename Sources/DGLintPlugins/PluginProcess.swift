import DGLintModel
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One plugin program of a pack, for one run: started on the first call, shared by every worker thread
/// (calls take turns under a lock), and stopped for good at its first failure — a crash, a timeout, a
/// garbage answer or an early exit — after which every call fails at once with the same report. It is
/// never restarted, so a broken plugin costs one timeout, not one per call.
public final class PluginProcess: Sendable {
    /// The program and its arguments, paths already made absolute.
    public let command: [String]
    /// The pack folder, where the program runs.
    public let folder: String
    public let pack: String
    /// The functions dglint expects the program to provide.
    public let functions: [String]
    /// How long the program may take to start and answer the handshake.
    public let startTimeout: Double

    private enum State {
        case idle
        case running(PluginConnection, nextID: Int)
        case failed(PluginFailureReport)
    }

    private final class Box: @unchecked Sendable {
        var state: State = .idle
    }

    private let lock = Mutex<Box>(Box())

    public init(command: [String], folder: String, pack: String, functions: [String], startTimeout: Double) {
        self.command = command
        self.folder = folder
        self.pack = pack
        self.functions = functions
        self.startTimeout = startTimeout
    }

    deinit { stop() }

    /// The process id while the program runs (for tests).
    public var runningPID: Int32? {
        lock.withLock { box in
            if case .running(let connection, _) = box.state { connection.child.pid } else { nil }
        }
    }

    /// Calls `function`; the reply's `results`, or why there is none.
    func call(
        function: String, target: Value?, options: [String: Value], path: [PathElement], timeout: Double
    ) -> Result<[Value], PluginFailureReport> {
        lock.withLock { box -> Result<[Value], PluginFailureReport> in
            let (connection, id): (PluginConnection, Int)
            switch box.state {
            case .failed(let report): return .failure(report)
            case .running(let running, let nextID): (connection, id) = (running, nextID)
            case .idle:
                switch start() {
                case .failure(let report):
                    box.state = .failed(report)
                    return .failure(report)
                case .success(let started): (connection, id) = (started, 1)
                }
            }
            box.state = .running(connection, nextID: id + 1)
            let request = PluginProtocol.request(
                id: id, function: function, target: target, options: options, path: path)
            let deadline = ContinuousClock.now.advanced(by: .milliseconds(Int64(timeout * 1000)))
            let outcome = exchange(connection, request: request, id: id, deadline: deadline, timeout: timeout)
            if case .failure(let failure) = outcome {
                let report = PluginFailureReport(failure: failure, stderr: connection.stderr)
                if failure.isFatal {
                    connection.child.terminate()
                    box.state = .failed(report)
                }
                return .failure(report)
            }
            return outcome.mapError { PluginFailureReport(failure: $0, stderr: "") }
        }
    }

    private func exchange(
        _ connection: PluginConnection, request: String, id: Int, deadline: ContinuousClock.Instant, timeout: Double
    ) -> Result<[Value], PluginFailure> {
        if let failure = connection.send(request, deadline: deadline, timeout: timeout) { return .failure(failure) }
        switch connection.receive(deadline: deadline, timeout: timeout) {
        case .failure(let failure): return .failure(failure)
        case .success(let line): return PluginProtocol.reply(line, id: id)
        }
    }

    /// Starts the program and does the handshake.
    private func start() -> Result<PluginConnection, PluginFailureReport> {
        let child: ChildProcess
        switch ChildProcess.spawn(command, in: folder) {
        case .failure(let error):
            return .failure(PluginFailureReport(failure: .startFailed(error.description), stderr: ""))
        case .success(let started): child = started
        }
        let connection = PluginConnection(child: child)
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(Int64(startTimeout * 1000)))
        var failure = connection.send(
            PluginProtocol.handshake(pack: pack, functions: functions), deadline: deadline, timeout: startTimeout)
        if failure == nil {
            switch connection.receive(deadline: deadline, timeout: startTimeout) {
            case .failure(let problem): failure = problem
            case .success(let line):
                if let problem = PluginProtocol.checkHandshake(line, functions: functions) {
                    failure = .handshake(problem)
                }
            }
        }
        if let failure {
            let shown: PluginFailure =
                switch failure {
                case .timedOut(let seconds):
                    .handshake("no answer to the handshake within \(PluginFailure.seconds(seconds)) s")
                case .garbage(let detail): .handshake(detail)
                default: failure
                }
            let report = PluginFailureReport(failure: shown, stderr: connection.stderr)
            child.terminate()
            return .failure(report)
        }
        return .success(connection)
    }

    /// Stops the program (closing its stdin, then killing and reaping it); later calls fail.
    public func stop() {
        lock.withLock { box in
            if case .running(let connection, _) = box.state {
                connection.child.closeInput()
                connection.child.terminate()
                box.state = .failed(
                    PluginFailureReport(failure: .ended("was stopped because the run ended"), stderr: ""))
            }
        }
    }
}
