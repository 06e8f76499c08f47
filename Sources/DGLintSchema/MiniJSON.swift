import DGLintModel

/// A minimal JSON reader for the bundled meta-schema texts (which are known to be well formed), keeping object
/// members in document order. Returns nil on malformed input rather than describing the problem.
enum MiniJSON {
    /// The value `text` holds, or nil when it is not JSON.
    static func parse(_ text: String) -> Value? {
        var reader = Reader(bytes: Array(text.utf8))
        guard let value = reader.value(depth: 0) else { return nil }
        reader.skipSpace()
        return reader.position == reader.bytes.count ? value : nil
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
        }

        mutating func take(_ literal: String) -> Bool {
            for byte in literal.utf8 {
                guard peek == byte else { return false }
                position += 1
            }
            return true
        }

        mutating func value(depth: Int) -> Value? {
            skipSpace()
            guard let byte = peek, depth < 64 else { return nil }
            switch byte {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "t"): return take("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return take("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return take("null") ? .null : nil
            default: return number()
            }
        }

        mutating func object(depth: Int) -> Value? {
            position += 1
            var members: [(String, Value)] = []
            skipSpace()
            if take("}") { return Value(members) }
            repeat {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard take(":"), let member = value(depth: depth + 1) else { return nil }
                members.append((key, member))
                skipSpace()
            } while take(",")
            return take("}") ? Value(members) : nil
        }

        mutating func array(depth: Int) -> Value? {
            position += 1
            var elements: [Value] = []
            skipSpace()
            if take("]") { return .array(elements) }
            repeat {
                guard let element = value(depth: depth + 1) else { return nil }
                elements.append(element)
                skipSpace()
            } while take(",")
            return take("]") ? .array(elements) : nil
        }

        mutating func number() -> Value? {
            let start = position
            while let byte = peek, "+-.eE0123456789".utf8.contains(byte) { position += 1 }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if let integer = Int(text) { return .int(integer) }
            return Double(text).map(Value.double)
        }

        mutating func string() -> String? {
            guard take("\"") else { return nil }
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            while let byte = peek {
                position += 1
                switch byte {
                case UInt8(ascii: "\""):
                    scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                    return String(scalars)
                case UInt8(ascii: "\\"):
                    scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                    run.removeAll()
                    guard let escaped = escape() else { return nil }
                    scalars.append(escaped)
                default:
                    run.append(byte)
                }
            }
            return nil
        }

        mutating func escape() -> Unicode.Scalar? {
            guard let letter = peek else { return nil }
            position += 1
            switch letter {
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "u"):
                guard position + 4 <= bytes.count,
                    let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
                else { return nil }
                position += 4
                return Unicode.Scalar(code)
            default: return Unicode.Scalar(letter)
            }
        }
    }
}

extension Value {
    /// An object with `members` in the given order (later duplicates replace earlier ones).
    init(_ members: [(String, Value)]) {
        self = .object(ValueObject(members, uniquingKeysWith: { _, later in later }))
    }
}
