extension Value {
    /// Compact JSON with members in sorted order: a stable text for hashing and comparing values.
    public var canonicalJSON: String {
        var out = ""
        Self.canonicalWriter.write(self, to: &out, indent: 0)
        return out
    }

    /// The writer of ``canonicalJSON``.
    static let canonicalWriter = {
        var writer = JSONWriter(pretty: false, sortKeys: true)
        writer.integralDoublesAsIntegers = true
        return writer
    }()

    /// JSON text of the value, members in document order unless `sortKeys`.
    public func jsonText(pretty: Bool = false, sortKeys: Bool = false) -> String {
        var out = ""
        JSONWriter(pretty: pretty, sortKeys: sortKeys).write(self, to: &out, indent: 0)
        return out
    }
}

/// Writes ``Value``s as JSON text (RFC 8259). Non-finite doubles, which JSON cannot express, become `null`.
public struct JSONWriter: Sendable {
    public var pretty: Bool
    public var sortKeys: Bool
    /// Writes `1.0` as `1`, so that two spellings of one number give one text (canonical JSON, fingerprints).
    public var integralDoublesAsIntegers = false

    public init(pretty: Bool, sortKeys: Bool) {
        self.pretty = pretty
        self.sortKeys = sortKeys
    }

    public func write(_ value: Value, to out: inout String, indent: Int) {
        // Written as UTF-8 bytes and made a string once: appending to a `String` piece by piece costs a few
        // hundred instructions an append, which made a report's JSON cost more than the checks behind it.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        write(value, to: &bytes, indent: indent)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `value` as the UTF-8 bytes of its JSON text.
    public func write(_ value: Value, to out: inout [UInt8], indent: Int) {
        switch value {
        case .null: Self.append("null", to: &out)
        case .bool(let b): Self.append(b ? "true" : "false", to: &out)
        case .int(let i): Self.append(String(i), to: &out)
        case .double(let d): Self.append(integralDoublesAsIntegers ? Self.canonicalNumber(d) : Self.number(d), to: &out)
        case .string(let s): Self.appendQuoted(s, to: &out)
        case .array(let a):
            if a.isEmpty {
                Self.append("[]", to: &out)
                return
            }
            out.append(UInt8(ascii: "["))
            for (i, element) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent + 1)
                write(element, to: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            if o.isEmpty {
                Self.append("{}", to: &out)
                return
            }
            out.append(UInt8(ascii: "{"))
            if sortKeys {
                for (i, key) in o.keys.sorted().enumerated() {
                    member(key, o[key] ?? .null, first: i == 0, to: &out, indent: indent)
                }
            } else {
                for (i, (key, member)) in o.enumerated() {
                    self.member(key, member, first: i == 0, to: &out, indent: indent)
                }
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// One `"key": value` of an object written at `indent`.
    private func member(_ key: String, _ value: Value, first: Bool, to out: inout [UInt8], indent: Int) {
        appendKey(key, first: first, to: &out, indent: indent)
        write(value, to: &out, indent: indent + 1)
    }

    /// What comes before a member's value in an object written at `indent`: the comma after the previous member
    /// (unless this is the `first`), the line break and indent, the quoted key and the colon. For writers that put
    /// an object together member by member in this format.
    public func appendKey(_ key: String, first: Bool, to out: inout [UInt8], indent: Int) {
        if !first { out.append(UInt8(ascii: ",")) }
        newline(&out, indent + 1)
        Self.appendQuoted(key, to: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
    }

    /// ``appendKey(_:first:to:indent:)`` for a key written in the program, which needs no escape (checked when
    /// assertions are on): its bytes are copied as they are, without the scan for escapes or a copy of the string.
    public func appendKey(_ key: StaticString, first: Bool, to out: inout [UInt8], indent: Int) {
        if !first { out.append(UInt8(ascii: ",")) }
        newline(&out, indent + 1)
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { key in
            assert(key.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F }, "a key needing escapes")
            out.append(contentsOf: key)
        }
        out.append(contentsOf: pretty ? Self.closingQuoteColonSpace : Self.closingQuoteColon)
    }

    private static let closingQuoteColonSpace = Array("\": ".utf8)
    private static let closingQuoteColon = Array("\":".utf8)

    /// The line break and indent before a line at `indent` (nothing when not pretty).
    public func newline(_ out: inout [UInt8], _ indent: Int) {
        guard pretty else { return }
        let count = 1 + 2 * indent
        guard count <= Self.lineBreaks.count else {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
            return
        }
        // One copy from a line break followed by spaces: appending the spaces as a repeated element went through
        // the generic path, a few hundred instructions a line.
        Self.lineBreaks.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// A line break and the spaces of 31 levels of indent.
    private static let lineBreaks: [UInt8] = [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 62)

    /// Appends the UTF-8 bytes of `text`.
    private static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    /// A double as JSON: integral values without a fraction when exact, otherwise Swift's shortest form.
    /// A double keeps a fractional part (`1000.0`), so a reader can tell it from the integer `1000` as the
    /// document and the expression language do.
    /// A double with an integral value as an integer (`1`), others as ``number(_:)`` writes them.
    public static func canonicalNumber(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return "\(d)"
    }

    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) + ".0" }
        return "\(d)"
    }

    /// Appends `s` as a JSON string literal with the escapes RFC 8259 requires.
    public static func appendQuoted(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `s` as a JSON string literal with the escapes RFC 8259 requires. Every byte
    /// that needs an escape is ASCII, so the bytes of other characters are copied as they are.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { text in
            guard let base = text.baseAddress else { return }
            var plain = 0  // the start of the bytes not yet copied
            var i = 0
            while i < text.count {
                let byte = base[i]
                // Eight bytes at a time while none of them needs an escape (Thai text is three bytes a letter,
                // none of which does): a byte below 0x20, `"`, `\\` or DEL is found by arithmetic on the word.
                if i + 8 <= text.count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if !Self.mayNeedEscape(word) {
                        i += 8
                        continue
                    }
                }
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(start: base + plain, count: i - plain))
                plain = i + 1
                switch byte {
                case 0x22: append("\\\"", to: &out)
                case 0x5C: append("\\\\", to: &out)
                case 0x0A: append("\\n", to: &out)
                case 0x0D: append("\\r", to: &out)
                case 0x09: append("\\t", to: &out)
                case 0x08: append("\\b", to: &out)
                case 0x0C: append("\\f", to: &out)
                default:
                    let hex = String(byte, radix: 16)
                    append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, to: &out)
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + plain, count: text.count - plain))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether one of the eight bytes of `word` may need an escape: false only when none is below 0x20, `"`,
    /// `\\` or DEL (0x7F). "Has a zero byte" is `(x - 0x01…01) & ~x & 0x80…80`, exact for the lowest byte that
    /// is zero and at worst a false alarm above it, which the byte-by-byte test then clears.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        // A byte below 0x20: its subtraction of 0x20 borrows while its own top bit is clear.
        let control = (word &- 0x20 &* ones) & ~word & highs
        let quote = hasZeroByte(word ^ (0x22 &* ones))
        let backslash = hasZeroByte(word ^ (0x5C &* ones))
        let delete = hasZeroByte(word ^ (0x7F &* ones))
        return control | quote | backslash | delete != 0
    }

    /// `s` as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }
}
