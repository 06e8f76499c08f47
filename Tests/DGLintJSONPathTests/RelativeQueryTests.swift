import DGLintJSONPath
import DGLintModel
import DGLintTestSupport
import Testing

/// Relative queries (dglint's `field:`), singular queries, and the query value itself.
@Suite struct RelativeQueryTests {
    static let document = #"{"limit": 2, "items": [{"a": [10, 20], "n": 1}, {"a": [30], "n": 5}]}"#

    @Test func selectsFromTheCurrentNodeAndPrefixesItsLocation() throws {
        let root = try TestJSON.parse(Self.document)
        let current = try #require(root.value(at: [PathElement.key("items"), .index(1)]))
        let nodes = try JSONPathQuery.parseRelative("@.a[-1]").select(
            current: current, at: [.key("items"), .index(1)], root: root)
        #expect(nodes == [JSONPathNode(path: [.key("items"), .index(1), .key("a"), .index(0)], value: 30)])
    }

    @Test func dollarInsideAFilterStillMeansTheRoot() throws {
        let root = try TestJSON.parse(Self.document)
        let query = try JSONPathQuery.parseRelative("@[?@.n > $.limit]")
        let items = try #require(root["items"])
        let nodes = query.select(current: items, at: [.key("items")], root: root)
        #expect(nodes.map { PathFormat.normalized($0.path) } == ["$['items'][1]"])
    }

    @Test func theCurrentNodeItselfIsSelectedByAtAlone() throws {
        let nodes = try JSONPathQuery.parseRelative("@").select(current: 7, at: [.index(3)], root: [1, 2, 3, 7])
        #expect(nodes == [JSONPathNode(path: [.index(3)], value: 7)])
    }

    @Test func anAbsoluteQueryIgnoresTheCurrentNode() throws {
        let root = try TestJSON.parse(Self.document)
        let nodes = try JSONPathQuery.parse("$.limit").select(current: .null, at: [.key("x")], root: root)
        #expect(nodes == [JSONPathNode(path: [.key("limit")], value: 2)])
    }

    static let singular: [(query: String, path: [PathElement]?)] = [
        ("$", []), ("$.a", [.key("a")]), ("$['a'][0]['b c']", [.key("a"), .index(0), .key("b c")]),
        ("$.a[-1]", [.key("a"), .index(-1)]), ("$ .a\n[0]", [.key("a"), .index(0)]), ("$.*", nil),
        ("$..a", nil), ("$['a','b']", nil), ("$[0:1]", nil), ("$[?@]", nil), ("$[ 0 ]", nil),
    ]

    @Test(arguments: singular)
    func singularQueriesExposeTheirSteps(query: String, path: [PathElement]?) throws {
        let parsed = try JSONPathQuery.parse(query)
        #expect(parsed.isSingular == (path != nil))
        #expect(parsed.singularPath == path)
    }

    @Test func queriesAreValuesComparedByText() throws {
        let a = try JSONPathQuery.parse("$.a")
        #expect(a == (try JSONPathQuery.parse("$.a")))
        #expect(a != (try JSONPathQuery.parse("$['a']")))
        #expect(a.description == "$.a")
        #expect(Set([a, try JSONPathQuery.parse("$.a")]).count == 1)
        #expect(try JSONPathQuery.parseRelative("@.a").isSingular)
    }
}
