public import Synchronization

/// A value that threads share by taking turns: one caller at a time holds it, for as long as its closure
/// runs. For state that is built up while it is used, such as the lazily built DFAs of regular
/// expressions, which every thread of a run matches against.
///
/// `withLock` is inlinable so that it is specialised where it is called: unspecialised, each call looked up
/// the metadata of `Mutex<Value>` at run time (330 instructions, more than a DFA's whole match of a short
/// string).
public final class Exclusive<Value>: Sendable {
    @usableFromInline let mutex: Mutex<Value>

    public init(_ value: sending Value) {
        mutex = Mutex(value)
    }

    /// What `body` makes of the value, which it alone holds while it runs.
    @inlinable
    public func withLock<Result: Sendable>(_ body: (inout Value) -> Result) -> Result {
        mutex.withLock { value in body(&value) }
    }
}
