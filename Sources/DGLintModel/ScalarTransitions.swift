/// The cached transitions of one state of a lazily built DFA over Unicode scalars.
///
/// Proposals are mostly ASCII and Thai, so transitions on those two blocks (U+0000–U+007F and
/// U+0E00–U+0E7F) are kept in a flat table indexed by the scalar, and any other scalar in a dictionary.
/// A table look-up costs a few instructions where hashing a scalar for a dictionary costs dozens, and a DFA
/// looks up one transition per scalar of every string it reads. The table is allocated on the first
/// transition it holds. Reading a transition is `@inlinable`: the DFAs live in other modules, and a call
/// for every scalar cost as much as the look-up.
public struct ScalarTransitions: Sendable {
    private static let tableSize = 256
    @usableFromInline var table: [Int32] = []
    @usableFromInline var others: [UInt32: Int] = [:]

    public init() {}

    @inlinable @inline(__always)
    static func slot(_ scalar: UInt32) -> Int? {
        if scalar < 0x80 { return Int(scalar) }
        if scalar >= 0x0E00 && scalar < 0x0E80 { return Int(scalar - 0x0E00) + 0x80 }
        return nil
    }

    /// The state reached on `scalar` (its Unicode value), or nil when not computed yet.
    public subscript(scalar: UInt32) -> Int? {
        @inlinable get {
            guard let slot = Self.slot(scalar) else { return others[scalar] }
            guard !table.isEmpty else { return nil }
            let target = table[slot]
            return target < 0 ? nil : Int(target)
        }
        set {
            guard let slot = Self.slot(scalar) else {
                others[scalar] = newValue
                return
            }
            if table.isEmpty { table = Array(repeating: -1, count: Self.tableSize) }
            table[slot] = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1
        }
    }
}
