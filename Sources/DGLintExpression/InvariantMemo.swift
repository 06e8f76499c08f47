import DGLintModel
import DGLintRegex

/// The values of an expression's invariant sub-expressions (see ``Invariants``), worked out for the first
/// document and reused for the others while `data` is the same value.
///
/// Each value is kept with the pack data it was computed from and the steps computing it charged: it is
/// reused only for that same data — the same storage, not merely equal contents, which is a comparison of
/// two addresses — and charged those steps again, so the budget runs out exactly where it would have.
/// Failures are not kept. Shared by every thread that evaluates the expression.
final class InvariantMemo: Sendable {
    /// One computed value.
    struct Entry: Sendable {
        /// The pack data it was computed from, kept so that its storage cannot be freed and reused by
        /// other data.
        let data: Value
        let value: ExpressionValue
        /// The steps computing it charged.
        let steps: Int
        /// The value compiled as a pattern, for the pattern of `matches()` (nil if it does not compile).
        let regex: LinearRegex?
    }

    /// For each slot, whether it is the pattern of a `matches()` call.
    let patterns: [Bool]
    private let entries: Exclusive<[Entry?]>

    init(patterns: [Bool]) {
        self.patterns = patterns
        entries = Exclusive([Entry?](repeating: nil, count: patterns.count))
    }

    /// The value of `slot` computed from `data`, if there is one.
    func entry(_ slot: Int, data: Value) -> Entry? {
        guard let entry = entries.withLock({ $0[slot] }), Self.sameStorage(entry.data, data) else { return nil }
        return entry
    }

    /// Keeps `entry` for `slot`, in place of any value computed from other data.
    func store(_ entry: Entry, _ slot: Int) {
        entries.withLock { $0[slot] = entry }
    }

    /// Whether two pack data values are one and the same storage (the engine passes the same value for
    /// every document of a run); values of other kinds than maps and lists are never the same.
    static func sameStorage(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            sameStorage(x.keys.elements, y.keys.elements) && sameStorage(x.values.elements, y.values.elements)
        case (.array(let x), .array(let y)):
            sameStorage(x, y)
        default:
            false
        }
    }

    private static func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
        a.count == b.count
            && a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }
}
