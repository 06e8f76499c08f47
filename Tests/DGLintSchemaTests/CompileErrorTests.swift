import DGLintModel
import DGLintSchema
import Testing

/// Invalid schemas are refused at compile time with the pointer of the offending value.
@Test(arguments: [
    (#"{"type": 12}"#, "/type"),
    (#"{"type": "text"}"#, "/type"),
    (#"{"properties": {"a": {"minLength": -1}}}"#, "/properties/a/minLength"),
    (#"{"maxItems": 1.5}"#, "/maxItems"),
    (#"{"multipleOf": 0}"#, "/multipleOf"),
    (#"{"minimum": "5"}"#, "/minimum"),
    (#"{"required": ["a", 1]}"#, "/required"),
    (#"{"pattern": "(unclosed"}"#, "/pattern"),
    (#"{"patternProperties": {"a(?=b)": true}}"#, "/patternProperties/a(?=b)"),
    (#"{"allOf": []}"#, "/allOf"),
    (#"{"items": 5}"#, "/items"),
    (##"{"$ref": "#/$defs/missing"}"##, "/$ref"),
    (##"{"$ref": "#nowhere"}"##, "/$ref"),
    (#"{"$ref": "other.json"}"#, "/$ref"),
    (#"{"$id": "https://x.example/a#frag"}"#, "/$id"),
    (#"{"$anchor": "1bad"}"#, "/$anchor"),
    (#"{"$defs": {"x": {"enum": 1}}}"#, "/$defs/x/enum"),
    ("12", ""),
])
func invalidSchema(_ schema: String, _ path: String) throws {
    let error = #expect(throws: SchemaError.self) { try compile(schema) }
    #expect(error?.schemaPath == path)
    #expect(error.map { !$0.message.isEmpty } == true)
}

/// The message says what is wrong in words a schema author can act on.
@Test func compileErrorMessages() throws {
    let typeError = #expect(throws: SchemaError.self) { try compile(#"{"type": 12}"#) }
    #expect(
        typeError?.description
            == "schema at /type: 'type' must be a type name or a non-empty array of type names, found 12")
    let lengthError = #expect(throws: SchemaError.self) { try compile(#"{"minLength": -1}"#) }
    #expect(lengthError?.message == "'minLength' must be a non-negative integer, found -1")
}

/// Keywords of vocabularies a custom meta-schema leaves out are ignored, and a required unknown vocabulary is
/// refused.
@Test func vocabularies() throws {
    let meta = try json(
        #"""
        {"$id": "urn:dg:meta", "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true,
         "https://json-schema.org/draft/2020-12/vocab/applicator": true}}
        """#)
    let strange = try json(#"{"$vocabulary": {"urn:dg:vocab:magic": true}}"#)
    let loader: @Sendable (String) -> Value? = { uri in
        switch uri {
        case "urn:dg:meta": meta
        case "urn:dg:strange": strange
        default: nil
        }
    }
    let schema = try compile(#"{"$schema": "urn:dg:meta", "minimum": 10, "not": true}"#, loader: loader)
    #expect(try violations(schema, "1").map(\.keyword) == ["not"])
    let error = #expect(throws: SchemaError.self) { try compile(#"{"$schema": "urn:dg:strange"}"#, loader: loader) }
    #expect(error?.message.contains("urn:dg:vocab:magic") == true)
}
