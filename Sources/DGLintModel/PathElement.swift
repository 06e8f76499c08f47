/// One step from a node to its child: a member name or an array index.
public enum PathElement: Hashable, Sendable {
    case key(String)
    case index(Int)
}

extension PathElement: CustomStringConvertible {
    public var description: String {
        switch self {
        case .key(let k): k
        case .index(let i): String(i)
        }
    }
}

/// Renders paths in the forms dglint prints: RFC 9535 normalized paths and RFC 6901 JSON pointers.
public enum PathFormat {
    /// The RFC 9535 normalized path of `path`, such as `$['budget']['items'][0]`.
    ///
    /// Inlinable, as ``dotted(_:)`` is: every finding's path is written in this form and as a pointer.
    @inlinable
    public static func normalized(_ path: some Sequence<PathElement>) -> String {
        var out = "$"
        for element in path { appendNormalized(element, to: &out) }
        return out
    }

    /// Appends one step of a normalized path: `['name']` or `[0]`.
    @usableFromInline
    static func appendNormalized(_ element: PathElement, to out: inout String) {
        switch element {
        case .key(let k):
            out += "['"
            appendEscapedName(k, to: &out)
            out += "']"
        case .index(let i):
            out += "["
            out += String(i)
            out += "]"
        }
    }

    /// The RFC 6901 JSON pointer of `path`, such as `/budget/items/0`.
    @inlinable
    public static func pointer(_ path: some Sequence<PathElement>) -> String {
        var out = ""
        for element in path { appendPointer(element, to: &out) }
        return out
    }

    /// Appends one step of a JSON pointer: `/` and the name, with `~` and `/` escaped, or the index.
    @usableFromInline
    static func appendPointer(_ element: PathElement, to out: inout String) {
        out += "/"
        switch element {
        case .key(let k):
            // Most names have neither `~` nor `/`: appended whole, not scalar by scalar.
            guard k.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
                out += k
                return
            }
            for ch in k.unicodeScalars {
                switch ch {
                case "~": out += "~0"
                case "/": out += "~1"
                default: out.unicodeScalars.append(ch)
                }
            }
        case .index(let i):
            out += String(i)
        }
    }

    /// A short dotted form for messages: `budget.items[0].amount`.
    ///
    /// Inlinable, so that callers in other modules get it specialised for their collection: unspecialised,
    /// stepping through the path by run-time dispatch cost about as much as writing it.
    @inlinable
    public static func dotted(_ path: some Sequence<PathElement>) -> String {
        var out = ""
        for element in path { appendDotted(element, to: &out) }
        return out.isEmpty ? "$" : out
    }

    /// Appends one step of a dotted path: `name` (after a `.` unless it comes first), `['other name']` or `[0]`.
    @usableFromInline
    static func appendDotted(_ element: PathElement, to out: inout String) {
        if case .key(let k) = element, isPlainName(k) {
            if !out.isEmpty { out += "." }
            out += k
        } else {
            appendNormalized(element, to: &out)
        }
    }

    /// Whether `name` may appear in a dotted path as it is: it is not empty and every scalar is a
    /// ``isPlainNameScalar(_:)``.
    static func isPlainName(_ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        // Most keys are ASCII: their bytes decide, without decoding scalars. A name with any other byte is
        // read again as scalars.
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                continue
            case 0x80...:
                return name.unicodeScalars.allSatisfy(isPlainNameScalar)
            default:
                return false
            }
        }
        return true
    }

    /// Whether `scalar` may appear in a dotted name as it is: letters (with their combining marks, such as
    /// Thai vowels and tone marks), digits, `_` and `-`.
    static func isPlainNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // Most keys are ASCII: decide without looking up Unicode properties, which costs far more.
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
            default: return false
            }
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return scalar.properties.isAlphabetic
        }
    }

    /// Escapes a member name as RFC 9535 section 2.7 prescribes for normalized paths.
    static func appendEscapedName(_ name: String, to out: inout String) {
        // Most names need no escape: appended whole, not scalar by scalar.
        guard name.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) else {
            out += name
            return
        }
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
