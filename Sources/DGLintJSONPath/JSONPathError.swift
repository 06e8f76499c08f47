/// A JSONPath query that is not valid RFC 9535: what is wrong, and where.
///
/// `offset` counts Unicode scalars from the start of the query text (0-based) and points at the
/// offending character; it equals the text's length when the query ends too early.
public struct JSONPathError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A plain-English explanation, such as `expected ']' to close the bracketed selection`.
    public var message: String
    /// The 0-based offset, in Unicode scalars, of the offending character.
    public var offset: Int

    /// Creates an error with `message` at `offset`.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The message followed by the offset, for logs.
    public var description: String { "\(message) (at offset \(offset))" }
}
