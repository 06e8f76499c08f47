import DGLintModel

/// Compiles schema documents into a ``SchemaProgram``.
///
/// Locations are compiled from a work list rather than by recursion: a subschema or `$ref` target is given a node
/// index at once and compiled later, which handles recursive schemas and keeps deep schemas off the stack.
struct SchemaCompiler {
    var registry: SchemaRegistry
    let options: SchemaOptions
    private(set) var nodes: [SchemaNode] = []
    private(set) var keywords: [CompiledKeyword] = []
    /// What the checks of ``keywords`` refer to.
    var operands = Operands()
    private var indexOf: [LocationKey: Int] = [:]
    private var pending: [LocationKey] = []
    private var regexes: [String: PatternRegex] = [:]
    /// What each URI reference resolved to, by the base it was resolved against: a schema repeats the same few
    /// `$ref`s (`#/$defs/text` 35 times in the proposal schema), and parsing the reference and its base again cost
    /// more than the rest of compiling the keyword. Only successes are kept; what a reference resolves to cannot
    /// change once it has resolved (resources and anchors are registered once, documents are never changed).
    private var resolved: [String: [String: (key: LocationKey, fragment: String?)]] = [:]

    init(loader: (@Sendable (String) -> Value?)?, options: SchemaOptions) {
        self.registry = SchemaRegistry(loader: loader)
        self.options = options
    }

    /// Compiles `schema`, retrieved from `uri`, and everything it references.
    mutating func compileProgram(_ schema: Value, uri: String) throws(SchemaError) -> SchemaProgram {
        let rootKey = try registry.addDocument(schema, uri: URIReference(uri).withoutFragment.text)
        let root = reserve(rootKey)
        reserveNewLocations()
        while let key = pending.popLast() {
            guard let index = indexOf[key] else { continue }
            nodes[index] = try compileNode(key)
            reserveNewLocations()
        }
        let dynamicAnchors = registry.dynamicAnchors.map { anchors in
            anchors.compactMapValues { indexOf[$0] }
        }
        Self.markAnnotationCollectors(
            &nodes, keywords: keywords, operands: operands, dynamicAnchors: dynamicAnchors)
        return SchemaProgram(
            nodes: nodes, keywords: keywords, operands: operands, root: root, dynamicAnchors: dynamicAnchors)
    }

    /// The node index for `key`, queueing it for compilation the first time.
    mutating func reserve(_ key: LocationKey) -> Int {
        if let index = indexOf[key] { return index }
        let index = nodes.count
        nodes.append(SchemaNode(resource: 0, body: .boolean(true)))
        indexOf[key] = index
        pending.append(key)
        return index
    }

    /// Queues every location traversal has found, so that unreferenced subschemas are checked too.
    private mutating func reserveNewLocations() {
        let found = registry.newLocations
        registry.newLocations.removeAll()
        for key in found { _ = reserve(key) }
    }

    /// An error about the value at `key` followed by `tokens`.
    func error(_ message: String, at key: LocationKey, _ tokens: String...) -> SchemaError {
        let pointer = tokens.reduce(into: key.pointer) { out, token in out += "/" + JSONPointer.escape(token) }
        return SchemaError(
            message: message, schemaPath: registry.schemaPath(LocationKey(document: key.document, pointer: pointer)))
    }

    private mutating func compileNode(_ key: LocationKey) throws(SchemaError) -> SchemaNode {
        guard let value = registry.value(at: key) else {
            throw error("no schema at this location", at: key)
        }
        let info = try registry.ensureInfo(key, value: value)
        switch value {
        case .bool(let b):
            return SchemaNode(resource: info.resource, body: .boolean(b))
        case .object:
            let compiled = try compileKeywords(value, at: key, info: info)
            let start = keywords.count
            keywords += compiled
            return SchemaNode(resource: info.resource, body: .keywords(start..<keywords.count))
        default:
            throw error("a schema must be an object or a boolean, found \(Messages.kindName(value).en)", at: key)
        }
    }

    /// The subschema at `key` followed by `tokens`, which must be an object or a boolean.
    mutating func subschema(_ key: LocationKey, _ tokens: String...) throws(SchemaError) -> Int {
        let pointer = tokens.reduce(into: key.pointer) { out, token in out += "/" + JSONPointer.escape(token) }
        let child = LocationKey(document: key.document, pointer: pointer)
        switch registry.value(at: child) {
        case .bool?, .object?: return reserve(child)
        case let other?:
            throw SchemaError(
                message: "a schema must be an object or a boolean, found \(Messages.kindName(other).en)",
                schemaPath: registry.schemaPath(child))
        case nil:
            throw SchemaError(message: "no schema at this location", schemaPath: registry.schemaPath(child))
        }
    }

    /// A compiled pattern, shared between keywords that use the same text.
    mutating func regex(_ pattern: String, at key: LocationKey, _ tokens: String...) throws(SchemaError) -> PatternRegex
    {
        if let known = regexes[pattern] { return known }
        do {
            let compiled = try PatternRegex(pattern)
            regexes[pattern] = compiled
            return compiled
        } catch {
            let pointer = tokens.reduce(into: key.pointer) { out, token in out += "/" + JSONPointer.escape(token) }
            throw SchemaError(
                message: "the pattern '\(pattern)' is not a regular expression dglint supports: \(error.message)",
                schemaPath: registry.schemaPath(LocationKey(document: key.document, pointer: pointer)))
        }
    }

    /// Resolves the URI reference `reference` from the schema at `key` to the location it names, loading
    /// documents through the loader when needed.
    mutating func resolve(
        _ reference: String, from key: LocationKey, info: LocationInfo, keyword: String
    ) throws(SchemaError) -> (key: LocationKey, fragment: String?) {
        if let known = resolved[info.base]?[reference] { return known }
        let target = try resolveAfresh(reference, from: key, info: info, keyword: keyword)
        resolved[info.base, default: [:]][reference] = target
        return target
    }

    /// ``resolve(_:from:info:keyword:)`` without the table of earlier results.
    private mutating func resolveAfresh(
        _ reference: String, from key: LocationKey, info: LocationInfo, keyword: String
    ) throws(SchemaError) -> (key: LocationKey, fragment: String?) {
        let target = URIReference.resolve(reference, against: info.base)
        let absolute = target.withoutFragment.text
        guard let root = try registry.resourceRoot(absolute) else {
            throw error(
                "cannot resolve '\(reference)': no schema is known or loadable at \(absolute)", at: key, keyword)
        }
        let fragment = target.fragment ?? ""
        guard !fragment.isEmpty else { return (root, nil) }
        guard let decoded = URIReference.percentDecoded(fragment) else {
            throw error("cannot resolve '\(reference)': the fragment is not valid percent-encoding", at: key, keyword)
        }
        if decoded.hasPrefix("/") {
            guard let tokens = JSONPointer.tokens(decoded) else {
                throw error("cannot resolve '\(reference)': '\(decoded)' is not a JSON pointer", at: key, keyword)
            }
            let found = LocationKey(document: root.document, pointer: root.pointer + JSONPointer.pointer(tokens))
            guard registry.value(at: found) != nil else {
                throw error("cannot resolve '\(reference)': nothing at \(decoded) in \(absolute)", at: key, keyword)
            }
            return (found, nil)
        }
        guard let resource = registry.resourceIndex[root], let anchored = registry.anchors[resource][decoded] else {
            throw error("cannot resolve '\(reference)': no anchor '\(decoded)' in \(absolute)", at: key, keyword)
        }
        return (anchored, decoded)
    }
}
