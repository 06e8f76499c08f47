/// The runtime types of the expression language, as `type(x)` returns them and as identifiers name them.
///
/// `uint`, `bytes`, `timestamp`, `duration` and protocol-buffer messages of full CEL are not part of
/// dglint's subset; `date` is dglint's own.
public enum ExpressionType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case null = "null_type"
    case bool
    case int
    case double
    case string
    case list
    case map
    case type
    case date

    /// The name used in expressions and messages: `int`, `null_type`, `date`.
    public var description: String { rawValue }

    /// Whether the type is `int` or `double`.
    var isNumeric: Bool { self == .int || self == .double }
}
