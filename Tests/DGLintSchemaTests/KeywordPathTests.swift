import DGLintModel
import Testing

@testable import DGLintSchema

/// One schema and instance, with the keyword paths and keywords of the violations expected, in order.
struct KeywordPathCase: CustomTestStringConvertible, Sendable {
    var schema: String
    var instance: String
    var expected: [String]

    var testDescription: String { schema }
}

/// Evaluation keeps the keyword path as steps (a keyword, an index, the depth of the instance member, the
/// position of a pattern or dependency) and writes their tokens only for a violation: each kind of step must give
/// the token the keyword path had when it was kept as strings.
@Suite struct KeywordPathTests {
    static let cases: [KeywordPathCase] = [
        // Indices of allOf and prefixItems.
        KeywordPathCase(
            schema: #"{"allOf": [{"type": "string"}, {"minimum": 5}]}"#, instance: "3",
            expected: [" /allOf/0/type [type]", " /allOf/1/minimum [minimum]"]),
        KeywordPathCase(
            schema: #"{"prefixItems": [{"type": "string"}, {"type": "integer"}]}"#, instance: #"[1, "x"]"#,
            expected: ["/0 /prefixItems/0/type [type]", "/1 /prefixItems/1/type [type]"]),
        // A member name, escaped; and named as the instance spells it when only canonically equivalent.
        KeywordPathCase(
            schema: #"{"properties": {"a/b~c": {"type": "string"}}}"#, instance: #"{"a/b~c": 1}"#,
            expected: ["/a~1b~0c /properties/a~1b~0c/type [type]"]),
        KeywordPathCase(
            schema: "{\"properties\": {\"caf\u{E9}\": {\"type\": \"string\"}}}", instance: "{\"cafe\u{301}\": 1}",
            expected: ["/cafe\u{301} /properties/cafe\u{301}/type [type]"]),
        // Nested members: each step names the member at its own depth.
        KeywordPathCase(
            schema: #"{"properties": {"a": {"properties": {"b": {"items": {"properties": {"c": {"const": 1}}}}}}}}"#,
            instance: #"{"a": {"b": [{"c": 1}, {"c": 2}]}}"#,
            expected: ["/a/b/1/c /properties/a/properties/b/items/properties/c/const [const]"]),
        // A pattern of patternProperties and a name of dependentSchemas, escaped.
        KeywordPathCase(
            schema: #"{"patternProperties": {"^x/": {"type": "string"}, "^y": {"type": "string"}}}"#,
            instance: #"{"x/1": 2, "y": 3}"#,
            expected: ["/x~11 /patternProperties/^x~1/type [type]", "/y /patternProperties/^y/type [type]"]),
        KeywordPathCase(
            schema: #"{"dependentSchemas": {"a": {"required": ["b"]}, "c/d": {"required": ["e"]}}}"#,
            instance: #"{"a": 1, "c/d": 2}"#,
            expected: [" /dependentSchemas/a/required [required]", " /dependentSchemas/c~1d/required [required]"]),
        // then and else in place of if; siblings of contains.
        KeywordPathCase(
            schema: #"{"if": {"type": "string"}, "then": {"minLength": 3}, "else": {"minimum": 1}}"#,
            instance: #""ab""#, expected: [" /then/minLength [minLength]"]),
        KeywordPathCase(
            schema: #"{"if": {"type": "string"}, "then": {"minLength": 3}, "else": {"minimum": 1}}"#,
            instance: "0", expected: [" /else/minimum [minimum]"]),
        KeywordPathCase(
            schema: #"{"contains": {"type": "string"}, "minContains": 2, "maxContains": 0}"#, instance: #"["a", 1]"#,
            expected: [" /minContains [minContains]", " /maxContains [maxContains]"]),
        // A false schema is named after the keyword that applied it, read from the last two tokens.
        KeywordPathCase(
            schema: #"{"properties": {"a": false}, "additionalProperties": false}"#, instance: #"{"a": 1, "b": 2}"#,
            expected: ["/a /properties/a [properties]", "/b /additionalProperties [additionalProperties]"]),
        KeywordPathCase(
            schema: #"{"prefixItems": [false], "items": false}"#, instance: "[1, 2]",
            expected: ["/0 /prefixItems/0 [prefixItems]", "/1 /items [items]"]),
        // ... as strings: a member named "properties" passes for the keyword, as it did.
        KeywordPathCase(
            schema: ##"{"properties": {"properties": {"$ref": "#/$defs/no"}}, "$defs": {"no": false}}"##,
            instance: #"{"properties": 1}"#, expected: ["/properties /properties/properties/$ref [properties]"]),
        // Operands: required names, several types, enum options, bounds.
        KeywordPathCase(
            schema: #"{"required": ["a", "b"], "dependentRequired": {"c": ["d"]}, "type": ["object", "null"]}"#,
            instance: #"{"c": 1}"#,
            expected: [" /required [required]", " /required [required]", " /dependentRequired [dependentRequired]"]),
        KeywordPathCase(
            schema: #"{"type": ["string", "null"], "enum": ["x", 1], "maximum": 0, "exclusiveMinimum": 5}"#,
            instance: "2",
            expected: [
                " /type [type]", " /enum [enum]", " /maximum [maximum]", " /exclusiveMinimum [exclusiveMinimum]",
            ]),
    ]

    @Test(arguments: cases)
    func keywordPathOfEachStep(_ test: KeywordPathCase) throws {
        let schema = try compile(test.schema)
        let seen = try violations(schema, test.instance).map { "\($0.at) \($0.keywordPath) [\($0.keyword)]" }
        #expect(seen == test.expected)
    }

    /// Every member the compiler sends to a keyword family has a ``Keyword``; one without would be skipped.
    @Test func everyCompiledNameIsAKeyword() {
        for name in SchemaCompiler.keywordFamilies.keys { #expect(Keyword.named[name]?.rawValue == name) }
        for keyword in Keyword.allCases { #expect(Keyword.named[keyword.rawValue] == keyword) }
    }

    /// What evaluation copies out of the program and pushes on its keyword path holds no reference.
    @Test func compiledKeywordsAndStepsArePlainData() {
        #expect(_isPOD(CompiledKeyword.self))
        #expect(_isPOD(Check.self))
        #expect(_isPOD(KeywordStep.self))
    }

    /// `$defs` compiles to nothing but must still be an object.
    @Test func defsIsStillChecked() throws {
        #expect(throws: SchemaError.self) { try compile(#"{"$defs": 1}"#) }
    }
}

/// `enum` and `const` compare strings by their Unicode scalars, now as UTF-8 bytes.
@Suite struct StringEqualityTests {
    @Test(arguments: [
        ("", "", true), ("a", "a", true), ("abcdefg", "abcdefg", true), ("abcdefgh", "abcdefgh", true),
        ("abcdefghi", "abcdefghi", true), ("abcdefghijklmnopq", "abcdefghijklmnopq", true),
        ("abcdefghijklmnopq", "abcdefghijklmnopr", false), ("abcdefghX", "abcdefghY", false),
        ("Xbcdefghi", "Ybcdefghi", false), ("abc", "abcd", false), ("ระบบนัดหมาย", "ระบบนัดหมาย", true),
        ("ระบบนัดหมาย", "ระบบนัดหมาก", false),
        // Canonically equivalent, other scalars: not equal in JSON Schema.
        ("caf\u{E9}", "cafe\u{301}", false), ("\u{212B}", "\u{C5}", false),
        // Long enough not to be small strings.
        (String(repeating: "ab", count: 40), String(repeating: "ab", count: 40), true),
        (String(repeating: "ab", count: 40), String(repeating: "ab", count: 39) + "ac", false),
    ])
    func equalStrings(_ x: String, _ y: String, _ expected: Bool) {
        #expect(JSONEquality.equal(.string(x), .string(y)) == expected)
        #expect(JSONEquality.equal(.string(y), .string(x)) == expected)
        #expect(expected == x.unicodeScalars.elementsEqual(y.unicodeScalars))
    }
}

/// Each violation recorded costs as many steps as its keyword path has tokens, and one more, however the path is
/// kept: the step budget must run out at the same violation as it did when the path was an array of strings (the
/// counts were recorded with that build).
@Suite struct StepChargeTests {
    @Test(arguments: [(130, 35_497, "/items/allOf/95/type"), (150, 35_830, "/items/allOf/128/type")])
    func budgetStopsAtTheSameViolation(_ count: Int, _ expected: Int, _ lastPath: String) throws {
        let branches = Array(repeating: #"{"type": "string"}"#, count: 300).joined(separator: ", ")
        let schema = try compile(
            #"{"items": {"allOf": [\#(branches)], "contains": {"type": "string"}, "minContains": 1}}"#)
        let instance = "[" + Array(repeating: "1", count: count).joined(separator: ", ") + "]"
        let seen = try violations(schema, instance)
        #expect(seen.count == expected)
        #expect(seen.last?.keyword == "steps")
        #expect(seen.dropLast().last?.keywordPath == lastPath)
    }
}

/// The depth limit is reported where a schema object was to be evaluated: its keyword path is the schema
/// object's, ending in the `$ref` that led there, with no keyword of its own.
@Test func tooDeepIsReportedAtTheSchemaObject() throws {
    let schema = try compile(##"{"properties": {"a": {"$ref": "#"}}, "type": "string"}"##)
    var instance: Value = 1
    for _ in 0..<200 { instance = ["a": instance] }
    let first = try #require(schema.validate(instance).first)
    #expect(first.keyword == "depth")
    #expect(first.keywordPath == String(repeating: "/properties/a/$ref", count: 64))
    #expect(PathFormat.pointer(first.instancePath) == String(repeating: "/a", count: 64))
}
