import DGLintModel

extension SchemaRegistry {
    /// Keywords whose value is one subschema.
    static let singleSchemaKeywords: [String] = [
        "items", "contains", "additionalProperties", "propertyNames", "if", "then", "else", "not",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    ]
    /// Keywords whose value is an object of subschemas.
    static let schemaMapKeywords: [String] = ["$defs", "properties", "patternProperties", "dependentSchemas"]
    /// Keywords whose value is an array of subschemas.
    static let schemaArrayKeywords: [String] = ["prefixItems", "allOf", "anyOf", "oneOf"]

    /// One location waiting to be traversed.
    private struct Pending {
        var value: Value
        var key: LocationKey
        var base: String
        var resource: Int
        var dialect: Dialect
        var depth: Int
    }

    /// Walks the schema at `key` and every subschema below it (without recursion, so nesting depth cannot
    /// exhaust the stack), recording base URIs, resources, anchors and dialects.
    mutating func traverse(
        _ value: Value, at key: LocationKey, base: String, resource: Int, dialect: Dialect, depth: Int
    ) throws(SchemaError) {
        var stack = [Pending(value: value, key: key, base: base, resource: resource, dialect: dialect, depth: depth)]
        while var item = stack.popLast() {
            guard info[item.key] == nil else { continue }
            guard item.depth <= Self.maxSchemaDepth else {
                throw SchemaError(
                    message: "the schema nests subschemas more than \(Self.maxSchemaDepth) deep; flatten it with $defs",
                    schemaPath: schemaPath(item.key))
            }
            if case .object = item.value {
                try identify(item.value, &item)
                for child in children(of: item.value, at: item.key) {
                    stack.append(
                        Pending(
                            value: child.value, key: child.key, base: item.base, resource: item.resource,
                            dialect: item.dialect, depth: item.depth + 1))
                }
            }
            info[item.key] = LocationInfo(
                base: item.base, resource: item.resource, dialect: item.dialect, depth: item.depth, value: item.value)
            newLocations.append(item.key)
        }
    }

    /// Applies `$schema`, `$id`, `$anchor` and `$dynamicAnchor` of a schema object to `item`.
    private mutating func identify(_ members: Value, _ item: inout Pending) throws(SchemaError) {
        if let metaSchema = members["$schema"] {
            guard case .string(let text) = metaSchema else {
                throw SchemaError(
                    message: "'$schema' must be a URI string", schemaPath: schemaPath(item.key) + "/$schema")
            }
            let uri = URIReference.resolve(text, against: item.base).withoutFragment.text
            item.dialect = try dialect(forMetaSchema: uri, at: item.key)
        }
        if let id = members["$id"] {
            guard case .string(let text) = id else {
                throw SchemaError(message: "'$id' must be a URI string", schemaPath: schemaPath(item.key) + "/$id")
            }
            let reference = URIReference.resolve(text, against: item.base)
            if let fragment = reference.fragment, !fragment.isEmpty {
                throw SchemaError(
                    message: "'$id' must not have a fragment ('#\(fragment)'); use '$anchor' to name a subschema",
                    schemaPath: schemaPath(item.key) + "/$id")
            }
            item.base = reference.withoutFragment.text
            item.resource = registerResource(item.base, at: item.key)
        }
        for keyword in ["$anchor", "$dynamicAnchor"] {
            guard let anchor = members[keyword] else { continue }
            guard case .string(let name) = anchor, Self.isAnchorName(name) else {
                throw SchemaError(
                    message: "'\(keyword)' must be a name: a letter or '_', then letters, digits, '-', '_' or '.'",
                    schemaPath: schemaPath(item.key) + "/" + JSONPointer.escape(keyword))
            }
            if anchors[item.resource][name] == nil { anchors[item.resource][name] = item.key }
            if keyword == "$dynamicAnchor", dynamicAnchors[item.resource][name] == nil {
                dynamicAnchors[item.resource][name] = item.key
            }
        }
    }

    /// Where each keyword that holds subschemas comes in ``children(of:at:)``'s order: the single-schema keywords,
    /// then the maps, then the arrays, each group in the order of its list.
    private static let subschemaKeywordRank: [String: Int] = Dictionary(
        uniqueKeysWithValues: (singleSchemaKeywords + schemaMapKeywords + schemaArrayKeywords).enumerated().map {
            ($1, $0)
        })

    /// The subschemas directly below a schema object, in the keywords that hold subschemas: those of
    /// ``singleSchemaKeywords``, ``schemaMapKeywords`` and ``schemaArrayKeywords``, in the order of those lists.
    /// The object's members are looked up once each in a table of those keywords, rather than the object once for
    /// each of the nineteen keywords.
    private func children(of members: Value, at key: LocationKey) -> [(value: Value, key: LocationKey)] {
        guard case .object(let object) = members else { return [] }
        var present: [(rank: Int, keyword: String, value: Value)] = []
        for (name, value) in object {
            if let rank = Self.subschemaKeywordRank[name] { present.append((rank, name, value)) }
        }
        present.sort { $0.rank < $1.rank }
        var found: [(value: Value, key: LocationKey)] = []
        func add(_ value: Value, _ tokens: String...) {
            let pointer = tokens.reduce(into: key.pointer) { out, token in out += "/" + JSONPointer.escape(token) }
            found.append((value, LocationKey(document: key.document, pointer: pointer)))
        }
        let maps = Self.singleSchemaKeywords.count
        let arrays = maps + Self.schemaMapKeywords.count
        for (rank, keyword, value) in present {
            if rank < maps {
                add(value, keyword)
            } else if rank < arrays {
                guard case .object(let map) = value else { continue }
                for (name, value) in map { add(value, keyword, name) }
            } else {
                guard case .array(let list) = value else { continue }
                for (index, value) in list.enumerated() { add(value, keyword, String(index)) }
            }
        }
        return found
    }

    /// Whether `name` is a plain-name fragment as `$anchor` requires: `[A-Za-z_][-A-Za-z0-9._]*`.
    static func isAnchorName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }
}
