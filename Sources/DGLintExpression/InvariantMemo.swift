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
/// range is invariant too, so the same data gives the same element at the same position. One whose range reads
/// the variables of outer comprehensions is kept by the positions of all of them, as one key (see ``key(_:_:)``).
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
    /// The values kept, under one lock.
    private let entries: Exclusive<Entries>
    /// The most positions of a range kept for one slot; values past it are computed each time.
    static let maximumPositions = 1_024
    /// The most values kept for one slot keyed by several positions; past it, the slot's values are dropped.
    static let maximumCombinations = 4_096

    /// The values of every slot.
    private struct Entries {
        /// For each slot keyed by one position at most, its values: one for a value the same throughout, one per
        /// position of the range otherwise (as many as the range's elements that have been reached).
        var byPosition: [[Entry?]]
        /// For each slot keyed by the positions of several variables, its values by ``InvariantMemo/key(_:_:)``.
        var byPositions: [[Int: Entry]]
    }

    /// For each slot, the variable whose position keys its value (-1 for none), read without copying the slot.
    private let variables: [Int]
    /// For each slot, whether the positions of outer variables key its value too.
    private let keyedByOuter: [Bool]

    init(slots: [Invariants.Slot]) {
        self.slots = slots
        variables = slots.map { $0.variable ?? -1 }
        keyedByOuter = slots.map { !$0.outer.isEmpty }
        entries = Exclusive(
            Entries(
                byPosition: [[Entry?]](repeating: [], count: slots.count),
                byPositions: [[Int: Entry]](repeating: [:], count: slots.count)))
    }

    /// Whether `slot` is the pattern of a `matches()` call.
    func isPattern(_ slot: Int) -> Bool { slots[slot].isPattern }

    /// The key of `slot`'s value for the positions `position(variable)` of the comprehension variables (see
    /// ``key(_:_:)``). A slot kept by one variable or none, as most are, is read from plain arrays of its own
    /// rather than copied out of ``slots``.
    func key(_ slot: Int, _ position: (Int) -> Int) -> Int? {
        let variable = variables[slot]
        guard variable >= 0 else { return 0 }
        guard keyedByOuter[slot] else {
            let p = position(variable)
            return p < Self.maximumPositions ? p : nil
        }
        return Self.key(slots[slot], position)
    }

    /// The key of `slot`'s value for the positions `position(variable)` of the variables it is kept by: 0 for a
    /// value the same throughout, the position for one variable, and for several their positions in ten bits each
    /// (outermost highest); nil when a position is past ``maximumPositions``, for a value that is not kept.
    static func key(_ slot: Invariants.Slot, _ position: (Int) -> Int) -> Int? {
        guard let variable = slot.variable else { return 0 }
        var key = 0
        for outer in slot.outer {
            let p = position(outer)
            guard p < maximumPositions else { return nil }
            key = key << 10 | p
        }
        let p = position(variable)
        guard p < maximumPositions else { return nil }
        return key << 10 | p
    }

    /// The value of `slot` for `key` (see ``key(_:_:)``) computed from `data`, if there is one.
    func entry(_ slot: Int, key: Int, data: Value) -> Entry? {
        let several = keyedByOuter[slot]
        guard
            let entry = entries.withLock({
                if several { return $0.byPositions[slot][key] }
                return $0.byPosition[slot].indices.contains(key) ? $0.byPosition[slot][key] : nil
            }),
            entry.data.sharesStorage(with: data)
        else { return nil }
        return entry
    }

    /// Keeps `entry` for `slot` at `key`, in place of any value computed from other data.
    func store(_ entry: Entry, _ slot: Int, key: Int) {
        if keyedByOuter[slot] {
            entries.withLock {
                if $0.byPositions[slot].count >= Self.maximumCombinations { $0.byPositions[slot].removeAll() }
                $0.byPositions[slot][key] = entry
            }
            return
        }
        entries.withLock {
            if $0.byPosition[slot].count <= key {
                $0.byPosition[slot].append(contentsOf: repeatElement(nil, count: key + 1 - $0.byPosition[slot].count))
            }
            $0.byPosition[slot][key] = entry
        }
    }
}
