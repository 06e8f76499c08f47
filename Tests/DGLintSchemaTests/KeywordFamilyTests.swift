import DGLintModel
import Testing

@testable import DGLintSchema

/// The table that sends each keyword to the function compiling it holds exactly the keywords of the 2020-12
/// vocabularies that compile to checks, each under its vocabulary.
@Suite struct KeywordFamilyTests {
    /// The properties the bundled meta-schema of `vocabulary` declares.
    static func declared(_ vocabulary: String) throws -> Set<String> {
        let document = try #require(MetaSchemas.document("https://json-schema.org/draft/2020-12/meta/" + vocabulary))
        let properties = try #require(document["properties"]?.objectValue)
        return Set(properties.keys)
    }

    static func names(_ family: KeywordFamily) -> Set<String> {
        Set(SchemaCompiler.keywordFamilies.filter { $0.value == family }.keys)
    }

    @Test func everyCompiledKeywordIsInItsVocabularysFamily() throws {
        // `$id`, `$schema`, `$anchor`, `$dynamicAnchor`, `$vocabulary` and `$comment` are read by traversal or not
        // at all; `then` and `else` are compiled with their `if`.
        #expect(Self.names(.core) == ["$ref", "$dynamicRef", "$defs"])
        #expect(Self.names(.core).isSubset(of: try Self.declared("core")))
        #expect(Self.names(.applicator) == (try Self.declared("applicator")).subtracting(["then", "else"]))
        #expect(Self.names(.unevaluated) == (try Self.declared("unevaluated")))
        #expect(Self.names(.validation) == (try Self.declared("validation")))
        #expect(Self.names(.format) == (try Self.declared("format-annotation")))
    }

    /// Members the table does not hold compile to nothing, wherever they sit among keywords.
    @Test func otherMembersCompileToNothing() throws {
        let schema = try compile(
            #"""
            {"title": "t", "type": "object", "then": {"type": "string"}, "x-note": 1, "required": ["a"],
             "description": "d", "properties": {"a": {"$comment": "c", "const": 1, "examples": [2]}}}
            """#)
        #expect(schema.isValid(try json(#"{"a": 1}"#)))
        #expect(try violations(schema, #"{"a": 2}"#).map(\.keywordPath) == ["/properties/a/const"])
        #expect(try violations(schema, #"{}"#).map(\.keywordPath) == ["/required"])
    }
}
