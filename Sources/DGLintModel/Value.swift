public import OrderedCollections

/// A JSON value: the data model every proposal, pack and query works on.
///
/// Objects keep their keys in document order, so query results, findings and reports come out in the
/// order a person reads the file. Integers and doubles are distinct cases but compare numerically:
/// `.int(1) == .double(1.0)`, as JSONPath and CEL both require.
public enum Value: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([Value])
    case object(ValueObject)

    /// An object of `members`.
    @inlinable
    public static func object(_ members: OrderedDictionary<String, Value>) -> Value {
        .object(ValueObject(members))
    }
}

extension Value {
    /// The kind of a value, for messages and type checks.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case null, boolean, integer, number, string, array, object

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The kind of this value; an integer is `.integer` (and also a number, see ``isNumber``).
    public var kind: Kind {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .int: .integer
        case .double: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    public var isNull: Bool { if case .null = self { true } else { false } }
    public var isNumber: Bool {
        switch self {
        case .int, .double: true
        default: false
        }
    }

    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var arrayValue: [Value]? { if case .array(let a) = self { a } else { nil } }
    public var objectValue: ValueObject? { if case .object(let o) = self { o } else { nil } }

    /// The value as a double when it is a number (never parses strings).
    public var doubleValue: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }

    /// The value as an integer when it is an integer, or a double with no fractional part.
    public var intValue: Int? {
        switch self {
        case .int(let i): i
        case .double(let d): d.rounded() == d && abs(d) < 9.2e18 ? Int(d) : nil
        default: nil
        }
    }

    /// The member `key` of an object, or nil.
    public subscript(key: String) -> Value? {
        if case .object(let o) = self { o[key] } else { nil }
    }

    /// The element `index` of an array (negative counts from the end), or nil.
    public subscript(index: Int) -> Value? {
        guard case .array(let a) = self else { return nil }
        let i = index < 0 ? a.count + index : index
        guard a.indices.contains(i) else { return nil }
        return a[i]
    }

    /// The child at one path step, or nil.
    public subscript(element: PathElement) -> Value? {
        switch element {
        case .key(let k): self[k]
        case .index(let i): i >= 0 ? self[i] : nil
        }
    }

    /// The node at `path` below this one, or nil when any step is missing. Inlinable, so that callers in other
    /// modules get it specialised for their collection: unspecialised, its run-time dispatch cost 1,700
    /// instructions a call.
    @inlinable
    public func value(at path: some Collection<PathElement>) -> Value? {
        var node = self
        for element in path {
            guard let next = node[element] else { return nil }
            node = next
        }
        return node
    }

    /// Whether the value is "truthy" in the sense rules authors expect: not null, false, 0, "" or empty.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .int(let i): i != 0
        case .double(let d): d != 0 && !d.isNaN
        case .string(let s): !s.isEmpty
        case .array(let a): !a.isEmpty
        case .object(let o): !o.isEmpty
        }
    }
}

extension Value: Equatable {
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)): Int(exactly: b) == a
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.sharesStorage(with: b) || (a.count == b.count && a.allSatisfy { key, value in b[key] == value })
        default: false
        }
    }
}

extension Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let i): hasher.combine(Double(i))
        case .double(let d): hasher.combine(d)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let o):
            // Order-independent, to agree with ==.
            var sum = 0
            for (key, value) in o {
                var h = Hasher()
                h.combine(key)
                h.combine(value)
                sum &+= h.finalize()
            }
            hasher.combine(sum)
        }
    }
}

extension Value: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: Value...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .object(OrderedDictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
