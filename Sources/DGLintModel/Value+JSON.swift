extension Value {
    /// Compact JSON with members in sorted order: a stable text for hashing and comparing values.
    public var canonicalJSON: String {
        var out = ""
        var writer = JSONWriter(pretty: false, sortKeys: true)
        writer.integralDoublesAsIntegers = true
        writer.write(self, to: &out, indent: 0)
        return out
    }

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
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += integralDoublesAsIntegers ? Self.canonicalNumber(d) : Self.number(d)
        case .string(let s): Self.appendQuoted(s, to: &out)
        case .array(let a):
            if a.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, element) in a.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent + 1)
                write(element, to: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out += "]"
        case .object(let o):
            if o.isEmpty {
                out += "{}"
                return
            }
            out += "{"
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
            out += "}"
        }
    }

    /// One `"key": value` of an object written at `indent`.
    private func member(_ key: String, _ value: Value, first: Bool, to out: inout String, indent: Int) {
        if !first { out += "," }
        newline(&out, indent + 1)
        Self.appendQuoted(key, to: &out)
        out += pretty ? ": " : ":"
        write(value, to: &out, indent: indent + 1)
    }

    private func newline(_ out: inout String, _ indent: Int) {
        guard pretty else { return }
        out += "\n"
        for _ in 0..<indent { out += "  " }
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
        out += "\""
        // Most strings need no escape: then they are appended whole rather than a scalar at a time.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// `s` as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }
}
