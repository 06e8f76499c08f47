import DGLintModel
import DGLintSchema
import Testing

/// Builds a value nested `depth` arrays deep around `inner`, without recursion.
func nestedArrays(_ depth: Int, around inner: Value = .null) -> Value {
    var value = inner
    for _ in 0..<depth { value = .array([value]) }
    return value
}

/// A schema nested 10,000 deep is refused with a compile error, not a crash.
@Test func deeplyNestedSchemaIsRefused() throws {
    var schema: Value = ["type": "null"]
    for _ in 0..<10_000 { schema = ["items": schema] }
    let error = #expect(throws: SchemaError.self) { try JSONSchema.compile(schema) }
    #expect(error?.message.contains("more than 500 deep") == true)
}

/// An instance nested 10,000 deep under a recursive schema stops at the depth limit with one violation.
@Test func deeplyNestedInstanceStopsAtTheLimit() throws {
    let schema = try compile(##"{"$defs": {"tree": {"items": {"$ref": "#/$defs/tree"}}}, "$ref": "#/$defs/tree"}"##)
    let seen = schema.validate(nestedArrays(10_000)).map(Seen.init)
    #expect(seen.count == 1)
    #expect(seen.first?.keyword == "depth")
    #expect(seen.first?.en.contains("more than 1000 levels") == true)
    #expect(!schema.isValid(nestedArrays(10_000)))
    #expect(schema.isValid(nestedArrays(100)))
}

/// A reference loop with no progress through the instance is caught by the same limit.
@Test func referenceLoopStops() throws {
    let schema = try compile(
        ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##)
    #expect(try violations(schema, "1").map(\.keyword) == ["depth"])
}
