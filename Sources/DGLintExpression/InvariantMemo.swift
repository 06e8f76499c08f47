import DGLintModel
import DGLintRegex

/// The values of an expression's invariant sub-expressions (see ``Invariants``), worked out for the first
/// document and reused for the others while `data` is the same value.
///
/// Each value is kept with the pack data it was computed from and the steps computing it charged: it is
/// reused only for that same data — the same storage, not merely equal contents, which is a comparison of
/// two addresses — and charged those steps again, so the budget runs out exactly where it would have.
/// Failures are not kept. Shared by every thread that evaluates the expression.
///
/// A value invariant for each element of a comprehension's range is kept by the element's position: the
/// range is invariant too, so the same data gives the same element at the same position.
final class InvariantMemo: Sendable {
    /// One computed value: a class, so that reading one from the memo retains it once instead of copying its
    /// data, value and regex (a struct's copy and destruction were most of the cost of a look-up).
    final class Entry: Sendable {
        /// The pack data it was computed from, kept so that its storage cannot be freed and reused by
        /// other data.
        let data: Value
        let value: ExpressionValue
        /// The steps computing it charged.
        let steps: Int
        /// The value compiled as a pattern, for the pattern of `matches()` (nil if it does not compile).
        let regex: LinearRegex?

        init(data: Value, value: ExpressionValue, steps: Int, regex: LinearRegex?) {
            self.data = data
            self.value = value
            self.steps = steps
            self.regex = regex
        }
    }

    /// What each slot holds: a value the same throughout, or one per element of a comprehension's range.
    let slots: [Invariants.Slot]
    /// For each slot, its values: one for a value the same throughout, one per position of the range
    /// otherwise (as many as the range's elements that have been reached).
    private let entries: Exclusive<[[Entry?]]>
    /// The most positions of a range kept for one slot; values past it are computed each time.
    static let maximumPositions = 1_024

    init(slots: [Invariants.Slot]) {
        self.slots = slots
        entries = Exclusive([[Entry?]](repeating: [], count: slots.count))
    }

    /// Whether `slot` is the pattern of a `matches()` call.
    func isPattern(_ slot: Int) -> Bool { slots[slot].isPattern }

    /// The value of `slot` at `position` of its range (0 for a value the same throughout) computed from
    /// `data`, if there is one.
    func entry(_ slot: Int, at position: Int, data: Value) -> Entry? {
        guard
            let entry = entries.withLock({ $0[slot].indices.contains(position) ? $0[slot][position] : nil }),
            entry.data.sharesStorage(with: data)
        else { return nil }
        return entry
    }

    /// Keeps `entry` for `slot` at `position`, in place of any value computed from other data.
    func store(_ entry: Entry, _ slot: Int, at position: Int) {
        guard position < Self.maximumPositions else { return }
        entries.withLock {
            if $0[slot].count <= position {
                $0[slot].append(contentsOf: repeatElement(nil, count: position + 1 - $0[slot].count))
            }
            $0[slot][position] = entry
        }
    }
}
