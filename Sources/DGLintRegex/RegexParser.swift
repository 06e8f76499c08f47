/// Parses the common regular-expression syntax into a ``RegexNode``, refusing what a linear-time matcher
/// cannot do (backreferences, lookaround) with a clear error.
struct RegexParser {
    /// The largest count a `{m,n}` quantifier may give.
    static let maxRepeat = 1_000

    private let s: [Unicode.Scalar]
    private var i = 0
    /// Whether the pattern began with `(?i)`.
    private(set) var ignoreCase = false

    init(_ pattern: String) {
        s = Array(pattern.unicodeScalars)
    }

    /// Parses the whole pattern.
    mutating func parse() throws(RegexSyntaxError) -> RegexNode {
        if s.starts(with: "(?i)".unicodeScalars) {
            ignoreCase = true
            i = 4
        }
        let node = try parseAlternation()
        if i < s.count {
            throw fail("unmatched ')'")
        }
        return node
    }

    private func fail(_ message: String, at offset: Int? = nil) -> RegexSyntaxError {
        RegexSyntaxError(message: message, offset: offset ?? i)
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        i + ahead < s.count ? s[i + ahead] : nil
    }

    private mutating func parseAlternation() throws(RegexSyntaxError) -> RegexNode {
        var branches = [try parseConcat()]
        while peek() == "|" {
            i += 1
            branches.append(try parseConcat())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseConcat() throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while let c = peek(), c != "|", c != ")" {
            items.append(try parseQuantified())
        }
        return items.isEmpty ? .empty : items.count == 1 ? items[0] : .concat(items)
    }

    private mutating func parseQuantified() throws(RegexSyntaxError) -> RegexNode {
        let start = i
        var node = try parseAtom()
        guard let bounds = try parseQuantifier() else { return node }
        if case .assertion = node { throw fail("an anchor such as '^' or '$' cannot be repeated", at: start) }
        node = .repetition(node, min: bounds.min, max: bounds.max)
        if peek() == "?" {
            i += 1  // Lazy: the same language, and we only ask whether there is a match.
        }
        if let c = peek(), c == "*" || c == "+" || c == "?" || (c == "{" && lookQuantifier() != nil) {
            throw fail("nothing to repeat: a quantifier cannot follow another quantifier")
        }
        return node
    }

    /// Reads `*`, `+`, `?` or a well-formed `{m}`, `{m,}`, `{m,n}` at the current position.
    private mutating func parseQuantifier() throws(RegexSyntaxError) -> (min: Int, max: Int?)? {
        switch peek() {
        case "*":
            i += 1
            return (0, nil)
        case "+":
            i += 1
            return (1, nil)
        case "?":
            i += 1
            return (0, 1)
        case "{":
            guard let (bounds, length) = lookQuantifier() else { return nil }
            if let max = bounds.max, max < bounds.min {
                throw fail("the numbers of {\(bounds.min),\(max)} are out of order")
            }
            if bounds.min > Self.maxRepeat || (bounds.max ?? 0) > Self.maxRepeat {
                throw fail("a repeat count may be at most \(Self.maxRepeat)")
            }
            i += length
            return bounds
        default:
            return nil
        }
    }

    /// A `{m}`, `{m,}` or `{m,n}` starting at the current position, with its length in scalars.
    private func lookQuantifier() -> ((min: Int, max: Int?), Int)? {
        var j = i + 1
        func number() -> Int? {
            var n: Int?
            while j < s.count, ("0"..."9").contains(s[j]) {
                n = min((n ?? 0) * 10 + Int(s[j].value - 0x30), 1_000_000)
                j += 1
            }
            return n
        }
        guard let low = number() else { return nil }
        var high: Int? = low
        if j < s.count, s[j] == "," {
            j += 1
            high = number()
        }
        guard j < s.count, s[j] == "}" else { return nil }
        return ((low, high), j + 1 - i)
    }

    private mutating func parseAtom() throws(RegexSyntaxError) -> RegexNode {
        guard let c = peek() else { throw fail("unexpected end of pattern") }
        switch c {
        case "(":
            return try parseGroup()
        case "[":
            return .atom(.set(try parseClass()))
        case ".":
            i += 1
            return .atom(.any)
        case "^":
            i += 1
            return .assertion(.start)
        case "$":
            i += 1
            return .assertion(.end)
        case "\\":
            return try parseEscape()
        case "*", "+", "?":
            throw fail("nothing to repeat before '\(c)'; write '\\\(c)' for the character itself")
        case "{" where lookQuantifier() != nil:
            throw fail("nothing to repeat before '{'")
        default:
            i += 1
            return .atom(.scalar(c))
        }
    }

    private mutating func parseGroup() throws(RegexSyntaxError) -> RegexNode {
        let open = i
        i += 1
        if peek() == "?" {
            switch (peek(1), peek(2)) {
            case (":", _):
                i += 2
            case ("=", _), ("!", _), ("<", "="), ("<", "!"):
                throw fail(
                    "lookaround such as '(?=' or '(?<=' is not supported (it cannot run in linear time)", at: open)
            case ("<", _), ("P", "<"):
                i += peek(1) == "P" ? 3 : 2
                while let c = peek(), c != ">" { i += 1 }
                guard peek() == ">" else { throw fail("unterminated group name", at: open) }
                i += 1
            default:
                throw fail("unsupported group syntax '(?'; use '(' or '(?:'", at: open)
            }
        }
        let inner = try parseAlternation()
        guard peek() == ")" else { throw fail("missing ')' for the group opened here", at: open) }
        i += 1
        return inner
    }

    private mutating func parseEscape() throws(RegexSyntaxError) -> RegexNode {
        let start = i
        i += 1
        guard let c = peek() else { throw fail("the pattern ends with a lone '\\'", at: start) }
        switch c {
        case "b":
            i += 1
            return .assertion(.wordBoundary)
        case "B":
            i += 1
            return .assertion(.notWordBoundary)
        case "1"..."9", "k":
            throw fail("backreferences such as '\\1' are not supported", at: start)
        default:
            return .atom(try parseEscapedChar(start: start))
        }
    }

    /// After a `\`: a class escape or one escaped scalar.
    private mutating func parseEscapedChar(start: Int) throws(RegexSyntaxError) -> CharMatcher {
        guard let c = peek() else { throw fail("the pattern ends with a lone '\\'", at: start) }
        i += 1
        switch c {
        case "d": return .set(CharSet(items: [.builtin(.digit, negated: false)], negated: false))
        case "D": return .set(CharSet(items: [.builtin(.digit, negated: true)], negated: false))
        case "w": return .set(CharSet(items: [.builtin(.word, negated: false)], negated: false))
        case "W": return .set(CharSet(items: [.builtin(.word, negated: true)], negated: false))
        case "s": return .set(CharSet(items: [.builtin(.space, negated: false)], negated: false))
        case "S": return .set(CharSet(items: [.builtin(.space, negated: true)], negated: false))
        case "n": return .scalar("\n")
        case "t": return .scalar("\t")
        case "r": return .scalar("\r")
        case "f": return .scalar("\u{0C}")
        case "v": return .scalar("\u{0B}")
        case "0": return .scalar("\u{00}")
        case "x": return .scalar(try hexScalar(digits: 2, start: start))
        case "u":
            if peek() == "{" {
                i += 1
                var value: UInt32 = 0
                var count = 0
                while let h = peek(), let d = Self.hex(h) {
                    value = value &* 16 &+ d
                    count += 1
                    i += 1
                }
                guard count > 0, count <= 6, peek() == "}", let scalar = Unicode.Scalar(value) else {
                    throw fail("expected '\\u{' hex digits '}'", at: start)
                }
                i += 1
                return .scalar(scalar)
            }
            return .scalar(try hexScalar(digits: 4, start: start))
        default:
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                throw fail("unsupported escape '\\\(c)'", at: start)
            }
            return .scalar(c)
        }
    }

