import DGLintModel

/// What decides the nodes a query selects from a document's root: its text after the leading `$` or `@`.
///
/// An absolute query and a relative one evaluated from the root (`$.kpis[*]` and `@.kpis[*]` of a rule whose
/// `given` is the root) select the same nodes when the rest of their texts are the same, so they share a key.
/// Texts that differ only in blank space get different keys; they are only not shared. The hash is computed
/// once, when the query is parsed, so that a look-up in ``JSONPathDocument``'s memo hashes one integer; texts are
/// compared as bytes, eight at a time (a generic comparison of their UTF-8 views cost about 1,000 instructions a
/// look-up, as much as the rest of it).
struct QueryKey: Hashable, Sendable {
    /// The text after the identifier.
    let text: String
    /// The hash of `text`, for this process.
    private let textHash: Int

    /// The key of the query whose source is `text`, which starts with its one-scalar identifier.
    init(query text: String) {
        self.text = String(text.dropFirst())
        textHash = self.text.hashValue
    }

    static func == (lhs: QueryKey, rhs: QueryKey) -> Bool {
        lhs.textHash == rhs.textHash && lhs.text.hasSameScalars(as: rhs.text)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(textHash)
    }
}
