import Synchronization

/// A value that threads share by taking turns: one caller at a time holds it, for as long as its closure
/// runs. For state that is built up while it is used, such as the lazily built DFAs of regular
/// expressions, which every thread of a run matches against.
public final class Exclusive<Value>: Sendable {
    private let mutex: Mutex<Value>

    public init(_ value: sending Value) {
        mutex = Mutex(value)
    }

    /// What `body` makes of the value, which it alone holds while it runs.
    public func withLock<Result: Sendable>(_ body: (inout Value) -> Result) -> Result {
        mutex.withLock { value in body(&value) }
    }
}
