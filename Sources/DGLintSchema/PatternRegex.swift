import DGLintRegex

/// An ECMA-262 regular expression as `pattern` and `patternProperties` use it, matched by ``LinearRegex`` (an
/// unanchored search in linear time).
///
/// A thin translation fills the gaps between ECMA-262 and LinearRegex before compiling: `\p{…}`/`\P{…}` Unicode
/// property escapes become explicit classes of scalar ranges, `\cX` becomes the control character, `\s`/`\S`
/// take ECMA's white-space set (which excludes U+0085), and `.` excludes every ECMA line terminator
/// (`\n`, `\r`, U+2028, U+2029), not only `\n`.
struct PatternRegex: Sendable {
    /// The pattern as written in the schema.
    let source: String
    private let regex: LinearRegex

    /// Compiles an ECMA-262 pattern; the error describes the pattern as written.
    init(_ source: String) throws(RegexSyntaxError) {
        self.source = source
        self.regex = try LinearRegex(try Self.translate(source))
    }

    /// Whether the pattern matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        regex.matches(text)
    }

    /// ECMA's white space and line terminators (`\s`).
    static let ecmaSpace: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ]

    /// Rewrites the ECMA-only escapes of `pattern` into syntax LinearRegex reads.
    static func translate(_ pattern: String) throws(RegexSyntaxError) -> String {
        let s = Array(pattern.unicodeScalars)
        var out = ""
        var i = 0
        var inClass = false
        func emit(_ ranges: [ClosedRange<UInt32>], negated: Bool) {
            let set = negated ? UnicodeProperty.complement(ranges) : ranges
            let items = UnicodeProperty.classItems(set)
            out += inClass ? items : "[" + items + "]"
        }
        while i < s.count {
            let c = s[i]
            if c == "\\", i + 1 < s.count {
                let next = s[i + 1]
                switch next {
                case "p", "P":
                    guard i + 2 < s.count, s[i + 2] == "{", let close = s[(i + 3)...].firstIndex(of: "}") else {
                        throw RegexSyntaxError(message: "expected '\\\(next){name}'", offset: i)
                    }
                    let name = String(String.UnicodeScalarView(s[(i + 3)..<close]))
                    guard let ranges = UnicodeProperty.ranges(name) else {
                        throw RegexSyntaxError(message: "unknown Unicode property '\(name)'", offset: i)
                    }
                    emit(ranges, negated: next == "P")
                    i = close + 1
                case "s", "S":
                    emit(ecmaSpace, negated: next == "S")
                    i += 2
                case "c" where i + 2 < s.count && s[i + 2].isASCIILetter:
                    out += "\\u{" + String(s[i + 2].value % 32, radix: 16) + "}"
                    i += 3
                default:
                    out.unicodeScalars.append(c)
                    out.unicodeScalars.append(next)
                    i += 2
                }
                continue
            }
            switch c {
            case "[" where !inClass:
                inClass = true
                out += "["
                if i + 1 < s.count, s[i + 1] == "^" {
                    out += "^"
                    i += 1
                }
            case "]" where inClass:
                inClass = false
                out += "]"
            case "." where !inClass:
                out += "[^\\n\\r\\u{2028}\\u{2029}]"
            default:
                out.unicodeScalars.append(c)
            }
            i += 1
        }
        return out
    }
}
