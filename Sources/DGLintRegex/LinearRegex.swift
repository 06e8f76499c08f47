import DGLintModel

/// A regular expression matched in time linear in the input (a Thompson NFA over Unicode scalars, run as
/// a lazily built DFA, ``RegexDFA``, shared by every search), so no pattern in a rule pack can make dglint
/// hang on a proposal.
///
/// Supported: literals, `.`, classes `[a-z]` `[^0-9]`, `\d \w \s \D \W \S`, `\b \B`, anchors `^ $`, groups
/// `( )` `(?: )` `(?<name> )`, alternation `|`, quantifiers `* + ? {m} {m,} {m,n}` (lazy forms are accepted and
/// behave the same, since only match or no match is asked), escapes `\n \t \xHH \uHHHH \u{H…}`, and a leading
/// `(?i)` for case-insensitive matching. Backreferences and lookaround are refused with an error.
public struct LinearRegex: Sendable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    /// The compiled program as a lazily built DFA whose states every search shares.
    private let dfa: Exclusive<RegexDFA>

    /// Compiles `pattern`, or throws an error naming what is wrong and where.
    public init(_ pattern: String) throws(RegexSyntaxError) {
        var parser = RegexParser(pattern)
        let node = try parser.parse()
        self.pattern = pattern
        dfa = Exclusive(RegexDFA(try RegexProgram(node, ignoreCase: parser.ignoreCase)))
    }

    /// Whether the pattern matches somewhere in `text` (an unanchored search; use `^…$` for the whole text).
    public func matches(_ text: String) -> Bool {
        dfa.withLock { $0.search(text) }
    }

    public var description: String { pattern }
}

/// A pattern that does not compile, with the 0-based offset (in Unicode scalars) of the problem.
public struct RegexSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "\(message) (at character \(offset + 1))" }
}
