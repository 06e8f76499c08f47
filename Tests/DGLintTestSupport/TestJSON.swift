public import DGLintModel
import OrderedCollections

/// A small, strict JSON (RFC 8259) parser for tests that keeps object members in document order, which
/// Foundation's `JSONSerialization` does not.
///
/// Numbers without a fraction or exponent that fit in `Int` become `.int`; all others `.double`.
public enum TestJSON {
    /// A syntax error with the byte offset where it was found.
    public struct SyntaxError: Error, CustomStringConvertible {
        public var message: String
        public var offset: Int
        public var description: String { "JSON syntax error at byte \(offset): \(message)" }
    }

    /// Parses `text` as one JSON value.
    public static func parse(_ text: String) throws(SyntaxError) -> Value {
        var reader = Reader(bytes: Array(text.utf8))
        reader.skipSpace()
        let value = try reader.readValue()
        reader.skipSpace()
        guard reader.position == reader.bytes.count else { throw reader.error("unexpected text after the value") }
        return value
    }
}

private struct Reader {
    let bytes: [UInt8]
    var position = 0

    func error(_ message: String) -> TestJSON.SyntaxError {
        TestJSON.SyntaxError(message: message, offset: position)
    }

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    mutating func expect(_ literal: String) throws(TestJSON.SyntaxError) {
        for byte in literal.utf8 {
            guard peek == byte else { throw error("expected '\(literal)'") }
            position += 1
        }
    }

    mutating func readValue() throws(TestJSON.SyntaxError) -> Value {
        guard let byte = peek else { throw error("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw error("unexpected character")
        }
    }

    mutating func readObject() throws(TestJSON.SyntaxError) -> Value {
        position += 1
        var members = OrderedDictionary<String, Value>()
        skipSpace()
        if peek == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw error("expected a member name") }
            let key = try readString()
            skipSpace()
            try expect(":")
            skipSpace()
            members[key] = try readValue()
            skipSpace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect("}")
            return .object(members)
        }
    }

    mutating func readArray() throws(TestJSON.SyntaxError) -> Value {
        position += 1
        var elements: [Value] = []
        skipSpace()
        if peek == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipSpace()
            elements.append(try readValue())
            skipSpace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect("]")
            return .array(elements)
        }
    }

    mutating func readNumber() throws(TestJSON.SyntaxError) -> Value {
        let start = position
        var integral = true
        if peek == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        let digits = skipDigits()
        guard digits > 0 else { throw error("expected a digit") }
        if digits > 1, bytes[digitsStart] == UInt8(ascii: "0") { throw error("leading zero") }
        if peek == UInt8(ascii: ".") {
            integral = false
            position += 1
            guard skipDigits() > 0 else { throw error("expected a digit after '.'") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            integral = false
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard skipDigits() > 0 else { throw error("expected a digit in the exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if integral, let value = Int(text) { return .int(value) }
        guard let value = Double(text) else { throw error("invalid number") }
        return .double(value)
    }

    mutating func skipDigits() -> Int {
        let start = position
        while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        return position - start
    }

    mutating func readString() throws(TestJSON.SyntaxError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        while true {
            guard let byte = peek else { throw error("unterminated string") }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<position], as: UTF8.self).unicodeScalars)
                position += 1
                if byte == UInt8(ascii: "\"") { return String(scalars) }
                scalars.append(try readEscape())
                runStart = position
            } else if byte < 0x20 {
                throw error("control character in string")
            } else {
                position += 1
            }
        }
    }

    mutating func readEscape() throws(TestJSON.SyntaxError) -> Unicode.Scalar {
        guard let letter = peek else { throw error("unterminated escape") }
        position += 1
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try readHex4()
            if (0xD800...0xDBFF).contains(high) {
                try expect("\\u")
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low),
                    let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                else { throw error("invalid surrogate pair") }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("lone surrogate") }
            return scalar
        default:
            throw error("invalid escape")
        }
    }

    mutating func readHex4() throws(TestJSON.SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw error("expected four hex digits")
            }
            value = value * 16 + UInt32(digit)
            position += 1
        }
        return value
    }
}
