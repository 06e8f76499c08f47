import DGLintModel
import Testing

@testable import DGLintSchema

/// A schema with `unevaluated*`, an instance, and where the violations must be: annotations are collected only by
/// the schemas an `unevaluated*` keyword can see, and these cases fail if one of them stops collecting (a member
/// reported that was evaluated) or if annotations leak from where they must not (a member passed that was not).
struct AnnotationExample: Sendable, CustomTestStringConvertible {
    var name: String
    var schema: String
    var instance: String
    var at: [String]

    var testDescription: String { name }
}

let annotationExamples: [AnnotationExample] = [
    AnnotationExample(
        name: "allOf", schema: #"{"allOf": [{"properties": {"a": true}}], "unevaluatedProperties": false}"#,
        instance: #"{"a": 1, "b": 2}"#, at: ["/b"]),
    AnnotationExample(
        name: "$ref",
        schema:
            ##"{"$defs": {"d": {"properties": {"a": true}}}, "$ref": "#/$defs/d", "unevaluatedProperties": false}"##,
        instance: #"{"a": 1}"#, at: []),
    AnnotationExample(
        name: "$ref to a schema also used where nothing collects",
        schema: ##"""
            {"$defs": {"d": {"allOf": [{"$ref": "#/$defs/e"}]}, "e": {"properties": {"a": true}}},
             "properties": {"x": {"$ref": "#/$defs/d"}}, "$ref": "#/$defs/d", "unevaluatedProperties": false}
            """##,
        instance: #"{"x": {"a": 1, "b": 1}, "a": 1, "b": 2}"#, at: ["/b"]),
    AnnotationExample(
        name: "if and then",
        schema: #"""
            {"if": {"properties": {"kind": {"const": "a"}}, "required": ["kind"]},
             "then": {"properties": {"extra": true}}, "else": {"properties": {"other": true}},
             "unevaluatedProperties": false}
            """#,
        instance: #"{"kind": "a", "extra": 1, "other": 2}"#, at: ["/other"]),
    AnnotationExample(
        name: "a failed if and else",
        schema: #"""
            {"if": {"properties": {"kind": {"const": "a"}}, "required": ["kind"]},
             "then": {"properties": {"extra": true}}, "else": {"properties": {"other": true}},
             "unevaluatedProperties": false}
            """#,
        instance: #"{"kind": "b", "other": 2}"#, at: ["/kind"]),
    AnnotationExample(
        name: "every matching anyOf alternative",
        schema:
            #"{"anyOf": [{"properties": {"a": true}}, {"properties": {"b": true}}], "unevaluatedProperties": false}"#,
        instance: #"{"a": 1, "b": 2, "c": 3}"#, at: ["/c"]),
    AnnotationExample(
        name: "oneOf",
        schema: #"""
            {"oneOf": [{"properties": {"a": true}, "required": ["a"]}, {"properties": {"b": true}, "required": ["b"]}],
             "unevaluatedProperties": false}
            """#,
        instance: #"{"a": 1}"#, at: []),
    AnnotationExample(
        name: "dependentSchemas",
        schema: #"""
            {"properties": {"a": true}, "dependentSchemas": {"a": {"properties": {"b": true}}},
             "unevaluatedProperties": false}
            """#,
        instance: #"{"a": 1, "b": 2}"#, at: []),
    AnnotationExample(
        name: "dependentSchemas not triggered",
        schema: #"""
            {"properties": {"a": true}, "dependentSchemas": {"a": {"properties": {"b": true}}},
             "unevaluatedProperties": false}
            """#,
        instance: #"{"b": 2}"#, at: ["/b"]),
    AnnotationExample(
        name: "under a schema that collects nothing",
        schema: #"{"properties": {"p": {"allOf": [{"properties": {"a": true}}], "unevaluatedProperties": false}}}"#,
        instance: #"{"p": {"a": 1, "b": 2}, "b": 3}"#, at: ["/p/b"]),
    AnnotationExample(
        name: "nothing from a child",
        schema: #"{"properties": {"p": {"properties": {"a": true}}}, "unevaluatedProperties": false}"#,
        instance: #"{"p": {"a": 1}, "a": 2}"#, at: ["/a"]),
    AnnotationExample(
        name: "nothing through not",
        schema: #"{"not": {"not": {"properties": {"a": true}}}, "unevaluatedProperties": false}"#,
        instance: #"{"a": 1}"#, at: ["/a"]),
    AnnotationExample(
        name: "items through allOf",
        schema: #"{"allOf": [{"prefixItems": [true]}, {"contains": {"type": "string"}}], "unevaluatedItems": false}"#,
        instance: #"[1, "x", 2]"#, at: ["/2"]),
]

@Test(arguments: annotationExamples)
func unevaluatedSeesWhatInPlaceApplicatorsEvaluated(_ example: AnnotationExample) throws {
    let schema = try compile(example.schema)
    let seen = try violations(schema, example.instance)
    #expect(seen.map(\.at) == example.at, "\(seen)")
    #expect(schema.isValid(try json(example.instance)) == example.at.isEmpty)
}

/// Only a schema with `unevaluated*` and those it applies in place collect annotations: here `p`, its `allOf`
/// entry and `d`, which that entry refers to — not `e`, the root, or the property schemas.
@Test func onlySchemasAnUnevaluatedKeywordCanSeeCollectAnnotations() throws {
    let schema = try compile(
        ##"""
        {"properties": {"p": {"allOf": [{"$ref": "#/$defs/d"}], "unevaluatedProperties": false},
                        "q": {"$ref": "#/$defs/e"}},
         "$defs": {"d": {"properties": {"a": true}}, "e": {"properties": {"b": true}}}}
        """##)
    #expect(schema.program.nodes.count { $0.collectsAnnotations } == 3)
    #expect(schema.program.nodes[schema.program.root].collectsAnnotations == false)
    let plain = try compile(#"{"properties": {"a": {"allOf": [{"type": "string"}]}}}"#)
    #expect(!plain.program.nodes.contains { $0.collectsAnnotations })
}

/// Keyword paths hold raw tokens and escape them only when a violation is recorded: `/` as `~1`, `~` as `~0`.
@Test(arguments: [
    (#"{"properties": {"a/b": {"type": "string"}}}"#, #"{"a/b": 1}"#, "/properties/a~1b/type"),
    (#"{"patternProperties": {"^x/~": {"type": "string"}}}"#, #"{"x/~y": 1}"#, "/patternProperties/^x~1~0/type"),
    (#"{"dependentSchemas": {"a~b": {"required": ["c"]}}}"#, #"{"a~b": 1}"#, "/dependentSchemas/a~0b/required"),
    (##"{"$defs": {"a/b": {"type": "string"}}, "$ref": "#/$defs/a~1b"}"##, "1", "/$ref/type"),
])
func keywordPathsAreEscapedWhenReported(_ schema: String, _ instance: String, _ keywordPath: String) throws {
    #expect(try violations(compile(schema), instance).map(\.keywordPath) == [keywordPath])
}
