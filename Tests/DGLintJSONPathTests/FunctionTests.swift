import DGLintJSONPath
import DGLintModel
import DGLintTestSupport
import Testing

/// The function extensions and the type system that decides where each may appear (RFC 9535 section 2.4).
@Suite struct FunctionTests {
    static let document = """
        [{"name": "ผลผลิต", "items": [1, 2, 3], "meta": {"a": 1, "b": 2}, "code": "PRJ-2024-001"},
         {"name": "ab", "items": [], "meta": {}, "code": "X", "pattern": "[A-Z]+"},
         {"items": [true], "code": 7}]
        """

    static let selections: [(filter: String, indices: [Int])] = [
        ("length(@.name) == 6", [0]),
        ("length(@.items) > 1", [0]),
        ("length(@.meta) == 0", [1]),
        ("length(@.code) == 1", [1]),
        ("length(@.name) == @.missing", [2]),
        ("length(7) == @.missing", [0, 1, 2]),
        ("count(@.items[*]) == 1", [2]),
        ("count(@.*) == 4", [0]),
        ("count(@..*) > 8", [0]),
        ("value(@.items[0]) == 1", [0]),
        ("value(@.items[*]) == true", [2]),
        ("value(@.meta.*) == @.missing", [0, 1, 2]),
        ("match(@.code, 'PRJ-[0-9]{4}-[0-9]{3}')", [0]),
        ("match(@.code, 'PRJ')", []),
        ("search(@.code, 'PRJ')", [0]),
        ("search(@.code, '[0-9]')", [0]),
        ("match(@.code, @.pattern)", [1]),
        ("!match(@.code, 'X')", [0, 2]),
        ("match(@.name, '[\\\\p{Lo}\\\\p{Mn}]+')", [0]),
        ("match(@.name, '\\\\p{Lo}+')", []),
        ("match(@.code, 7)", []),
        ("length(value(@.items[?@ == 3])) == @.missing", [0, 1, 2]),
        ("count(@.items[?@ > 1]) == 2", [0]),
    ]

    @Test(arguments: selections)
    func selects(filter: String, indices: [Int]) throws {
        let selected = try JSONPathQuery.parse("$[?\(filter)]").select(TestJSON.parse(Self.document))
        #expect(selected.map(\.path) == indices.map { [.index($0)] }, "\(filter)")
    }

    /// Queries that are not well-typed, with the offending operand marked.
    static let typeErrors: [(fixture: String, message: String)] = [
        ("$[?length(↓@.*) < 3]", "function length() expects a single value (ValueType) as argument 1"),
        (
            "$[?↓match(@.a, 'x') == true]",
            "the result of match() is a logical result (LogicalType) and cannot be compared"
        ),
        ("$[?count(↓1) > 0]", "function count() expects a query (NodesType) as argument 1, not a literal"),
        ("$[?↓count(@.*)]", "the result of count() is a single value (ValueType), not a logical result"),
        ("$[?↓value(@.a)]", "the result of value() is a single value (ValueType), not a logical result"),
        ("$[?length(↓@.a == 1) > 0]", "expects a single value (ValueType) as argument 1, not a logical expression"),
        ("$[?count(↓length(@.a)) > 0]", "but length() returns a single value (ValueType)"),
        ("$[?length(↓match(@.a, 'x')) > 0]", "but match() returns a logical result (LogicalType)"),
        ("$[?↓length(@.a) ]", "is a single value (ValueType), not a logical result"),
        ("$[?match(@.a, 'x', ↓'y')]", "function match() expects 2 arguments"),
        ("$[?length(↓@[ 'a' ]) > 1]", "no blank space inside its brackets"),
        ("$[?↓@[ 0 ] == 1]", "no blank space inside its brackets"),
    ]

    @Test(arguments: typeErrors)
    func rejectsQueriesThatAreNotWellTyped(fixture: String, message: String) {
        let (query, offset) = marked(fixture)
        let error = parseError(query)
        #expect(error?.message.contains(message) == true, "\(query): \(error?.message ?? "no error")")
        #expect(error?.offset == offset, "\(query)")
    }

    @Test func anInvalidPatternYieldsFalseNotAnError() throws {
        #expect(try values("$[?match(@, 'a(')]", in: #"["a(", "a"]"#).isEmpty)
        #expect(try values("$[?search(@, '\\\\d')]", in: #"["1"]"#).isEmpty)
        #expect(try values("$[?!search(@, '(?=a)')]", in: #"["a"]"#) == ["a"])
    }
}
