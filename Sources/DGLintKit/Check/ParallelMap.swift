import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps independent work over several threads and returns the results in input order.
public enum ParallelMap {
    /// The number of processors online, at least 1.
    public static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// `transform` applied to every element of `items`, on up to `jobs` threads; the order of the results is
    /// that of `items` whatever the threads do. With one job or one item it runs on the calling thread.
    /// - Parameter largestFirst: an estimate of each item's cost; the threads take the costliest items
    ///   first, so that a large item taken last does not keep one thread busy while the others wait.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, largestFirst cost: ((Item) -> Int)? = nil,
        _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = min(max(1, jobs), items.count)
        guard workers > 1 else { return items.map(transform) }
        var order = Array(items.indices)
        if let cost {
            let costs = items.map(cost)
            order.sort { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
        }
        let work = Work<Result>(schedule: order)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = work.take() { work.store(transform(items[index]), at: index) }
        }
        return work.results()
    }
}

/// The work of one ``ParallelMap/map(_:jobs:largestFirst:_:)``: the items' indices in the order they are
/// taken, and one result slot per item, each written by the one worker that took it.
private final class Work<Value>: @unchecked Sendable {
    private let lock = Lock()
    private let schedule: [Int]
    private var next = 0
    private var slots: [Value?]

    init(schedule: [Int]) {
        self.schedule = schedule
        slots = Array(repeating: nil, count: schedule.count)
    }

    /// The index of the next item to work on, or nil when every item has been taken.
    func take() -> Int? {
        lock.withLock {
            guard next < schedule.count else { return nil }
            defer { next += 1 }
            return schedule[next]
        }
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    func results() -> [Value] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
