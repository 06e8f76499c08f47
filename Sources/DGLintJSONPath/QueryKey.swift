import DGLintModel

/// What decides the nodes a query selects from a document's root: its text after the leading `$` or `@`, as a
/// number.
///
/// An absolute query and a relative one evaluated from the root (`$.kpis[*]` and `@.kpis[*]` of a rule whose
/// `given` is the root) select the same nodes when the rest of their texts are the same, so they share a key.
/// Texts that differ only in blank space get different keys; they are only not shared. Texts are told apart by
/// their bytes, not by Swift's canonical equivalence: `$['é']` spelled composed and decomposed selects different
/// members.
///
/// Each distinct text gets the next number when a query of it is first parsed, for the rest of the process, so
/// that ``JSONPathDocument`` keeps nodelists in an array by key: a dictionary look-up hashed the key (about 400
/// instructions with the comparison of texts, 190 look-ups and inserts a proposal). The table grows by one entry
/// per distinct query text a process parses — the packs' queries, a few hundred — and never shrinks.
struct QueryKey: Equatable, Sendable {
    /// The key's number, from 0.
    let number: Int

    /// The key of the query whose source is `text`, which starts with its identifier (`$` or `@`, one byte).
    init(query text: String) {
        let bytes = Array(text.utf8.dropFirst())
        number = Self.numbers.withLock { numbers in
            if let number = numbers[bytes] { return number }
            let number = numbers.count
            numbers[bytes] = number
            return number
        }
    }

    /// How many keys there are so far.
    static var count: Int { numbers.withLock { $0.count } }

    /// The number of each text seen, by its UTF-8 bytes.
    private static let numbers = Exclusive<[[UInt8]: Int]>([:])
}
