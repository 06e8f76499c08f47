extension Lexer {
    /// Reads a `string-literal` in single or double quotes; the caller has checked that a quote comes next.
    ///
    /// Escapes are `\b \f \n \r \t \/ \\`, the enclosing quote, and `\uXXXX` (a surrogate pair for
    /// characters beyond the BMP). Control characters must be escaped; lone surrogates are errors.
    mutating func readStringLiteral() throws(JSONPathError) -> String {
        let start = position
        guard let quote = peek() else { throw error("expected a string literal") }
        position += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw error("unterminated string literal; expected a closing \(quote) for the one at offset \(start)")
            }
            if scalar == quote {
                position += 1
                return String(out)
            }
            if scalar == "\\" {
                out.append(try readEscape(quote: quote))
            } else if scalar.value < 0x20 {
                throw error(
                    "control character U+\(Self.hex4(scalar.value)) must be escaped in a string literal "
                        + "(for example \\n or \\u\(Self.hex4(scalar.value)))")
            } else {
                out.append(scalar)
                position += 1
            }
        }
    }

    /// Reads one escape sequence starting at the backslash.
    private mutating func readEscape(quote: Unicode.Scalar) throws(JSONPathError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard let letter = peek() else { throw error("unterminated escape sequence at the end of the query") }
        position += 1
        switch letter {
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "/": return "/"
        case "\\": return "\\"
        case "u": return try readUnicodeEscape(start: start)
        default:
            if letter == quote { return quote }
            let other: Unicode.Scalar = quote == "'" ? "\"" : "'"
            if letter == other {
                throw error(
                    "invalid escape sequence '\\\(letter)' in a \(quote == "'" ? "single" : "double")-quoted string; "
                        + "write \(letter) without the backslash", at: start)
            }
            throw error(
                "invalid escape sequence '\\\(Character(letter))'; "
                    + "the escapes are \\b \\f \\n \\r \\t \\/ \\\\ \\\(quote) and \\uXXXX", at: start)
        }
    }

    /// Reads the hex digits of `\uXXXX` (the `\u` already read), joining a surrogate pair.
    private mutating func readUnicodeEscape(start: Int) throws(JSONPathError) -> Unicode.Scalar {
        let high = try readHex4()
        switch high {
        case 0xDC00...0xDFFF:
            throw error("lone low surrogate \\u\(Self.hex4(high)); it must follow a high surrogate", at: start)
        case 0xD800...0xDBFF:
            let secondStart = position
            guard consume("\\"), consume("u") else {
                throw error(
                    "high surrogate \\u\(Self.hex4(high)) must be followed by a low surrogate \\uDC00–\\uDFFF",
                    at: start)
            }
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw error(
                    "expected a low surrogate \\uDC00–\\uDFFF after \\u\(Self.hex4(high))", at: secondStart)
            }
            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw error("invalid surrogate pair", at: start) }
            return scalar
        default:
            guard let scalar = Unicode.Scalar(high) else { throw error("invalid \\u escape", at: start) }
            return scalar
        }
    }

    /// Reads exactly four hex digits (either case).
    private mutating func readHex4() throws(JSONPathError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = peek(), let digit = Self.hexValue(scalar) else {
                throw error("expected four hex digits after \\u")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    /// The value of a hex digit, or nil.
    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }
}
