/// The parsed form of a regular expression, before it is compiled to a program.
indirect enum RegexNode: Sendable {
    case empty
    case atom(CharMatcher)
    case concat([RegexNode])
    case alternation([RegexNode])
    case repetition(RegexNode, min: Int, max: Int?)
    case assertion(RegexAssertion)
}

/// A zero-width test at a position of the input.
enum RegexAssertion: Sendable {
    case start, end, wordBoundary, notWordBoundary
}

/// What one input scalar must be to be consumed.
enum CharMatcher: Sendable {
    /// This scalar.
    case scalar(Unicode.Scalar)
    /// Any scalar but a line feed (`.`).
    case any
    /// A bracketed class or a class escape such as `\d`.
    case set(CharSet)

    /// Whether `c` matches, comparing case-insensitively when `ignoreCase`.
    func matches(_ c: Unicode.Scalar, ignoreCase: Bool) -> Bool {
        switch self {
        case .any: return c != "\n"
        case .scalar(let s):
            return s == c || (ignoreCase && CharMatcher.fold(s) == CharMatcher.fold(c))
        case .set(let set):
            if !ignoreCase { return set.contains(c) }
            return set.contains(c) || set.contains(CharMatcher.fold(c)) || set.contains(CharMatcher.upper(c))
        }
    }

    /// The simple lowercase mapping of `c` when it is one scalar.
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let lower = c.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? c : c
    }

    static func upper(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let upper = c.properties.uppercaseMapping.unicodeScalars
        return upper.count == 1 ? upper.first ?? c : c
    }
}

/// A set of scalars: ranges and class escapes, possibly negated.
struct CharSet: Sendable {
    enum Item: Sendable {
        case range(Unicode.Scalar, Unicode.Scalar)
        case builtin(BuiltinClass, negated: Bool)
    }

    var items: [Item]
    var negated: Bool

    func contains(_ c: Unicode.Scalar) -> Bool {
        var found = false
        for item in items {
            switch item {
            case .range(let lo, let hi): found = lo <= c && c <= hi
            case .builtin(let builtin, let negated): found = builtin.contains(c) != negated
            }
            if found { break }
        }
        return found != negated
    }
}

/// The class escapes `\d`, `\w` and `\s` (ASCII digits, ASCII word characters, Unicode white space).
enum BuiltinClass: Sendable {
    case digit, word, space

    func contains(_ c: Unicode.Scalar) -> Bool {
        switch self {
        case .digit: ("0"..."9").contains(c)
        case .word: ("0"..."9").contains(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_"
        case .space: c.properties.isWhitespace || c == "\u{FEFF}"
        }
    }
}
