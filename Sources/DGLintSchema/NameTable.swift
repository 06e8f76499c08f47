/// The member names a `properties` keyword lists, each with a value (its schema), looked up by comparing a name
/// with the few of the same UTF-8 length instead of hashing it.
///
/// Every member of every object of an instance is looked up in its schema's `properties`. A `Dictionary` hashes
/// each name with SipHash, a few hundred instructions for a short name; here most names are told apart by their
/// length alone and an equal one compares in a few instructions. Lookups agree with a `Dictionary` of the same
/// names: names compare by canonical equivalence (`==`), which lets names of different lengths match only when
/// one of them is not ASCII, and those take a slower path. A class, so that a compiled keyword holding one is
/// copied with one reference rather than several arrays.
final class NameTable: Sendable {
    /// The names, shortest first; names of the same length in the order given.
    private let names: [String]
    /// For each of ``names``, its value.
    private let values: [Int]
    /// `starts[n]..<starts[n + 1]` are the indices in ``names`` of the names that have `n` UTF-8 bytes.
    private let starts: [Int]
    /// Whether every name is ASCII.
    private let allASCII: Bool

    /// A table of `entries`, which name no two equal names.
    init(_ entries: [(name: String, value: Int)]) {
        let lengths = entries.map(\.name.utf8.count)
        let order = entries.indices.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
        names = order.map { entries[$0].name }
        values = order.map { entries[$0].value }
        var starts = [Int](repeating: 0, count: (lengths.max() ?? -1) + 2)
        for length in lengths { starts[length + 1] += 1 }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        self.starts = starts
        allASCII = entries.allSatisfy { Self.isASCII($0.name) }
    }

    /// A table of `names` whose values are their positions.
    convenience init(names: [String]) {
        self.init(names.enumerated().map { (name: $1, value: $0) })
    }

    /// The value of `name`, or nil when it is not in the table.
    func value(for name: String) -> Int? {
        let length = name.utf8.count
        if length + 1 < starts.count {
            for index in starts[length]..<starts[length + 1] where names[index] == name { return values[index] }
        }
        // Two ASCII names are equal only when they are the same bytes, and so the same length.
        if allASCII, Self.isASCII(name) { return nil }
        return names.firstIndex(of: name).map { values[$0] }
    }

    func contains(_ name: String) -> Bool {
        value(for: name) != nil
    }

    private static func isASCII(_ name: String) -> Bool {
        name.utf8.allSatisfy { $0 < 0x80 }
    }
}
