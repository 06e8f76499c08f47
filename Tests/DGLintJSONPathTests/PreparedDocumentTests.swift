import DGLintJSONPath
import DGLintModel
import DGLintTestSupport
import Testing

/// ``JSONPathDocument`` answers every query as ``JSONPathQuery/select(_:)`` does — the same nodes, in the same
/// order, at the same locations — while its descendant queries share one list of the document's nodes.
@Suite struct PreparedDocumentTests {
    static let document = """
        {"name": "e-Service", "budget": {"items": [{"amount": 1200000, "year": "2569-10-01"},
          {"amount": "๑๒๐๐๐๐๐", "notes": ["2026-01-01", {"due": "2569-02-30"}]}], "total": 2400000},
         "timeline": {"start": "2568-10-01", "milestones": [{"due": "2569-03-31"}, []]},
         "empty": {}, "list": [], "kpis": [{"due": "2570-09-30"}], "id": 1234567890123}
        """

    static let queries = [
        "$..*", "$..[*]", "$..[?match(@, '[0-9๐-๙]{4}-[0-9๐-๙]{2}-[0-9๐-๙]{2}')]",
        "$[?@ != $.timeline && @ != $.kpis]..[?match(@, '[0-9]{4}-.*')]", "$..[?@ >= 1000000000000]",
        "$..amount", "$..[0]", "$..[-1]", "$..[1:]", "$..['due', 'amount']", "$..[?@.due]",
        "$.budget..[?search(@, '๑')]", "$.budget.items[*]..*", "$..items[?@.amount > 1000000].amount",
        "$.timeline..due", "$..[?length(@) == 0]", "$.name", "$.missing..*", "$..[?@ == $.budget.total]",
        "$[?@.items]..notes[*]", "@..due",
    ]

    @Test(arguments: queries)
    func sameNodesAsAPlainSelect(_ text: String) throws {
        let root = try TestJSON.parse(Self.document)
        let query = text.hasPrefix("@") ? try JSONPathQuery.parseRelative(text) : try JSONPathQuery.parse(text)
        let expected = query.select(root)
        // A document that other queries have already used, and a fresh one.
        let shared = JSONPathDocument(root)
        for other in Self.queries.prefix(3) { _ = try JSONPathQuery.parse(other).select(in: shared) }
        for document in [shared, JSONPathDocument(root)] {
            let nodes = query.select(in: document)
            #expect(nodes.map(\.value) == expected.map(\.value))
            #expect(nodes.map { PathFormat.normalized($0.path) } == expected.map { PathFormat.normalized($0.path) })
        }
    }

    /// A filter reads `$.timeline` once for all the nodes it tests; a path that selects nothing stays Nothing.
    @Test(arguments: [
        ("$[?@ != $.timeline && @ != $.kpis]", ["name", "budget", "empty", "list", "id"]),
        ("$[?@ == $.missing]", []),
        ("$[?$.missing != @]", ["name", "budget", "timeline", "empty", "list", "kpis", "id"]),
        ("$[?!(@ == $.name)]", ["budget", "timeline", "empty", "list", "kpis", "id"]),
        ("$[?$.name == 'e-Service' || @ == $.id]", ["name", "budget", "timeline", "empty", "list", "kpis", "id"]),
        ("$[?@ == $.budget.total || @ == $.kpis[0].due]", []),
        ("$.budget.items[?@.amount < $.budget.total]", ["0"]),
        ("$[?@.items && !$.budget.items[?@.amount > 2000000]]", ["budget"]),
        ("$[?$.budget.items[?@.amount > 1000000] && @.start]", ["timeline"]),
        ("$[?!$.missing || @ == 1234567890123]", ["name", "budget", "timeline", "empty", "list", "kpis", "id"]),
        ("$[?$.missing || @ == 1234567890123]", ["id"]),
    ])
    func filtersComparingWithRootPaths(_ text: String, members: [String]) throws {
        let root = try TestJSON.parse(Self.document)
        let query = try JSONPathQuery.parse(text)
        for nodes in [query.select(root), query.select(in: JSONPathDocument(root))] {
            #expect(nodes.map { $0.path.last.map(\.description) ?? "$" } == members)
        }
    }

    @Test func descendantQueriesOverScalarsAndEmptyContainers() throws {
        for json in ["1", "\"text\"", "[]", "{}", "[[]]", "{\"a\": {}}", "[[[1]]]"] {
            let root = try TestJSON.parse(json)
            let document = JSONPathDocument(root)
            for text in ["$..*", "$..[?@ == 1]", "$..a", "$..[0]", "$[*]..*"] {
                let query = try JSONPathQuery.parse(text)
                #expect(query.select(in: document) == query.select(root), "\(text) on \(json)")
            }
        }
    }

    /// Nodes from a prepared document keep their locations after the document is gone.
    @Test func nodesOutliveTheirDocument() throws {
        let root = try TestJSON.parse(Self.document)
        let nodes = try JSONPathQuery.parse("$..[?@.due]").select(in: JSONPathDocument(root))
        #expect(
            nodes.map { PathFormat.normalized($0.path) } == [
                "$['budget']['items'][1]['notes'][1]", "$['timeline']['milestones'][0]", "$['kpis'][0]",
            ])
    }
}
