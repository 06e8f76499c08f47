import DGLintModel

/// A compiled I-Regexp (RFC 9485), the regular expression dialect of JSONPath's `match()` and `search()`.
///
/// Matching runs a Thompson NFA over Unicode scalars as a lazily built DFA (``LazyDFA``), in time linear in
/// the subject's length, so a pathological pattern such as `(a*)*b` against a long string cannot backtrack
/// catastrophically. The DFA states built while matching are kept for the next subject: a pattern of a
/// pack is matched against thousands of strings in a run, and building its states anew each time cost
/// ten times the matching itself. Threads share the cache through a lock held for one match. A class, so
/// that filters holding one pass a single reference around.
final class IRegexp: Sendable {
    private let anchored: Exclusive<LazyDFA>
    private let unanchored: Exclusive<LazyDFA>

    /// Compiles `pattern`; throws when it is not valid I-Regexp (or too large to compile).
    init(_ pattern: String) throws(IRegexpError) {
        var parser = RegexParser(pattern)
        let nfa = try NFA(try parser.parse())
        anchored = Exclusive(LazyDFA(nfa, anchored: true))
        unanchored = Exclusive(LazyDFA(nfa, anchored: false))
    }

    /// Whether the whole of `subject` matches (`match()`).
    func matches(_ subject: String) -> Bool {
        anchored.withLock { $0.run(subject) }
    }

    /// Whether some substring of `subject` matches (`search()`).
    func contains(in subject: String) -> Bool {
        unanchored.withLock { $0.run(subject) }
    }

    /// Whether the whole of the string whose valid UTF-8 is `bytes` matches (`match()`).
    func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        anchored.withLock { $0.run(bytes) }
    }

    /// Whether some substring of the string whose valid UTF-8 is `bytes` matches (`search()`).
    func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        unanchored.withLock { $0.run(bytes) }
    }
}
