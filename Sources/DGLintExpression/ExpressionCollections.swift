import DGLintModel

/// A list value: built by the expression, or an array of the document converted element by element on read.
public struct ExpressionList: Sendable, Hashable, RandomAccessCollection {
    private enum Storage: Sendable {
        case values([ExpressionValue])
        case document([Value])
    }

    private let storage: Storage

    /// A list of `values`.
    public init(_ values: [ExpressionValue]) { storage = .values(values) }

    /// A list over a document array.
    init(document elements: [Value]) { storage = .document(elements) }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .values(let v): v.count
        case .document(let d): d.count
        }
    }

    public subscript(position: Int) -> ExpressionValue {
        switch storage {
        case .values(let v): v[position]
        case .document(let d): ExpressionValue(d[position])
        }
    }

    /// Lists are equal when they have equal elements in the same order.
    public static func == (lhs: ExpressionList, rhs: ExpressionList) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

/// A map value with keys in insertion order: built by a map literal (keys `int`, `bool` or `string`), or a
/// document object (string keys) converted member by member on read.
public struct ExpressionMap: Sendable, Hashable {
    private enum Storage: Sendable {
        case values(keys: [ExpressionValue], values: [ExpressionValue], index: [ExpressionValue: Int])
        case document(Value)
    }

    private let storage: Storage

    /// A map of `entries`, or nil when a key repeats (returned as that key).
    static func build(_ entries: [(ExpressionValue, ExpressionValue)]) -> Result<ExpressionMap, RepeatedKey> {
        var keys: [ExpressionValue] = []
        var values: [ExpressionValue] = []
        var index: [ExpressionValue: Int] = [:]
        for (key, value) in entries {
            let normal = Self.normalize(key)
            if index[normal] != nil { return .failure(RepeatedKey(key: key)) }
            index[normal] = keys.count
            keys.append(normal)
            values.append(value)
        }
        return .success(ExpressionMap(storage: .values(keys: keys, values: values, index: index)))
    }

    /// A key that appears twice in a map literal.
    struct RepeatedKey: Error {
        var key: ExpressionValue
    }

    private init(storage: Storage) { self.storage = storage }

    /// A map over a document object.
    init(document: Value) { storage = .document(document) }

    /// A whole-number double as the int it equals, so `{1: "a"}[1.0]` finds the entry.
    private static func normalize(_ key: ExpressionValue) -> ExpressionValue {
        if case .double(let d) = key, let i = Int64(exactly: d) { return .int(i) }
        return key
    }

    /// The number of entries.
    public var count: Int {
        switch storage {
        case .values(let keys, _, _): keys.count
        case .document(let object): object.objectValue?.count ?? 0
        }
    }

    /// The value for `key`, or nil when absent.
    public subscript(key: ExpressionValue) -> ExpressionValue? {
        switch storage {
        case .values(_, let values, let index):
            return index[Self.normalize(key)].map { values[$0] }
        case .document(let object):
            guard case .string(let name) = key, let member = object[name] else { return nil }
            return ExpressionValue(member)
        }
    }

    /// The document object the map reads, when it is one.
    var documentNode: Value? {
        if case .document(let object) = storage { object } else { nil }
    }

    /// The value for the string key `name`, as `a.name` reads it, or nil when absent.
    func member(_ name: String) -> ExpressionValue? {
        switch storage {
        case .values(_, let values, let index):
            return index[.string(name)].map { values[$0] }
        case .document(let object):
            guard case .object(let members) = object, let member = members[name] else { return nil }
            return ExpressionValue(member)
        }
    }

    /// Whether the string key `name` is present, as `has(a.name)` asks.
    func hasMember(_ name: String) -> Bool {
        switch storage {
        case .values(_, _, let index):
            return index[.string(name)] != nil
        case .document(let object):
            guard case .object(let members) = object else { return false }
            return members.hasMember(name)
        }
    }

    /// The keys in insertion order.
    public var keys: [ExpressionValue] {
        switch storage {
        case .values(let keys, _, _): return keys
        case .document(let object):
            return (object.objectValue?.keys).map { $0.map { ExpressionValue.string($0) } } ?? []
        }
    }

    /// The entries in insertion order.
    public var entries: [(key: ExpressionValue, value: ExpressionValue)] {
        switch storage {
        case .values(let keys, let values, _):
            return Array(zip(keys, values)).map { (key: $0.0, value: $0.1) }
        case .document(let object):
            return (object.objectValue ?? ValueObject()).map {
                (key: ExpressionValue.string($0.key), value: ExpressionValue($0.value))
            }
        }
    }

    /// Maps are equal when they have the same keys with equal values, in any order.
    public static func == (lhs: ExpressionMap, rhs: ExpressionMap) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in lhs.entries {
            guard let other = rhs[key], other == value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for (key, value) in entries {
            var h = Hasher()
            h.combine(key)
            h.combine(value)
            sum &+= h.finalize()
        }
        hasher.combine(sum)
    }
}