    private mutating func hexScalar(digits: Int, start: Int) throws(RegexSyntaxError) -> Unicode.Scalar {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let h = peek(), let d = Self.hex(h) else {
                throw fail("expected \(digits) hex digits after the escape", at: start)
            }
            value = value * 16 + d
            i += 1
        }
        guard let scalar = Unicode.Scalar(value) else { throw fail("not a Unicode scalar", at: start) }
        return scalar
    }

    private static func hex(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 0x30
        case "a"..."f": c.value - 0x61 + 10
        case "A"..."F": c.value - 0x41 + 10
        default: nil
        }
    }

    /// A bracketed class `[...]`, `[^...]`, with ranges and class escapes.
    private mutating func parseClass() throws(RegexSyntaxError) -> CharSet {
        let open = i
        i += 1
        var set = CharSet(items: [], negated: false)
        if peek() == "^" {
            set.negated = true
            i += 1
        }
        while let c = peek(), c != "]" {
            _ = c
            let low = try classMember()
            if peek() == "-", let next = peek(1), next != "]" {
                guard case .scalar(let lo) = low else {
                    set.items.append(Self.item(low))
                    continue
                }
                i += 1
                let high = try classMember()
                guard case .scalar(let hi) = high else {
                    throw fail("a range in a class must be between two characters")
                }
                guard lo <= hi else { throw fail("the range '\(lo)-\(hi)' is out of order") }
                set.items.append(.range(lo, hi))
            } else {
                set.items.append(Self.item(low))
            }
        }
        guard peek() == "]" else { throw fail("missing ']' for the class opened here", at: open) }
        i += 1
        return set
    }

    private mutating func classMember() throws(RegexSyntaxError) -> CharMatcher {
        guard let c = peek() else { throw fail("unexpected end of pattern in a class") }
        if c == "\\" {
            let start = i
            i += 1
            if peek() == "b" {
                i += 1
                return .scalar("\u{08}")
            }
            if let d = peek(), ("1"..."9").contains(d) {
                throw fail("backreferences such as '\\1' are not supported", at: start)
            }
            return try parseEscapedChar(start: start)
        }
        i += 1
        return .scalar(c)
    }

    private static func item(_ matcher: CharMatcher) -> CharSet.Item {
        switch matcher {
        case .scalar(let c): .range(c, c)
        case .any: .builtin(.space, negated: true)
        case .set(let set): set.items.first ?? .range("\u{0}", "\u{0}")
        }
    }
}
