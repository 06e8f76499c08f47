import DGLintJSONPath
import DGLintModel
import DGLintTestSupport
import Foundation
import Testing

/// How results are built: locations recorded as links and rebuilt from the document, the dedicated
/// `..*` loop against a naive walk, and evaluation of one compiled query from several threads.
@Suite struct EvaluationTests {
    static let json = #"""
        {"b": {"x": 1, "c": [{"x": 2, "it's": [true, null]}, []]}, "a": {"x": 3, "": {"\u00e9": [[4]]}},
         "z": "s", "n": [0, [1, [2, {"k": "v"}]]]}
        """#

    /// Every node below `value` with its location, in the order `$..*` gives: the children of a node,
    /// then the descendants of each child in turn.
    static func descendants(_ value: Value, at path: [PathElement] = []) -> [JSONPathNode] {
        var children: [(PathElement, Value)] = []
        switch value {
        case .array(let elements): children = elements.enumerated().map { (.index($0.offset), $0.element) }
        case .object(let members): children = members.map { (.key($0.key), $0.value) }
        default: break
        }
        return children.map { JSONPathNode(path: path + [$0.0], value: $0.1) }
            + children.flatMap { descendants($0.1, at: path + [$0.0]) }
    }

    @Test func descendantWildcardMatchesANaiveWalk() throws {
        let document = try TestJSON.parse(Self.json)
        let nodes = try JSONPathQuery.parse("$..*").select(document)
        #expect(nodes == Self.descendants(document))
        #expect(nodes.count == 24)
    }

    @Test func descendantWildcardAfterOtherSegmentsAndFromARelativeStart() throws {
        let document = try TestJSON.parse(Self.json)
        let b = try #require(document["b"])
        #expect(try JSONPathQuery.parse("$.b..*").select(document) == Self.descendants(b, at: [.key("b")]))
        let relative = try JSONPathQuery.parseRelative("@..*").select(current: b, at: [.key("b")], root: document)
        #expect(relative == Self.descendants(b, at: [.key("b")]))
        // `..*` followed by more segments, and `..*` beside other selectors (the general descent).
        #expect(try paths("$..*.x", in: Self.json) == ["$['b']['x']", "$['a']['x']", "$['b']['c'][0]['x']"])
        #expect(try paths("$..[*]", in: Self.json) == Self.descendants(document).map { PathFormat.normalized($0.path) })
        #expect(
            try paths("$.n..[*, 0]", in: Self.json) == [
                "$['n'][0]", "$['n'][1]", "$['n'][0]", "$['n'][1][0]", "$['n'][1][1]", "$['n'][1][0]",
                "$['n'][1][1][0]", "$['n'][1][1][1]", "$['n'][1][1][0]", "$['n'][1][1][1]['k']",
            ])
    }

    @Test func locationsAreRebuiltFromTheDocumentWithItsOwnNames() throws {
        #expect(
            try paths("$..['it\\'s', '\u{E9}'][*]", in: Self.json) == [
                "$['b']['c'][0]['it\\'s'][0]", "$['b']['c'][0]['it\\'s'][1]", "$['a']['']['\u{E9}'][0]",
            ])
        #expect(try paths("$.n[1][-1][-1].k", in: Self.json) == ["$['n'][1][1][1]['k']"])
        #expect(try paths("$[?@.x == 3]['']", in: Self.json) == ["$['a']['']"])
    }

    @Test func filtersMayUseDescendantQueries() throws {
        #expect(try paths("$[?count(@..*) > 5]", in: Self.json) == ["$['b']", "$['n']"])
        #expect(
            try paths("$..[?@..k]", in: Self.json) == ["$['n']", "$['n'][1]", "$['n'][1][1]", "$['n'][1][1][1]"])
    }

    @Test func aNodesLocationCanBeReplaced() throws {
        var node = try #require(try JSONPathQuery.parse("$.a.x").select(TestJSON.parse(Self.json)).first)
        #expect(node.path == [.key("a"), .key("x")])
        node.path = [.index(7)]
        #expect(node == JSONPathNode(path: [.index(7)], value: 3))
    }

    @Test func oneQueryServesSeveralThreadsAtOnce() async throws {
        let document = try TestJSON.parse(Self.json)
        let query = try JSONPathQuery.parse("$..*")
        let expected = Self.descendants(document).map { PathFormat.normalized($0.path) }
        let shared = query.select(document)
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<200).allSatisfy { _ in
                        query.select(document).map { PathFormat.normalized($0.path) } == expected
                            && shared.map { PathFormat.normalized($0.path) } == expected
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
    }
}
