import OrderedCollections

extension Value {
    private enum Tag: UInt8 {
        case null, `false`, `true`, int, double, string, array, object
    }

    /// Appends the value in the binary format ``init(reading:maxDepth:)`` reads.
    public func write(to writer: inout BinaryWriter) {
        switch self {
        case .null: writer.byte(Tag.null.rawValue)
        case .bool(let b): writer.byte(b ? Tag.true.rawValue : Tag.false.rawValue)
        case .int(let i):
            writer.byte(Tag.int.rawValue)
            writer.uint64(UInt64(bitPattern: Int64(i)))
        case .double(let d):
            writer.byte(Tag.double.rawValue)
            writer.uint64(d.bitPattern)
        case .string(let s):
            writer.byte(Tag.string.rawValue)
            writer.string(s)
        case .array(let elements):
            writer.byte(Tag.array.rawValue)
            writer.count(elements.count)
            for element in elements { element.write(to: &writer) }
        case .object(let members):
            writer.byte(Tag.object.rawValue)
            writer.count(members.count)
            for (key, member) in members {
                writer.string(key)
                member.write(to: &writer)
            }
        }
    }

    /// Reads a value written by ``write(to:)``, counting its nodes (in pre-order, as a ``SourceMap`` does);
    /// fails on malformed input, on nesting deeper than `maxDepth` and on a repeated object key.
    public init(reading reader: inout BinaryReader, maxDepth: Int, nodes: inout Int) throws(BinaryReader.Malformed) {
        guard maxDepth > 0, let tag = Tag(rawValue: try reader.byte()) else { throw BinaryReader.Malformed() }
        nodes += 1
        switch tag {
        case .null: self = .null
        case .false: self = .bool(false)
        case .true: self = .bool(true)
        case .int: self = .int(Int(truncatingIfNeeded: Int64(bitPattern: try reader.uint64())))
        case .double: self = .double(Double(bitPattern: try reader.uint64()))
        case .string: self = .string(try reader.string())
        case .array:
            let count = try reader.count()
            var elements: [Value] = []
            elements.reserveCapacity(count)
            for _ in 0..<count {
                elements.append(try Value(reading: &reader, maxDepth: maxDepth - 1, nodes: &nodes))
            }
            self = .array(elements)
        case .object:
            let count = try reader.count()
            if count <= Self.unhashedMembers {
                self = .object(try Self.smallObject(count, &reader, maxDepth: maxDepth, nodes: &nodes))
                return
            }
            var members = OrderedDictionary<String, Value>(minimumCapacity: count)
            for _ in 0..<count {
                let key = try reader.string()
                let member = try Value(reading: &reader, maxDepth: maxDepth - 1, nodes: &nodes)
                guard members.updateValue(member, forKey: key) == nil else { throw BinaryReader.Malformed() }
            }
            self = .object(members)
        }
    }

    /// The most members an `OrderedDictionary` holds without a hash table (swift-collections'
    /// `_HashTable.maximumUnhashedCount`): it finds a key by comparing it with each.
    static let unhashedMembers = 15

    /// The members of an object of at most ``unhashedMembers`` members, collected in two arrays and made a
    /// dictionary at once. A repeated key is found the way `updateValue` would find it (by comparing it with each
    /// key before it), without the dictionary's work for every insertion.
    private static func smallObject(
        _ count: Int, _ reader: inout BinaryReader, maxDepth: Int, nodes: inout Int
    ) throws(BinaryReader.Malformed) -> OrderedDictionary<String, Value> {
        var keys = ContiguousArray<String>()
        var values = ContiguousArray<Value>()
        keys.reserveCapacity(count)
        values.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.string()
            guard !keys.contains(key) else { throw BinaryReader.Malformed() }
            keys.append(key)
            values.append(try Value(reading: &reader, maxDepth: maxDepth - 1, nodes: &nodes))
        }
        return OrderedDictionary(uncheckedUniqueKeys: keys, values: values)
    }
}
