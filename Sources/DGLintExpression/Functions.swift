import DGLintModel
import DGLintRegex
import Synchronization

/// The standard functions of CEL's subset: `size`, the string tests, and the conversions.
extension Evaluator {
    mutating func call(
        _ builtin: Builtin, _ args: Arguments, _ precompiled: Precompiled?, _ node: Node
    ) throws(ExpressionFailure) -> ExpressionValue {
        let at = node.at
        switch builtin {
        case .size:
            switch args[0] {
            case .string(let s): return .int(Int64(Text.scalarCount(s)))
            case .list(let l): return .int(Int64(l.count))
            case .map(let m): return .int(Int64(m.count))
            default: throw Failures.noOverload("size()", "measure", [args[0].type], at: at)
            }
        case .contains, .startsWith, .endsWith:
            guard case .string(let s) = args[0], case .string(let t) = args[1] else {
                throw Failures.noOverload("\(builtin.rawValue)()", "test", args.types, at: at)
            }
            switch builtin {
            case .startsWith: return .bool(Text.hasPrefix(s, t))
            case .endsWith: return .bool(Text.hasSuffix(s, t))
            default:
                try charge(Text.scalarCount(s) / 16, at: at)
                return .bool(Text.contains(s, t))
            }
        case .matches:
            guard case .string(let s) = args[0], case .string(let pattern) = args[1] else {
                throw Failures.noOverload("matches()", "test", args.types, at: at)
            }
            try charge(Text.scalarCount(s) / 16, at: at)
            if case .regex(let regex) = precompiled { return .bool(regex.matches(s)) }
            do {
                return .bool(try patterns.compile(pattern).matches(s))
            } catch {
                throw Failures.make(
                    "รูปแบบ regex ไม่ถูกต้อง: \(error.message)", "invalid regular expression: \(error.message)", at: at)
            }
        case .join:
            guard case .list(let list) = args[0], case .string(let separator) = args[1] else {
                throw Failures.noOverload("join()", "join", args.types, at: at)
            }
            try charge(list.count, at: at)
            var joined = ""
            for (i, element) in list.enumerated() {
                guard case .string(let s) = element else {
                    throw Failures.make(
                        "join() ต้องการรายการของข้อความ แต่สมาชิกที่ \(i) เป็น \(element.type)",
                        "join() needs a list of strings, but element \(i) is \(element.type)", at: at)
                }
                if i > 0 { joined += separator }
                joined += s
            }
            try charge(Text.scalarCount(joined) / 16, at: at)
            return .string(joined)
        case .int, .double, .string, .bool:
            return try Conversions.convert(args[0], to: builtin, at: at)
        case .type:
            return .type(args[0].type)
        case .dyn:
            return args[0]
        case .sum, .thaiDigits, .baht, .date, .fiscalYear, .query:
            return try extensionCall(builtin, args, precompiled, node)
        }
    }
}

/// The evaluated arguments of a call, receiver first: every built-in takes one, or two (`matches(s, re)`, or a
/// receiver and one), so they are kept inline rather than in an array.
///
/// The second is `.null` with a count of one rather than an optional: destroying an `ExpressionValue?` went
/// through `Optional`'s generic value witness (85 instructions a call, 50 K calls over 200 proposals).
struct Arguments {
    private let first: ExpressionValue
    private let second: ExpressionValue
    /// The number of arguments, 1 or 2.
    let count: Int

    init(_ first: ExpressionValue) {
        self.first = first
        second = .null
        count = 1
    }

    init(_ first: ExpressionValue, _ second: ExpressionValue) {
        self.first = first
        self.second = second
        count = 2
    }

    /// The argument at `position` (0 or 1); `.null` past the last.
    subscript(position: Int) -> ExpressionValue { position == 0 ? first : second }

    /// The arguments' types, for messages.
    var types: [ExpressionType] { count == 1 ? [first.type] : [first.type, second.type] }
}

/// The conversion functions `int()`, `double()`, `string()` and `bool()`.
enum Conversions {
    static func convert(_ value: ExpressionValue, to builtin: Builtin, at offset: Int) throws(ExpressionFailure)
        -> ExpressionValue
    {
        switch (builtin, value) {
        case (.int, .int), (.double, .double), (.string, .string), (.bool, .bool):
            return value
        case (.int, .double(let d)):
            // CEL: truncate toward zero; NaN, infinities and values outside the 64-bit range are errors.
            guard d.isFinite, d > -9_223_372_036_854_775_809.0, d < 9_223_372_036_854_775_808.0 else {
                throw Failures.make(
                    "\(Numbers.text(d)) อยู่นอกช่วงของ int", "int() range error: \(Numbers.text(d)) does not fit in int",
                    at: offset)
            }
            return .int(Int64(d.rounded(.towardZero)))
        case (.int, .string(let s)):
            guard let i = Int64(s) else { throw Failures.conversion("'\(s)'", to: .int, at: offset) }
            return .int(i)
        case (.double, .int(let i)):
            return .double(Double(i))
        case (.double, .string(let s)):
            guard let d = parseDouble(s) else { throw Failures.conversion("'\(s)'", to: .double, at: offset) }
            return .double(d)
        case (.bool, .string(let s)):
            switch s {
            case "true", "True", "TRUE", "t", "1": return .bool(true)
            case "false", "False", "FALSE", "f", "0": return .bool(false)
            default: throw Failures.conversion("'\(s)'", to: .bool, at: offset)
            }
        case (.string, _):
            if let text = text(of: value) { return .string(text) }
        default:
            break
        }
        throw Failures.noOverload("\(builtin.rawValue)()", "convert", [value.type], at: offset)
    }

