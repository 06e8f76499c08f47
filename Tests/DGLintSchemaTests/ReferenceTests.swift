import DGLintModel
import DGLintSchema
import Synchronization
import Testing

/// Violations found through `$ref` carry the evaluation path, `$ref` included.
@Test func keywordPathGoesThroughRef() throws {
    let schema = try compile(
        #"""
        {
            "properties": {"budget": {"$ref": "#/$defs/money"}},
            "$defs": {"money": {"properties": {"total": {"type": "number", "minimum": 0}}}}
        }
        """#)
    let seen = try violations(schema, #"{"budget": {"total": -5}}"#)
    #expect(seen.map(\.keywordPath) == ["/properties/budget/$ref/properties/total/minimum"])
    #expect(seen.map(\.at) == ["/budget/total"])
}

/// JSON pointer fragments are percent-decoded, then `~1` and `~0` unescaped.
@Test func pointerFragmentsAreDecoded() throws {
    let schema = try compile(
        #"""
        {
            "$defs": {"a/b": {"type": "integer"}, "c~d": {"type": "string"}, "e%f": {"type": "null"}},
            "prefixItems": [{"$ref": "#/$defs/a~1b"}, {"$ref": "#/$defs/c~0d"}, {"$ref": "#/$defs/e%25f"}]
        }
        """#)
    #expect(schema.isValid(try json(#"[1, "x", null]"#)))
    #expect(
        try violations(schema, #"[1.5, 2, 3]"#).map(\.keywordPath) == [
            "/prefixItems/0/$ref/type", "/prefixItems/1/$ref/type", "/prefixItems/2/$ref/type",
        ])
}

/// `$anchor` names a subschema; a relative `$id` is resolved against the enclosing base URI.
@Test func anchorsAndRelativeIDs() throws {
    let schema = try compile(
        #"""
        {
            "$id": "https://dg.example/schemas/proposal.json",
            "properties": {
                "owner": {"$ref": "agency.json"},
                "code": {"$ref": "#code"}
            },
            "$defs": {
                "agency": {"$id": "agency.json", "required": ["name"]},
                "code": {"$anchor": "code", "pattern": "^DG-"}
            }
        }
        """#)
    let seen = try violations(schema, #"{"owner": {}, "code": "X"}"#)
    #expect(seen.map(\.keywordPath) == ["/properties/owner/$ref/required", "/properties/code/$ref/pattern"])
}

/// The same reference text resolves against the base URI where it is written: the compiler keeps what each
/// reference resolved to by its base, so a reference repeated under another `$id` is not taken for the first.
@Test func repeatedReferencesResolveAgainstTheirOwnBase() throws {
    let schema = try compile(
        #"""
        {
            "$id": "https://dg.example/schemas/root.json",
            "properties": {
                "a": {"$ref": "#/$defs/t"},
                "b": {"$ref": "#/$defs/t"},
                "sub": {"$ref": "sub.json"},
                "c": {"$ref": "#kind"},
                "d": {"$ref": "#kind"}
            },
            "$defs": {
                "t": {"type": "string"},
                "k": {"$anchor": "kind", "enum": ["x"]},
                "sub": {
                    "$id": "sub.json",
                    "properties": {"a": {"$ref": "#/$defs/t"}, "b": {"$ref": "#/$defs/t"}, "c": {"$ref": "#kind"}},
                    "$defs": {"t": {"type": "integer"}, "k": {"$anchor": "kind", "enum": ["y"]}}
                }
            }
        }
        """#)
    #expect(schema.isValid(try json(#"{"a": "s", "b": "s", "c": "x", "d": "x", "sub": {"a": 1, "b": 2, "c": "y"}}"#)))
    let seen = try violations(schema, #"{"a": 1, "c": "y", "sub": {"a": "s", "b": "s", "c": "x"}}"#)
    #expect(
        seen.map(\.keywordPath).sorted() == [
            "/properties/a/$ref/type", "/properties/c/$ref/enum", "/properties/sub/$ref/properties/a/$ref/type",
            "/properties/sub/$ref/properties/b/$ref/type", "/properties/sub/$ref/properties/c/$ref/enum",
        ])
}

/// A reference that resolves under one base is still an error under another where it leads nowhere.
@Test func aReferenceResolvedElsewhereStillFailsUnderItsOwnBase() throws {
    #expect(
        throws: SchemaError(
            message: "cannot resolve '#/$defs/t': nothing at /$defs/t in https://dg.example/s.json",
            schemaPath: "/$defs/s/properties/x/$ref")
    ) {
        try compile(
            #"""
            {
                "$id": "https://dg.example/r.json",
                "properties": {"a": {"$ref": "#/$defs/t"}, "b": {"$ref": "#/$defs/t"}},
                "$defs": {"t": true, "s": {"$id": "s.json", "properties": {"x": {"$ref": "#/$defs/t"}}}}
            }
            """#)
    }
}

/// The loader serves other documents by absolute URI; references into them resolve by pointer.
@Test func loaderServesLocalDocuments() throws {
    let common = try json(#"{"$defs": {"amount": {"type": "number", "minimum": 0}}}"#)
    let loader: @Sendable (String) -> Value? = { uri in uri == "file:///packs/common.json" ? common : nil }
    let schema = try JSONSchema.compile(
        try json(#"{"properties": {"total": {"$ref": "common.json#/$defs/amount"}}}"#),
        uri: "file:///packs/proposal.json", loader: loader)
    #expect(schema.isValid(try json(#"{"total": 10}"#)))
    #expect(try violations(schema, #"{"total": -1}"#).map(\.keywordPath) == ["/properties/total/$ref/minimum"])
}

/// A loader that refuses a URI makes the reference a compile error naming it; the network is never tried.
@Test func loaderRefusingUnknownURIs() throws {
    let asked = LockedList()
    let loader: @Sendable (String) -> Value? = { uri in
        asked.append(uri)
        return nil
    }
    let error = #expect(throws: SchemaError.self) {
        try compile(#"{"items": {"$ref": "https://elsewhere.example/x.json#/a"}}"#, loader: loader)
    }
    #expect(error?.schemaPath == "/items/$ref")
    #expect(error?.message.contains("https://elsewhere.example/x.json") == true)
    #expect(asked.items == ["https://elsewhere.example/x.json"])
}

/// The draft 2020-12 meta-schema is built in: schemas can be validated against it without a loader.
@Test func metaSchemaIsBundled() throws {
    let meta = try compile(#"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#)
    #expect(meta.isValid(try json(#"{"type": "object", "properties": {"a": {"minLength": 1}}}"#)))
    let seen = try violations(meta, #"{"properties": {"a": {"minLength": -1}}}"#)
    #expect(!seen.isEmpty)
    #expect(seen.allSatisfy { $0.at.hasPrefix("/properties/a") || $0.at == "" })
    #expect(seen.contains { $0.keyword == "minimum" && $0.at == "/properties/a/minLength" })
}

/// `$dynamicRef` resolves to the outermost `$dynamicAnchor` in the dynamic scope: here a tree whose nodes the
/// extending schema makes strict.
@Test func dynamicRefUsesDynamicScope() throws {
    let tree = try json(
        #"""
        {
            "$id": "https://dg.example/tree",
            "$dynamicAnchor": "node",
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$dynamicRef": "#node"}}}
        }
        """#)
    let loader: @Sendable (String) -> Value? = { $0 == "https://dg.example/tree" ? tree : nil }
    let strict = try compile(
        #"""
        {
            "$id": "https://dg.example/strict-tree",
            "$dynamicAnchor": "node",
            "$ref": "tree",
            "unevaluatedProperties": false
        }
        """#, loader: loader)
    #expect(strict.isValid(try json(#"{"children": [{"children": []}]}"#)))
    let seen = try violations(strict, #"{"children": [{"childrem": []}]}"#)
    #expect(seen.map(\.at) == ["/children/0/childrem"])
    #expect(seen.map(\.keyword) == ["unevaluatedProperties"])
}

/// A list the loader appends to from any thread.
final class LockedList: Sendable {
    private let list = Mutex<[String]>([])

    func append(_ item: String) { list.withLock { $0.append(item) } }
    var items: [String] { list.withLock { $0 } }
}
