/// Splits an expression into tokens: numbers, strings, names and punctuation; `//` starts a comment.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// All tokens, ending with `.end`.
    static func tokens(of scalars: [Unicode.Scalar]) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(scalars)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    /// `&&`, `||`, `<=`, `>=`, `==` or `!=` when `c` and `next` spell one.
    private static func twoCharacterOperator(_ c: Unicode.Scalar, _ next: Unicode.Scalar?) -> Punct? {
        switch (c, next) {
        case ("&", "&"): .and
        case ("|", "|"): .or
        case ("<", "="): .lessOrEqual
        case (">", "="): .greaterOrEqual
        case ("=", "="): .equal
        case ("!", "="): .notEqual
        default: nil
        }
    }

    /// The one-character punctuation `c`, if it is one.
    private static func punctuation(_ c: Unicode.Scalar) -> Punct? {
        switch c {
        case "(": .openParen
        case ")": .closeParen
        case "[": .openBracket
        case "]": .closeBracket
        case "{": .openBrace
        case "}": .closeBrace
        case ".": .dot
        case ",": .comma
        case ":": .colon
        case "?": .question
        case "+": .plus
        case "-": .minus
        case "*": .star
        case "/": .slash
        case "%": .percent
        case "!": .bang
        case "<": .less
        case ">": .greater
        default: nil
        }
    }

    private mutating func next() throws(ExpressionError) -> Token {
        skipSpaceAndComments()
        let start = position
        guard let c = peek() else { return Token(kind: .end, start: start, end: start) }
        if isDigit(c) || (c == "." && peek(1).map(isDigit) == true) { return try number() }
        if c == "\"" || c == "'" { return try string(raw: false, start: start) }
        if isIdentStart(c) {
            if let quote = stringPrefix() {
                let raw = quote.raw
                position += quote.length
                if quote.bytes {
                    throw ExpressionError(message: "byte strings (b\"…\") are not supported", offset: start)
                }
                return try string(raw: raw, start: start)
            }
            while let d = peek(), isIdentStart(d) || isDigit(d) { position += 1 }
            return Token(kind: .ident(String(scalars: scalars[start..<position])), start: start, end: position)
        }
        if let op = Self.twoCharacterOperator(c, peek(1)) {
            position += 2
            return Token(kind: .punct(op), start: start, end: position)
        }
        if let single = Self.punctuation(c) {
            position += 1
            return Token(kind: .punct(single), start: start, end: position)
        }
        switch c {
        case "=": throw ExpressionError(message: "unexpected '='; did you mean '=='?", offset: start)
        case "&": throw ExpressionError(message: "unexpected '&'; did you mean '&&'?", offset: start)
        case "|": throw ExpressionError(message: "unexpected '|'; did you mean '||'?", offset: start)
        default:
            throw ExpressionError(message: "unexpected character '\(c)'", offset: start)
        }
    }

    /// A string prefix (`r`, `R`, `b`, `rb`, …) directly followed by a quote, if the name here is one.
    private func stringPrefix() -> (raw: Bool, bytes: Bool, length: Int)? {
        var raw = false
        var bytes = false
        var i = 0
        while let c = peek(i), i < 2 {
            if c == "r" || c == "R", !raw {
                raw = true
            } else if c == "b" || c == "B", !bytes {
                bytes = true
            } else {
                break
            }
            i += 1
        }
        guard i > 0, let q = peek(i), q == "\"" || q == "'" else { return nil }
        return (raw, bytes, i)
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
                position += 1
            } else if c == "/", peek(1) == "/" {
                while let d = peek(), d != "\n" { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func number() throws(ExpressionError) -> Token {
        let start = position
        if peek() == "0", peek(1) == "x" || peek(1) == "X" {
            position += 2
            var value: UInt64 = 0
            let digitsStart = position
            while let c = peek(), let d = hexValue(c) {
                let (shifted, overflow) = value.multipliedReportingOverflow(by: 16)
                guard !overflow else { throw ExpressionError(message: "integer literal is too large", offset: start) }
                value = shifted + UInt64(d)
                position += 1
            }
            guard position > digitsStart else {
                throw ExpressionError(message: "expected hexadecimal digits after '0x'", offset: position)
            }
            return try finishInt(value, start: start)
        }
        while let c = peek(), isDigit(c) { position += 1 }
        var isDouble = false
        if peek() == ".", let d = peek(1), isDigit(d) {
            isDouble = true
            position += 1
            while let c = peek(), isDigit(c) { position += 1 }
        }
        if peek() == "e" || peek() == "E" {
            var ahead = 1
            if peek(1) == "+" || peek(1) == "-" { ahead = 2 }
            if let d = peek(ahead), isDigit(d) {
                isDouble = true
                position += ahead
                while let c = peek(), isDigit(c) { position += 1 }
            }
        }
        let text = String(scalars: scalars[start..<position])
        if isDouble {
            guard let d = Double(text.first == "." ? "0" + text : text) else {
                throw ExpressionError(message: "malformed number '\(text)'", offset: start)
            }
            return Token(kind: .double(d), start: start, end: position)
        }
        guard let value = UInt64(text) else {
            throw ExpressionError(message: "integer literal \(text) is too large", offset: start)
        }
        return try finishInt(value, start: start)
    }

    private mutating func finishInt(_ value: UInt64, start: Int) throws(ExpressionError) -> Token {
        if peek() == "u" || peek() == "U" {
            throw ExpressionError(
                message: "unsigned integers (1u) are not supported; write a plain int", offset: position)
        }
        return Token(kind: .int(value), start: start, end: position)
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    private func isIdentStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }

    /// The value of a hexadecimal digit, or nil.
    func hexValue(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "0"..."9": Int(c.value - 48)
        case "a"..."f": Int(c.value - 87)
        case "A"..."F": Int(c.value - 55)
        default: nil
        }
    }

    /// The scalars of the source, for the string reader in `Lexer+Strings.swift`.
    var source: [Unicode.Scalar] { scalars }
    /// The current position, for the string reader.
    var offset: Int {
        get { position }
        set { position = newValue }
    }
}

extension String {
    /// The text of `scalars`, encoded to UTF-8 in one go: appending scalars to a string one at a time, or
    /// through `unicodeScalars.append(contentsOf:)`, costs several times more, and the lexer makes a string
    /// for every name of every expression of every pack at start-up.
    /// A string of up to 15 bytes (most names) is made in place, without a temporary array.
    init(scalars: some Collection<Unicode.Scalar>) {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
    }
}
