import DGLintModel

/// A cursor over the Unicode scalars of a query, with the lexical rules of RFC 9535: blank space,
/// string literals, integers, numbers and member-name shorthands.
///
/// The parser is scannerless because whitespace is significant in JSONPath (`$.a` but not `$. a`), so
/// the lexer offers small "read one token here" operations rather than a token stream.
struct Lexer {
    /// The query text as scalars; offsets in errors index this array.
    let scalars: [Unicode.Scalar]
    /// The offset of the next scalar to read.
    var position = 0

    /// The largest magnitude of an integer in an index or slice: 2^53 − 1 (I-JSON).
    static let maxInteger = 9_007_199_254_740_991

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Whether all scalars have been read.
    var isAtEnd: Bool { position >= scalars.count }

    /// The scalar `ahead` places after the cursor, or nil past the end.
    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < scalars.count ? scalars[index] : nil
    }

    /// Whether the next scalar is `scalar`.
    func next(is scalar: Unicode.Scalar) -> Bool { peek() == scalar }

    /// Reads `scalar` when it comes next.
    mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        guard peek() == scalar else { return false }
        position += 1
        return true
    }

    /// Reads `text` when it comes next.
    mutating func consume(_ text: String) -> Bool {
        var index = position
        for scalar in text.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        position = index
        return true
    }

    /// Skips blank space (`S`: space, tab, line feed, carriage return); returns whether there was any.
    @discardableResult
    mutating func skipBlanks() -> Bool {
        let start = position
        while let scalar = peek(), Self.isBlank(scalar) { position += 1 }
        return position > start
    }

    /// An error at `offset`, by default the cursor.
    func error(_ message: String, at offset: Int? = nil) -> JSONPathError {
        JSONPathError(message: message, offset: offset ?? position)
    }

    /// A short description of the next scalar for messages: `'x'`, `a space` or `the end of the query`.
    var describeNext: String {
        guard let scalar = peek() else { return "the end of the query" }
        switch scalar {
        case " ": return "a space"
        case "\t": return "a tab"
        case "\n": return "a line feed"
        case "\r": return "a carriage return"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                return "control character U+\(Self.hex4(scalar.value))"
            }
            return "'\(Character(scalar))'"
        }
    }

    /// `S` in the grammar: space, horizontal tab, line feed, carriage return.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// `DIGIT`.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// `name-first`: ALPHA, `_`, or any scalar from U+0080 (surrogates cannot occur in a String).
    static func isNameFirst(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" || scalar.value >= 0x80
    }

    /// `name-char`: `name-first` or DIGIT.
    static func isNameChar(_ scalar: Unicode.Scalar) -> Bool { isNameFirst(scalar) || isDigit(scalar) }

    /// Four upper-case hex digits.
    static func hex4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Reads a `member-name-shorthand`; the caller has checked that a `name-first` scalar comes next.
    mutating func readMemberName() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek(), Self.isNameChar(scalar) {
            name.append(scalar)
            position += 1
        }
        return String(name)
    }

    /// Reads an `int` of an index or slice: `0` or an optional `-` and digits without a leading zero,
    /// within ±(2^53 − 1).
    mutating func readInteger() throws(JSONPathError) -> Int {
        let start = position
        let negative = consume("-")
        guard let first = peek(), Self.isDigit(first) else {
            throw error("expected a digit after '-'")
        }
        if first == "0" {
            if negative { throw error("'-0' is not a valid index; write 0", at: start) }
            if let following = peek(1), Self.isDigit(following) {
                throw error("an integer must not have leading zeros", at: start)
            }
        }
        var magnitude = 0
        while let scalar = peek(), Self.isDigit(scalar) {
            magnitude = magnitude * 10 + Int(scalar.value - 0x30)
            position += 1
            if magnitude > Self.maxInteger {
                throw error("integer out of range; indices and slice bounds must be within ±(2^53 − 1)", at: start)
            }
        }
        return negative ? -magnitude : magnitude
    }

    /// Reads a `number` literal of a filter: `int` or `-0`, an optional fraction and an optional exponent.
    /// Integral literals that fit become `.int`, the others `.double`.
    mutating func readNumber() throws(JSONPathError) -> Value {
        let start = position
        let negative = consume("-")
        guard let first = peek(), Self.isDigit(first) else { throw error("expected a digit after '-'") }
        if first == "0", let following = peek(1), Self.isDigit(following) {
            throw error("a number must not have leading zeros", at: start)
        }
        while let scalar = peek(), Self.isDigit(scalar) { position += 1 }
        var integral = true
        if consume(".") {
            integral = false
            guard let digit = peek(), Self.isDigit(digit) else {
                throw error("expected a digit after the decimal point")
            }
            while let scalar = peek(), Self.isDigit(scalar) { position += 1 }
        }
        if consume("e") || consume("E") {
            integral = false
            if !consume("-") { _ = consume("+") }
            guard let digit = peek(), Self.isDigit(digit) else { throw error("expected a digit in the exponent") }
            while let scalar = peek(), Self.isDigit(scalar) { position += 1 }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<position])
        let literal = String(text)
        if integral, let value = Int(literal) {
            return negative && value == 0 ? .double(-0.0) : .int(value)
        }
        guard let value = Double(literal) else { throw error("not a valid number", at: start) }
        return .double(value)
    }
}
