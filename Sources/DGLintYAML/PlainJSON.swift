public import DGLintModel
import OrderedCollections

/// A fast path for JSON files that are read only for their value, such as a pack's schema or data files.
///
/// libyaml reads JSON too, but one character at a time: the 120 KB proposal schema cost 20 M instructions
/// of every start. This reader takes the common subset of JSON whose meaning as YAML is certain and builds
/// the very value ``YAMLLoader`` would: numbers, `true`, `false` and `null` go through the same core-schema
/// resolution as YAML's plain scalars, strings through JSON's escapes, which YAML's double-quoted scalars
/// read the same way. For anything outside that subset — invalid UTF-8, characters YAML does not allow,
/// a surrogate escape, a duplicate key, deep nesting, trailing text — it returns nil, and the caller hands
/// the file to ``YAMLLoader``, which reads it or reports the problem with its line and column.
public enum PlainJSON {
    /// Nesting deeper than this is left to the full loader (and its limits).
    static let maxDepth = 64

    /// The value of the JSON text `bytes`, or nil when it is not in the subset this reader takes.
    public static func value(of bytes: [UInt8]) -> Value? {
        guard String(validating: bytes, as: UTF8.self).map(allowedByYAML) == true else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Value? in
            var reader = Reader(bytes: buffer)
            reader.skipSpace()
            guard let value = reader.value(depth: 0) else { return nil }
            reader.skipSpace()
            // Not `? value : nil`: `Value` takes `nil` as a literal for `.null`.
            guard reader.position == buffer.count else { return nil }
            return value
        }
    }

    /// Whether every character may appear in a YAML stream (YAML 1.2 `c-printable`) and means the same there
    /// as in JSON; a byte-order mark is left to the full loader too.
    private static func allowedByYAML(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            // Not NEL, LS and PS either: YAML reads them as line breaks and folds them inside a string.
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD: true
            case 0x10000...0x10FFFF: true
            default: false
            }
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
        }

        mutating func value(depth: Int) -> Value? {
            guard depth < PlainJSON.maxDepth, let byte = peek else { return nil }
            switch byte {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string().map(Value.string)
            default: return scalar()
            }
        }

        mutating func object(depth: Int) -> Value? {
            position += 1
            var members = OrderedDictionary<String, Value>()
            skipSpace()
            if peek == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard peek == UInt8(ascii: ":") else { return nil }
                position += 1
                skipSpace()
                guard let member = value(depth: depth + 1), members.updateValue(member, forKey: key) == nil else {
                    return nil  // a duplicate key is an error the full loader reports with both positions
                }
                skipSpace()
                guard let next = peek else { return nil }
                position += 1
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ",") else { return nil }
            }
            return .object(members)
        }

        mutating func array(depth: Int) -> Value? {
            position += 1
            var elements: [Value] = []
            skipSpace()
            if peek == UInt8(ascii: "]") {
                position += 1
                return .array([])
            }
            while true {
                skipSpace()
                guard let element = value(depth: depth + 1) else { return nil }
                elements.append(element)
                skipSpace()
                guard let next = peek else { return nil }
                position += 1
                if next == UInt8(ascii: "]") { break }
                guard next == UInt8(ascii: ",") else { return nil }
            }
            return .array(elements)
        }

        /// A number, `true`, `false` or `null`, resolved exactly as YAML resolves the same plain scalar.
        mutating func scalar() -> Value? {
            let start = position
            while let byte = peek, Self.isScalarByte(byte) { position += 1 }
            guard position > start, Self.isJSONScalar(bytes[start..<position]) else { return nil }
            return CoreSchema.resolvePlain(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        }

        static func isScalarByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"),
                UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "E"):
                true
            default: false
            }
        }

        /// `true`, `false`, `null`, or a JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
        static func isJSONScalar(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            if text.elementsEqual("true".utf8) || text.elementsEqual("false".utf8) || text.elementsEqual("null".utf8) {
                return true
            }
            var i = text.startIndex
            let end = text.endIndex
            func digits() -> Int {
                let from = i
                while i < end, text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "9") { i += 1 }
                return i - from
            }
            if i < end, text[i] == UInt8(ascii: "-") { i += 1 }
            let leading = i
            let integer = digits()
            guard integer > 0, integer == 1 || text[leading] != UInt8(ascii: "0") else { return false }
            if i < end, text[i] == UInt8(ascii: ".") {
                i += 1
                guard digits() > 0 else { return false }
            }
            if i < end, text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") {
                i += 1
                if i < end, text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+") { i += 1 }
                guard digits() > 0 else { return false }
            }
            return i == end
        }

        /// A string with JSON's escapes; nil for a control character, a surrogate escape or a bad escape.
        mutating func string() -> String? {
            position += 1
            var out: [UInt8] = []
            var runStart = position
            while let byte = peek {
                switch byte {
                case UInt8(ascii: "\""):
                    out.append(contentsOf: bytes[runStart..<position])
                    position += 1
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    out.append(contentsOf: bytes[runStart..<position])
                    position += 1
                    guard let escaped = escape() else { return nil }
                    UTF8.encode(escaped) { out.append($0) }
                    runStart = position
                case 0..<0x20:
                    return nil
                default:
                    position += 1
                }
            }
            return nil
        }

        mutating func escape() -> Unicode.Scalar? {
            guard let letter = peek else { return nil }
            position += 1
            switch letter {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                guard position + 4 <= bytes.count else { return nil }
                var code: UInt32 = 0
                for byte in bytes[position..<position + 4] {
                    guard let digit = Self.hexValue(byte) else { return nil }
                    code = code << 4 | digit
                }
                position += 4
                // Control characters and surrogates (pairs or lone) are left to the full loader.
                guard code >= 0x20, !(0x7F...0x9F).contains(code) else { return nil }
                return Unicode.Scalar(code)
            default: return nil  // `\b`, `\f` and anything else: left to the full loader
            }
        }

        static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }
    }
}
