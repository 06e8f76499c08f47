/// Parses the I-Regexp syntax of RFC 9485 section 5 and rejects everything else (backreferences,
/// lookarounds, lazy quantifiers and `\d`-style escapes do not exist there).
///
/// An unescaped `^` or `$` outside a class is read as an anchor, as the engine mappings of RFC 9485
/// section 5 and the JSONPath compliance test suite do (`match(@, '^ab.*')` matches "abc"); in a class,
/// or escaped, it is the character itself.
struct RegexParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    /// Parses the whole pattern.
    mutating func parse() throws(IRegexpError) -> RegexNode {
        let node = try parseAlternation()
        guard position == scalars.count else {
            throw error(peek() == ")" ? "unbalanced ')'" : "unexpected '\(peek().map(String.init) ?? "")'")
        }
        return node
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        guard peek() == scalar else { return false }
        position += 1
        return true
    }

    private func error(_ message: String) -> IRegexpError {
        IRegexpError(message: message, offset: position)
    }

    /// `i-regexp = branch *( "|" branch )`.
    private mutating func parseAlternation() throws(IRegexpError) -> RegexNode {
        var branches = [try parseBranch()]
        while consume("|") { branches.append(try parseBranch()) }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    /// `branch = *piece`.
    private mutating func parseBranch() throws(IRegexpError) -> RegexNode {
        var pieces: [RegexNode] = []
        while let scalar = peek(), scalar != "|", scalar != ")" {
            pieces.append(try parsePiece())
        }
        switch pieces.count {
        case 0: return .empty
        case 1: return pieces[0]
        default: return .concat(pieces)
        }
    }

    /// `piece = atom [ quantifier ]`.
    private mutating func parsePiece() throws(IRegexpError) -> RegexNode {
        let atom = try parseAtom()
        switch atom {
        case .startAnchor, .endAnchor:
            if let next = peek(), "*+?{".unicodeScalars.contains(next) { throw error("an anchor cannot be repeated") }
            return atom
        default:
            break
        }
        switch peek() {
        case "*":
            position += 1
            return .repetition(atom, min: 0, max: nil)
        case "+":
            position += 1
            return .repetition(atom, min: 1, max: nil)
        case "?":
            position += 1
            return .repetition(atom, min: 0, max: 1)
        case "{":
            position += 1
            let low = try parseCount()
            var high: Int? = low
            if consume(",") { high = peek() == "}" ? nil : try parseCount() }
            guard consume("}") else { throw error("expected '}' to close the quantifier") }
            if let high, high < low { throw error("quantifier {\(low),\(high)} has its bounds reversed") }
            return .repetition(atom, min: low, max: high)
        default:
            return atom
        }
    }

    /// `QuantExact = 1*DIGIT`, capped to keep the automaton small.
    private mutating func parseCount() throws(IRegexpError) -> Int {
        var value = 0
        var digits = 0
        while let scalar = peek(), ("0"..."9").contains(scalar) {
            value = min(value * 10 + Int(scalar.value - 0x30), 1_000_000)
            digits += 1
            position += 1
        }
        guard digits > 0 else { throw error("expected a number in the quantifier") }
        return value
    }

    /// `atom = NormalChar / charClass / "(" i-regexp ")"`.
    private mutating func parseAtom() throws(IRegexpError) -> RegexNode {
        guard let scalar = peek() else { throw error("unexpected end of pattern") }
        switch scalar {
        case "(":
            position += 1
            if peek() == "?" { throw error("groups with '(?' (lookaround, non-capturing, flags) are not I-Regexp") }
            let inner = try parseAlternation()
            guard consume(")") else { throw error("expected ')'") }
            return inner
        case ".":
            position += 1
            return .set(.dot)
        case "^":
            position += 1
            return .startAnchor
        case "$":
            position += 1
            return .endAnchor
        case "[":
            position += 1
            return .set(try parseClass())
        case "\\":
            return .set(try parseEscape(inClass: false))
        case "*", "+", "?", "{":
            throw error("quantifier '\(scalar)' has nothing to repeat")
        case "}", "]", ")":
            throw error("unescaped '\(scalar)'")
        default:
            position += 1
            return .set(.single(scalar))
        }
    }

    /// Parses a backslash escape: `SingleCharEsc` or, outside or inside classes, `\p{…}` / `\P{…}`.
    private mutating func parseEscape(inClass: Bool) throws(IRegexpError) -> CharSet {
        position += 1
        guard let letter = peek() else { throw error("pattern ends with a backslash") }
        position += 1
        switch letter {
        case "n": return .single("\n")
        case "r": return .single("\r")
        case "t": return .single("\t")
        case "(", ")", "*", "+", "-", ".", "?", "[", "\\", "]", "^", "{", "|", "}":
            return .single(letter)
        case "p", "P":
            guard consume("{") else { throw error("expected '{' after \\\(letter)") }
            var name = ""
            while let scalar = peek(), scalar != "}" {
                name.unicodeScalars.append(scalar)
                position += 1
            }
            guard consume("}"), let mask = CharSet.categoryMask(name) else {
                throw error("unknown or unsupported category \\\(letter){\(name)}")
            }
            return letter == "p" ? CharSet(categories: [mask]) : CharSet(complementedCategories: [mask])
        default:
            throw error("escape '\\\(letter)' is not I-Regexp")
        }
    }

    /// `charClassExpr = "[" [ "^" ] ( "-" / CCE1 ) *CCE1 [ "-" ] "]"`, after the `[`.
    private mutating func parseClass() throws(IRegexpError) -> CharSet {
        var set = CharSet()
        set.isNegated = consume("^")
        if consume("-") {
            set.formUnion(.single("-"))
        } else {
            set.formUnion(try parseClassEntry())
        }
        while true {
            guard let scalar = peek() else { throw error("expected ']' to close the character class") }
            if scalar == "]" {
                position += 1
                return set
            }
            if scalar == "-" {
                position += 1
                guard consume("]") else { throw error("'-' must be escaped or be first or last in a class") }
                set.formUnion(.single("-"))
                return set
            }
            set.formUnion(try parseClassEntry())
        }
    }

    /// `CCE1 = ( CCchar [ "-" CCchar ] ) / charClassEsc`.
    private mutating func parseClassEntry() throws(IRegexpError) -> CharSet {
        if peek() == "\\", peek(1) == "p" || peek(1) == "P" { return try parseEscape(inClass: true) }
        let low = try parseClassChar()
        guard peek() == "-", let after = peek(1), after != "]" else { return .single(low) }
        position += 1
        if peek() == "\\", peek(1) == "p" || peek(1) == "P" { throw error("a range cannot end with a category") }
        let high = try parseClassChar()
        guard low.value <= high.value else { throw error("range out of order in character class") }
        return CharSet(ranges: [low.value...high.value])
    }

    /// `CCchar`: any scalar but `-`, `[`, `\` and `]`, or a `SingleCharEsc`.
    private mutating func parseClassChar() throws(IRegexpError) -> Unicode.Scalar {
        guard let scalar = peek() else { throw error("expected ']' to close the character class") }
        switch scalar {
        case "\\":
            let set = try parseEscape(inClass: true)
            guard let range = set.ranges.first, let single = Unicode.Scalar(range.lowerBound) else {
                throw error("expected a character")
            }
            return single
        case "[", "]", "-":
            throw error("'\(scalar)' must be escaped inside a character class")
        default:
            position += 1
            return scalar
        }
    }
}
