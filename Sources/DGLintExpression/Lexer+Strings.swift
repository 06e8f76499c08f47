extension Lexer {
    /// Reads a string literal whose opening quote is at the current position: `"…"`, `'…'`, triple-quoted
    /// `"""…"""` / `'''…'''` (which may span lines), raw when prefixed `r` (backslashes kept as written).
    ///
    /// Escapes are CEL's: `\\ \" \' \` \? \a \b \f \n \r \t \v`, `\xHH`, `\uHHHH`, `\UHHHHHHHH` and octal
    /// `\OOO`; any other escape is a compile error at its backslash.
    mutating func string(raw: Bool, start: Int) throws(ExpressionError) -> Token {
        let scalars = source
        let quote = scalars[offset]
        let triple = offset + 2 < scalars.count && scalars[offset + 1] == quote && scalars[offset + 2] == quote
        offset += triple ? 3 : 1
        var text: [Unicode.Scalar] = []
        while true {
            guard offset < scalars.count else {
                throw ExpressionError(message: "unterminated string literal", offset: start)
            }
            let c = scalars[offset]
            if c == quote {
                if !triple {
                    offset += 1
                    break
                }
                if offset + 2 < scalars.count, scalars[offset + 1] == quote, scalars[offset + 2] == quote {
                    offset += 3
                    break
                }
            }
            if !triple, c == "\n" || c == "\r" {
                throw ExpressionError(
                    message: "unterminated string literal (use a triple-quoted string for several lines)",
                    offset: start)
            }
            if c == "\\", !raw {
                text.append(try escape())
                continue
            }
            text.append(c)
            offset += 1
        }
        return Token(kind: .string(String(scalars: text)), start: start, end: offset)
    }

    /// Reads one escape sequence starting at the backslash under the cursor.
    private mutating func escape() throws(ExpressionError) -> Unicode.Scalar {
        let scalars = source
        let backslash = offset
        guard offset + 1 < scalars.count else {
            throw ExpressionError(message: "unterminated string literal", offset: backslash)
        }
        let c = scalars[offset + 1]
        offset += 2
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "\\": "\\", "\"": "\"", "'": "'", "`": "`", "?": "?", "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}",
            "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
        ]
        if let s = simple[c] { return s }
        let digits: Int
        let radix: UInt32
        switch c {
        case "x", "X": (digits, radix) = (2, 16)
        case "u": (digits, radix) = (4, 16)
        case "U": (digits, radix) = (8, 16)
        case "0"..."3":
            offset -= 1  // the first of the three octal digits
            return try codePoint(digits: 3, radix: 8, backslash: backslash)
        default:
            throw ExpressionError(message: "invalid escape sequence '\\\(c)'", offset: backslash)
        }
        return try codePoint(digits: digits, radix: radix, backslash: backslash)
    }

    private mutating func codePoint(digits: Int, radix: UInt32, backslash: Int) throws(ExpressionError)
        -> Unicode.Scalar
    {
        let scalars = source
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard offset < scalars.count, let d = hexValue(scalars[offset]), UInt32(d) < radix else {
                throw ExpressionError(
                    message:
                        "invalid escape sequence: expected \(digits) \(radix == 8 ? "octal" : "hexadecimal") digits",
                    offset: backslash)
            }
            value = value * radix + UInt32(d)
            offset += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw ExpressionError(
                message: "invalid escape sequence: U+\(String(value, radix: 16, uppercase: true)) is not a character",
                offset: backslash)
        }
        return scalar
    }
}
