/// What one fuzz input gave: a result, an error that says where, or a broken invariant (a bug).
///
/// The fuzz executables trap on ``violated(_:)`` so that libFuzzer keeps the input; the regression tests
/// replay kept inputs and expect ``accepted(_:)`` or a positioned ``rejected(_:at:)``.
public enum FuzzOutcome: Sendable, Hashable, CustomStringConvertible {
    /// The input was accepted; the text sums up what came out (documents, nodes, findings).
    case accepted(String)
    /// The input was rejected with `message`; `position` says where (line:column, offset, schema path), nil
    /// when the error gave no place.
    case rejected(String, at: String?)
    /// The library gave an answer that contradicts itself; the text says how.
    case violated(String)

    /// Whether the input ended as a result or as an error with a place — what every input must end as.
    public var isWellFormed: Bool {
        switch self {
        case .accepted: true
        case .rejected(_, let position): position != nil
        case .violated: false
        }
    }

    public var description: String {
        switch self {
        case .accepted(let summary): "accepted: \(summary)"
        case .rejected(let message, let position): "rejected at \(position ?? "<nowhere>"): \(message)"
        case .violated(let why): "invariant broken: \(why)"
        }
    }
}
