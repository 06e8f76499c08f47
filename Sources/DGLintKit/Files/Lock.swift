import Synchronization

/// A small mutual-exclusion lock for caches shared by worker threads.
final class Lock: Sendable {
    private let mutex = Mutex<Void>(())

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try mutex.withLock { _ in try body() }
    }
}
