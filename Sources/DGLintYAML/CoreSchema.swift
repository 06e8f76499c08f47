import DGLintModel

/// The YAML 1.2 core schema: what an untagged plain scalar means, and what a tagged scalar must look like.
///
/// Scalars are resolved from libyaml's UTF-8 buffer without building a `String` first; only text that
/// stays a string, or a float handed to the standard library's parser, becomes one. `yes`, `no`, `on`,
/// `off`, dates and Thai digits are not special in the core schema, so they stay strings.
enum CoreSchema {
    /// The standard tag prefix that libyaml expands `!!` to.
    static let standardPrefix = "tag:yaml.org,2002:"

    /// What a tagged scalar resolved to.
    enum TagResolution {
        case value(Value)
        /// A tag dglint does not know; the message asks to remove it.
        case unsupported
        /// A known tag whose text does not fit, with what the tag needs ("an integer").
        case mismatch(expected: LocalizedText)
    }

    /// The value of an untagged plain scalar.
    static func resolvePlain(_ text: UnsafeBufferPointer<UInt8>) -> Value {
        guard let first = text.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            if let number = number(text) { return number }
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
            if isNull(text) { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let bool = bool(text) { return .bool(bool) }
        default:
            break
        }
        return .string(String(validatedUTF8: text))
    }

    /// The value of a scalar with an explicit tag (as libyaml expands it, such as `tag:yaml.org,2002:int`).
    static func resolve(tag: String, text: UnsafeBufferPointer<UInt8>) -> TagResolution {
        guard tag.hasPrefix(standardPrefix) else {
            return tag == "!" ? .value(.string(String(validatedUTF8: text))) : .unsupported
        }
        switch tag.dropFirst(standardPrefix.count) {
        case "str": return .value(.string(String(validatedUTF8: text)))
        case "null":
            return isNull(text)
                ? .value(.null)
                : .mismatch(
                    expected: LocalizedText(
                        th: "ค่าว่าง (`null`, `~` หรือไม่เขียนอะไร)", en: "null (`null`, `~` or nothing)"))
        case "bool":
            return bool(text).map { .value(.bool($0)) }
                ?? .mismatch(expected: LocalizedText(th: " `true` หรือ `false`", en: "`true` or `false`"))
        case "int":
            return int(text).map { .value($0) } ?? .mismatch(expected: LocalizedText(th: "จำนวนเต็ม", en: "an integer"))
        case "float":
            if let number = number(text) { return .value(.double(number.doubleValue ?? 0)) }
            return .mismatch(expected: LocalizedText(th: "ตัวเลข", en: "a number"))
        case "map": return .mismatch(expected: LocalizedText(th: "แมปปิง (แต่เป็นสเกลาร์)", en: "a mapping, not a scalar"))
        case "seq": return .mismatch(expected: LocalizedText(th: "ลิสต์ (แต่เป็นสเกลาร์)", en: "a sequence, not a scalar"))
        default: return .unsupported
        }
    }

    /// Whether a collection's tag fits it: the non-specific `!`, or `!!map` on a mapping, `!!seq` on a sequence.
    static func collectionTag(_ tag: String, isMapping: Bool) -> TagResolution {
        switch tag {
        case "!", standardPrefix + (isMapping ? "map" : "seq"): .value(.null)
        case standardPrefix + "map":
            .mismatch(expected: LocalizedText(th: "แมปปิง (แต่เป็นลิสต์)", en: "a mapping, not a sequence"))
        case standardPrefix + "seq":
            .mismatch(expected: LocalizedText(th: "ลิสต์ (แต่เป็นแมปปิง)", en: "a sequence, not a mapping"))
        case standardPrefix + "str", standardPrefix + "int", standardPrefix + "float", standardPrefix + "bool",
            standardPrefix + "null":
            .mismatch(expected: LocalizedText(th: "สเกลาร์ (แต่เป็นแมปปิงหรือลิสต์)", en: "a scalar, not a collection"))
        default: .unsupported
        }
    }

    /// `null`, `Null`, `NULL`, `~` or nothing.
    static func isNull(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch text.count {
        case 0: true
        case 1: text[0] == UInt8(ascii: "~")
        case 4: spells(text, "null") || spells(text, "Null") || spells(text, "NULL")
        default: false
        }
    }

    /// `true`/`True`/`TRUE` or `false`/`False`/`FALSE`; nil for anything else (`yes` and `on` included).
    static func bool(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch text.count {
        case 4 where spells(text, "true") || spells(text, "True") || spells(text, "TRUE"): true
        case 5 where spells(text, "false") || spells(text, "False") || spells(text, "FALSE"): false
        default: nil
        }
    }

    /// Whether `text` is exactly the ASCII `word` (compared byte by byte: `elementsEqual` over the two
    /// buffers cost some 80 instructions a word).
    @inline(__always)
    private static func spells(_ text: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard text.count == count else { return false }
        let letters = word.utf8Start
        for i in 0..<count where text[i] != letters[i] { return false }
        return true
    }

    /// An integer or a float in core-schema syntax, or nil.
    static func number(_ text: UnsafeBufferPointer<UInt8>) -> Value? {
        if let int = int(text) { return int }
        return float(text).map { .double($0) }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`; one that does not fit in `Int` becomes a double.
    static func int(_ text: UnsafeBufferPointer<UInt8>) -> Value? {
        let count = text.count
        if count > 2 && text[0] == UInt8(ascii: "0") {
            if text[1] == UInt8(ascii: "x") { return radixInt(text, from: 2, radix: 16) }
            if text[1] == UInt8(ascii: "o") { return radixInt(text, from: 2, radix: 8) }
        }
        var i = 0
        var negative = false
        if count > 0 && (text[0] == UInt8(ascii: "-") || text[0] == UInt8(ascii: "+")) {
            negative = text[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < count else { return nil }
        var result = 0
        var overflow = false
        while i < count {
            let digit = Int(text[i]) - Int(UInt8(ascii: "0"))
            guard digit >= 0 && digit <= 9 else { return nil }
            if !overflow {
                let (times, o1) = result.multipliedReportingOverflow(by: 10)
                let (sum, o2) =
                    negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
                result = sum
                overflow = o1 || o2
            }
            i += 1
        }
        guard overflow else { return .int(result) }
        return Double(String(decoding: text, as: UTF8.self)).map { .double($0) }
    }

    /// Digits in base 8 or 16 from `start`; a value past `Int.max` becomes a double.
    private static func radixInt(_ text: UnsafeBufferPointer<UInt8>, from start: Int, radix: Int) -> Value? {
        var result = 0
        var approximate = 0.0
        var overflow = false
        for byte in text[start...] {
            guard let digit = hexDigit(byte), digit < radix else { return nil }
            approximate = approximate * Double(radix) + Double(digit)
            if !overflow {
                let (times, o1) = result.multipliedReportingOverflow(by: radix)
                let (sum, o2) = times.addingReportingOverflow(digit)
                result = sum
                overflow = o1 || o2
            }
        }
        return overflow ? .double(approximate) : .int(result)
    }

    private static func hexDigit(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
