/// A compiled I-Regexp (RFC 9485), the regular expression dialect of JSONPath's `match()` and `search()`.
///
/// Matching runs a Thompson NFA over Unicode scalars as a lazily built DFA (``LazyDFA``), in time linear in the subject's length, so a
/// pathological pattern such as `(a*)*b` against a long string cannot backtrack catastrophically.
struct IRegexp: Sendable {
    private let nfa: NFA

    /// Compiles `pattern`; throws when it is not valid I-Regexp (or too large to compile).
    init(_ pattern: String) throws(IRegexpError) {
        var parser = RegexParser(pattern)
        nfa = try NFA(try parser.parse())
    }

    /// Whether the whole of `subject` matches (`match()`).
    func matches(_ subject: String) -> Bool {
        var dfa = LazyDFA(nfa, anchored: true)
        return dfa.run(subject.unicodeScalars)
    }

    /// Whether some substring of `subject` matches (`search()`).
    func contains(in subject: String) -> Bool {
        var dfa = LazyDFA(nfa, anchored: false)
        return dfa.run(subject.unicodeScalars)
    }
}
