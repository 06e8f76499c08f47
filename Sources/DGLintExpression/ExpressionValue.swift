public import DGLintModel
public import DGLintThai

/// A value of the expression language.
///
/// Values read from a document keep its shape: objects become maps with string keys in document order, arrays
/// become lists, JSON integers `int` and other numbers `double`. Lists and maps built from a document convert
/// their elements only when they are read, so a rule that looks at one field of a large document does not
/// copy the rest.
///
/// Equality is CEL's: values of different types are unequal, except that `int` and `double` compare by
/// numeric value (`1 == 1.0`); dates are equal when they are the same day, whatever era they were written in.
public enum ExpressionValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list(ExpressionList)
    case map(ExpressionMap)
    case type(ExpressionType)
    /// A calendar day, from `date("2569-03-31")`.
    case date(ThaiDate)

    /// The value of a document node.
    public init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(Int64(i))
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array(let elements): self = .list(ExpressionList(document: elements))
        case .object: self = .map(ExpressionMap(document: value))
        }
    }

    /// The document object a map value reads, when it is one (see ``ExpressionMap``).
    var documentNode: Value? {
        if case .map(let map) = self { map.documentNode } else { nil }
    }

    /// The runtime type.
    public var type: ExpressionType {
        switch self {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .double: .double
        case .string: .string
        case .list: .list
        case .map: .map
        case .type: .type
        case .date: .date
        }
    }

    /// The value as JSON, for printing: dates as `YYYY-MM-DD` with the BE year, types as their name, maps in
    /// insertion order with keys written as text.
    public var json: Value {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int(i))
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .list(let list): return .array(list.map(\.json))
        case .map(let map):
            let members = map.entries.map { ($0.key.keyText, $0.value.json) }
            return .object(.init(members, uniquingKeysWith: { _, last in last }))
        case .type(let t): return .string(t.rawValue)
        case .date(let d): return .string(d.description)
        }
    }

    /// A map key or value written as text for messages and JSON keys: strings unquoted, others as `string()`.
    var keyText: String {
        switch self {
        case .string(let s): s
        default: Conversions.text(of: self) ?? "\(type)"
        }
    }

    /// CEL equality: heterogeneous numbers by value, other types unequal, dates by day.
    public static func == (lhs: ExpressionValue, rhs: ExpressionValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)): Numbers.compare(a, b) == .same
        case (.string(let a), .string(let b)): a.hasSameScalars(as: b)
        case (.list(let a), .list(let b)): a == b
        case (.map(let a), .map(let b)): a == b
        case (.type(let a), .type(let b)): a == b
        case (.date(let a), .date(let b)): a.dayNumber == b.dayNumber
        default: false
        }
    }

    /// Hashes consistently with ``==``: numbers by their value as a double, dates by day.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let i): hasher.combine(Double(i))
        case .double(let d): hasher.combine(d)
        case .string(let s): hasher.combine(s)
        case .list(let l): hasher.combine(l)
        case .map(let m): hasher.combine(m)
        case .type(let t): hasher.combine(t)
        case .date(let d): hasher.combine(d.dayNumber)
        }
    }
}
