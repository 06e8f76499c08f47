public import DGLintModel

/// An expression that does not compile: a syntax error, an unknown identifier or function, a wrong number of
/// arguments, or a type mismatch visible without data.
///
/// `offset` counts Unicode scalars from the start of the expression (0-based) and points at the offending
/// character; it equals the expression's length when the text ends too early.
public struct ExpressionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A plain-English explanation, such as `unknown identifier 'foo'`.
    public var message: String
    /// The 0-based offset, in Unicode scalars, of the offending character.
    public var offset: Int

    /// Creates an error with `message` at `offset`.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The message followed by the 1-based column, for logs.
    public var description: String { "\(message) (at column \(offset + 1))" }
}

/// Why an expression could not produce a value for one document: a missing key, a type mismatch, a division
/// by zero, an exhausted budget.
///
/// The message is in Thai and English because rules show it to agency staff. An expression that fails is
/// never taken as passing: the engine reports the failure.
public struct ExpressionFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, in Thai and English.
    public var message: LocalizedText
    /// Where in the expression (0-based offset in Unicode scalars), when known.
    public var offset: Int?

    /// Creates a failure with `message` at `offset`.
    public init(message: LocalizedText, offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }

    /// The English message followed by the 1-based column, for logs.
    public var description: String {
        guard let offset else { return message.en }
        return "\(message.en) (at column \(offset + 1))"
    }
}
