/// The syntax tree of an I-Regexp.
indirect enum RegexNode: Sendable {
    /// Matches the empty string.
    case empty
    /// Matches one scalar in the set.
    case set(CharSet)
    /// Matches the parts one after the other.
    case concat([RegexNode])
    /// Matches any one of the branches.
    case alternation([RegexNode])
    /// Matches the empty string at the start of the subject (an unescaped `^`).
    case startAnchor
    /// Matches the empty string at the end of the subject (an unescaped `$`).
    case endAnchor
    /// Matches the node at least `min` and at most `max` times (no upper bound when nil).
    case repetition(RegexNode, min: Int, max: Int?)
}

/// Why a pattern is not a valid I-Regexp (RFC 9485), with the scalar offset in the pattern.
struct IRegexpError: Error, Equatable, Sendable {
    var message: String
    var offset: Int
}
