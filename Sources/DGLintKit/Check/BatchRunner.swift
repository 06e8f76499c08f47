public import DGLintEngine
public import DGLintModel
import Dispatch

/// Checks many inputs on several threads and hands the reports on strictly in input order, keeping only a
/// small window of finished reports in memory, so output is identical for any number of jobs and memory
/// does not grow with the number of files.
public struct BatchRunner: Sendable {
    public var linter: Linter
    public var jobs: Int

    /// The fewest inputs per thread for which each further thread gets a linter of its own.
    static let filesPerReplica = 32

    public init(linter: Linter, jobs: Int) {
        self.linter = linter
        self.jobs = max(1, jobs)
    }

    /// Checks `inputs`, calling `emit` on the calling thread once per input, in order.
    /// - Throws: the first configuration error met (a broken `.dglint.yaml` near some file).
    public func run<Inputs: RandomAccessCollection & Sendable>(
        _ inputs: Inputs, emit: (FileReport) -> Void
    ) throws(DiagnosticList) where Inputs.Element == InputCollector.Input, Inputs.Index == Int {
        if jobs == 1 || inputs.count < 2 {
            for input in inputs { emit(try linter.check(input)) }
            return
        }
        let window = jobs * 8
        let state = BatchState(count: inputs.count)
        let slots = DispatchSemaphore(value: window)
        let ready = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        let linter = self.linter
        // A linter of its own for each further thread when the batch is large enough to repay reading the packs
        // again (see ``Linter/replica()``): as long as checking about twenty proposals.
        let replicate = inputs.count >= Self.filesPerReplica * jobs
        for worker in 0..<min(jobs, inputs.count) {
            DispatchQueue.global().async(group: group) {
                let linter = worker > 0 && replicate ? linter.replica() ?? linter : linter
                while true {
                    slots.wait()
                    guard let index = state.take() else {
                        slots.signal()
                        return
                    }
                    let result = Result { () throws(DiagnosticList) in try linter.check(inputs[index]) }
                    if state.store(result, at: index) { ready.signal() }
                }
            }
        }
        // The emitting thread, once it has to wait, waits for a run of reports rather than for the next one: woken
        // for each file (10,000 futex calls and context switches for 10,000 files), it took a core from the
        // workers each time, on a machine with as many cores as workers. Runs fit in the window.
        let run = jobs * 4
        var failure: DiagnosticList?
        for index in inputs.indices {
            var result = state.remove(index, waitingForRun: run)
            while result == nil {
                ready.wait()
                result = state.remove(index, waitingForRun: run)
            }
            slots.signal()
            switch result {
            case .success(let report)?: if failure == nil { emit(report) }
            case .failure(let error)?:
                if failure == nil {
                    failure = error
                    state.stop()
                }
            case nil: break
            }
            if failure != nil { break }
        }
        if let failure {
            // Let the workers finish what they hold before returning.
            for _ in 0..<window { slots.signal() }
            group.wait()
            throw failure
        }
        group.wait()
    }
}

/// The shared state of a batch: the next input to take and the finished reports not yet emitted.
private final class BatchState: @unchecked Sendable {
    private let lock = Lock()
    private var next = 0
    private let count: Int
    private var done: [Int: Result<FileReport, DiagnosticList>] = [:]
    /// The input the emitting thread waits for, if it waits.
    private var awaited: Int?

    init(count: Int) {
        self.count = count
    }

    func take() -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Keeps the result of input `index`; true when the emitting thread waits for exactly this one and must be
    /// woken. Waking it for every finished file, also one it does not need yet, cost a context switch each.
    func store(_ result: Result<FileReport, DiagnosticList>, at index: Int) -> Bool {
        lock.withLock {
            done[index] = result
            guard awaited == index else { return false }
            awaited = nil
            return true
        }
    }

    /// The result of input `index`, or nil after noting which input the caller waits for (the worker that stores
    /// it then says so): of the `run` inputs from `index` on, the last not yet done — so that, woken, the caller
    /// most often finds the whole run finished — or `index` itself when only it is missing.
    func remove(_ index: Int, waitingForRun run: Int) -> Result<FileReport, DiagnosticList>? {
        lock.withLock {
            if let result = done.removeValue(forKey: index) { return result }
            var last = min(index + max(run, 1), count) - 1
            while last > index, done[last] != nil { last -= 1 }
            awaited = last
            return nil
        }
    }

    func stop() {
        lock.withLock { next = count }
    }
}