    /// A decimal or exponent number, or `inf`, `-inf`, `nan` as in CEL; nil otherwise.
    ///
    /// The characters allowed in a number are ASCII, which no other scalar joins into one character, so testing
    /// the bytes answers as testing the characters did (with a set of them built for each call: 12 K instructions).
    private static func parseDouble(_ s: String) -> Double? {
        if !s.isEmpty, s.utf8.allSatisfy(isNumberByte) { return Double(s) }
        switch s.lowercased() {
        case "inf", "+inf", "infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan": return .nan
        default: return nil
        }
    }

    /// Whether `byte` is one of `0123456789+-.eE`.
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "e"), UInt8(ascii: "E"):
            true
        default: false
        }
    }

    /// What `string()` gives for a scalar value, or nil for lists, maps and null.
    static func text(of value: ExpressionValue) -> String? {
        switch value {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): Numbers.text(d)
        case .bool(let b): b ? "true" : "false"
        case .date(let d): d.description
        case .type(let t): t.rawValue
        case .null, .list, .map: nil
        }
    }
}

/// Compiles `matches()` patterns with ``LinearRegex``, refusing RE2 syntax that it would otherwise misread.
enum Patterns {
    /// The compiled pattern. POSIX classes such as `[[:alpha:]]` are refused: ``LinearRegex`` does not know
    /// them and would read them as an ordinary bracket class.
    static func compile(_ pattern: String) throws(RegexSyntaxError) -> LinearRegex {
        let scalars = Array(pattern.unicodeScalars)
        for i in scalars.indices.dropLast() where scalars[i] == "[" && scalars[i + 1] == ":" {
            let rest = scalars[(i + 2)...]
            if let close = rest.firstIndex(of: ":"), close + 1 < scalars.count, scalars[close + 1] == "]",
                rest[..<close].allSatisfy({ ("a"..."z").contains($0) })
            {
                throw RegexSyntaxError(
                    message: "POSIX classes such as '[[:alpha:]]' are not supported; write a class like [a-zA-Z]",
                    offset: i)
            }
        }
        return try LinearRegex(pattern)
    }
}

/// The patterns an expression builds at run time, such as `ch.matches(data.channels.secure)`, compiled on
/// first use and kept for the rest of the run: compiling them again for each document and item was a tenth
/// of all the work of checking a proposal. Shared by every thread that evaluates the expression; bounded,
/// so an expression that builds a new pattern from each value cannot grow it without limit.
final class PatternCache: Sendable {
    static let capacity = 256
    private let compiled = Mutex<[Key: LinearRegex]>([:])

    /// A pattern as a key, hashed on its length and its first and last bytes only: the patterns one
    /// expression builds share a prefix and suffix (`"(?i)\\b" + name + "\\b"`) but seldom a length and both
    /// ends, and hashing whole patterns was most of the cost of finding one; the ends are hashed as two words
    /// rather than byte by byte. Keys compare by their Unicode scalars, as the regular expression reads them: two
    /// patterns that are canonically equivalent but hold other scalars (`é` as one scalar and as `e` + U+0301)
    /// match different texts, and `String`'s `==`, which equates them, was most of the cost of a look-up (about 800
    /// instructions for a pattern with Thai text, which Swift compares by normalising it).
    private struct Key: Hashable {
        var pattern: String

        static func == (a: Key, b: Key) -> Bool { a.pattern.hasSameScalars(as: b.pattern) }

        func hash(into hasher: inout Hasher) {
            let bytes = pattern.utf8
            hasher.combine(bytes.count)
            // Read in place when the string is stored contiguously, as it almost always is: `suffix(8)` of a
            // UTF8View walks back one index at a time.
            let ends =
                bytes.withContiguousStorageIfAvailable { (Self.word($0.prefix(8)), Self.word($0.suffix(8))) }
                ?? (Self.word(bytes.prefix(8)), Self.word(bytes.suffix(8)))
            hasher.combine(ends.0)
            hasher.combine(ends.1)
        }

        /// Up to eight bytes as one word.
        private static func word<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
            bytes.reduce(0) { $0 << 8 | UInt64($1) }
        }
    }

    /// `pattern` compiled, from the cache when it has been compiled before.
    func compile(_ pattern: String) throws(RegexSyntaxError) -> LinearRegex {
        let key = Key(pattern: pattern)
        if let known = compiled.withLock({ $0[key] }) { return known }
        let regex = try Patterns.compile(pattern)
        compiled.withLock { cache in
            if cache.count >= Self.capacity { cache.removeAll(keepingCapacity: true) }
            cache[key] = regex
        }
        return regex
    }
}
