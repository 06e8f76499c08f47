import DGLintModel

/// A schema location: a document (by index) and a JSON pointer inside it.
struct LocationKey: Hashable, Sendable {
    var document: Int
    var pointer: String
}

/// What compiling a location needs to know about where it sits.
struct LocationInfo: Sendable {
    /// The base URI in effect (the nearest `$id`, or the document's URI).
    var base: String
    /// The schema resource the location belongs to.
    var resource: Int
    /// The vocabularies in effect.
    var dialect: Dialect
    /// How many schemas deep the location is in its document.
    var depth: Int
    /// The value at the location, as traversal found it: reading it here instead of walking the document by the
    /// location's pointer saves splitting the pointer into tokens for every subschema compiled.
    var value: Value
}

/// The schema documents known while compiling, and every identifier they declare: resources (`$id` and
/// retrieval URIs), `$anchor`s and `$dynamicAnchor`s.
struct SchemaRegistry {
    /// The deepest a schema may nest subschemas.
    static let maxSchemaDepth = 128

    var documents: [(uri: String, root: Value)] = []
    /// Absolute URIs (without fragment) of schema resources → their root location.
    var resources: [String: LocationKey] = [:]
    /// Resource root locations → resource index.
    var resourceIndex: [LocationKey: Int] = [:]
    /// For each resource, its dynamic anchors.
    var dynamicAnchors: [[String: LocationKey]] = []
    /// For each resource, its `$anchor` and `$dynamicAnchor` names.
    var anchors: [[String: LocationKey]] = []
    /// Every location found by traversal.
    var info: [LocationKey: LocationInfo] = [:]
    /// Locations traversed and not yet handed to the compiler.
    var newLocations: [LocationKey] = []
    /// Documents fetched by URI (bundled meta-schemas or the loader), including misses.
    private var fetched: [String: Value?] = [:]
    private var dialects: [String: Dialect] = [:]
    let loader: (@Sendable (String) -> Value?)?

    init(loader: (@Sendable (String) -> Value?)?) {
        self.loader = loader
    }

    /// Adds a document retrieved from `uri` and traverses it; returns its root location.
    mutating func addDocument(_ root: Value, uri: String) throws(SchemaError) -> LocationKey {
        let key = LocationKey(document: documents.count, pointer: "")
        documents.append((uri, root))
        let resource = registerResource(uri, at: key)
        try traverse(root, at: key, base: uri, resource: resource, dialect: .standard, depth: 0)
        return key
    }

    /// The root location of the resource with absolute URI `uri`, fetching the document when it is not known.
    mutating func resourceRoot(_ uri: String) throws(SchemaError) -> LocationKey? {
        if let key = resources[uri] { return key }
        guard let document = fetch(uri) else { return nil }
        return try addDocument(document, uri: uri)
    }

    /// A document by URI: a bundled meta-schema, or what the loader returns.
    mutating func fetch(_ uri: String) -> Value? {
        if let cached = fetched[uri] { return cached }
        let document = MetaSchemas.document(uri) ?? loader?(uri)
        fetched[uri] = document
        return document
    }

    /// The value at `key`, or nil when the pointer leads nowhere.
    func value(at key: LocationKey) -> Value? {
        if let known = info[key] { return known.value }
        guard key.document < documents.count, let tokens = JSONPointer.tokens(key.pointer) else { return nil }
        return JSONPointer.value(in: documents[key.document].root, at: tokens)
    }

    /// The schema path of `key` for messages: the pointer, prefixed by the URI outside the first document.
    func schemaPath(_ key: LocationKey) -> String {
        key.document == 0 ? key.pointer : documents[key.document].uri + "#" + key.pointer
    }

    /// The information for `key`, traversing it first when it was not reached by traversal (a `$ref` into a
    /// place that is not a known subschema keyword).
    mutating func ensureInfo(_ key: LocationKey, value: Value) throws(SchemaError) -> LocationInfo {
        if let known = info[key] { return known }
        var pointer = Substring(key.pointer)
        var parent: LocationInfo?
        while parent == nil, let slash = pointer.lastIndex(of: "/") {
            pointer = pointer[..<slash]
            parent = info[LocationKey(document: key.document, pointer: String(pointer))]
        }
        guard let parent else {
            throw SchemaError(message: "internal: no enclosing schema for this location", schemaPath: schemaPath(key))
        }
        try traverse(
            value, at: key, base: parent.base, resource: parent.resource, dialect: parent.dialect,
            depth: parent.depth + 1)
        guard let found = info[key] else {
            throw SchemaError(message: "internal: location not traversed", schemaPath: schemaPath(key))
        }
        return found
    }

    /// Registers `uri` as naming the resource rooted at `key`; returns the resource's index.
    mutating func registerResource(_ uri: String, at key: LocationKey) -> Int {
        if resources[uri] == nil { resources[uri] = key }
        if let index = resourceIndex[key] { return index }
        resourceIndex[key] = dynamicAnchors.count
        dynamicAnchors.append([:])
        anchors.append([:])
        return dynamicAnchors.count - 1
    }

    /// The vocabularies a meta-schema declares: the standard dialect for the 2020-12 meta-schema, for a
    /// meta-schema that cannot be fetched, or one without `$vocabulary`.
    mutating func dialect(forMetaSchema uri: String, at key: LocationKey) throws(SchemaError) -> Dialect {
        if uri == MetaSchemas.schemaURI { return .standard }
        if let known = dialects[uri] { return known }
        var dialect = Dialect.standard
        if let vocabularies = fetch(uri)?["$vocabulary"], case .object = vocabularies {
            dialect = try Dialect(vocabularies: vocabularies, metaSchema: uri, schemaPath: schemaPath(key))
        }
        dialects[uri] = dialect
        return dialect
    }
}
