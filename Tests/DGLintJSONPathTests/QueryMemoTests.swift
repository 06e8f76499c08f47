import DGLintModel
import DGLintTestSupport
import Testing

@testable import DGLintJSONPath

/// A ``JSONPathDocument`` keeps each query's nodelist by ``QueryKey``: a query asked again — by the same rule or
/// another, absolute or relative from the root — gets the nodes a fresh evaluation gives, and one document's
/// nodelists never answer another document's queries.
@Suite struct QueryMemoTests {
    /// Every query of ``PreparedDocumentTests``, each asked three times, in turn with the others, of one document:
    /// the nodes and locations a plain `select` gives every time.
    @Test func answersAgainWhatAFreshEvaluationGives() throws {
        let root = try TestJSON.parse(PreparedDocumentTests.document)
        let document = JSONPathDocument(root)
        for round in 1...3 {
            for text in PreparedDocumentTests.queries {
                let query = text.hasPrefix("@") ? try JSONPathQuery.parseRelative(text) : try JSONPathQuery.parse(text)
                let expected = query.select(root)
                let nodes = query.select(in: document)
                #expect(nodes.map(\.value) == expected.map(\.value), "\(text), round \(round)")
                #expect(nodes.map(\.path) == expected.map(\.path), "\(text), round \(round)")
            }
        }
    }

    /// The second query finds the first one's nodelist kept in the document, and answers with the nodes a
    /// fresh evaluation gives.
    @Test(arguments: [
        ("$.budget.items[*]", "$.budget.items[*]"), ("$.budget.items[*]", "@.budget.items[*]"),
        ("@..due", "$..due"), ("$", "@"), ("$[?@.items]", "@[?@.items]"),
    ])
    func sharedByTheSameTextAfterTheIdentifier(_ first: String, _ second: String) throws {
        let root = try TestJSON.parse(PreparedDocumentTests.document)
        let document = JSONPathDocument(root)
        let a = try Self.parse(first)
        let b = try Self.parse(second)
        #expect(a.key == b.key)
        let nodes = a.select(in: document)
        #expect(document.remembered(b.key) != nil)
        #expect(b.select(in: document) == nodes)
        #expect(b.select(in: document) == b.select(root))
    }

    /// Texts that differ after the identifier, even by blank space only, are kept apart.
    @Test(arguments: [
        ("$.budget.items[*]", "$.budget.items[0]"), ("$.budget", "$.budge"), ("$[?@.a]", "$[?@.a ]"),
        ("$.a", "$['a']"), ("$..due", "$..[?@.due]"), ("$.caf\u{E9}", "$.cafe\u{301}"),
        ("$.items[?@.name == 'abcdefgh1']", "$.items[?@.name == 'abcdefgh2']"),
    ])
    func keptApartByOtherTexts(_ first: String, _ second: String) throws {
        #expect(try Self.parse(first).key != Self.parse(second).key)
    }

    /// The same query over two documents, alternately: each document answers with its own nodes.
    @Test(arguments: ["$.budget.items[*].amount", "$..[?@ >= 1000000]", "@.kpis[*]", "$", "$.name"])
    func notSharedBetweenDocuments(_ text: String) throws {
        let first = try TestJSON.parse(PreparedDocumentTests.document)
        let second = try TestJSON.parse(
            #"{"name": "other", "budget": {"items": [{"amount": 5000000}, {"amount": 7}]}, "kpis": [{}, {"due": 1}]}"#)
        let query = try Self.parse(text)
        let documents = [JSONPathDocument(first), JSONPathDocument(second)]
        for _ in 1...2 {
            for (document, root) in zip(documents, [first, second]) {
                let nodes = query.select(in: document)
                #expect(nodes.map(\.value) == query.select(root).map(\.value))
                #expect(nodes.map(\.path) == query.select(root).map(\.path))
            }
        }
        #expect(query.select(in: documents[0]).map(\.value) != query.select(in: documents[1]).map(\.value))
    }

    /// A nodelist longer than ``JSONPathDocument/longestRemembered`` is not kept (a hostile document's `$..*`
    /// would otherwise be held for the rest of its check), and is evaluated again, to the same nodes.
    @Test func longNodelistsAreNotKept() throws {
        let limit = JSONPathDocument.longestRemembered
        for count in [limit, limit + 1] {
            let root = Value.array((0..<count).map { .int($0) })
            let document = JSONPathDocument(root)
            let query = try JSONPathQuery.parse("$[*]")
            let nodes = query.select(in: document)
            #expect(nodes.count == count)
            #expect((document.remembered(query.key) != nil) == (count <= limit))
            #expect(query.select(in: document) == nodes)
        }
    }

    /// Keys are numbers given when a text is first parsed: a query parsed after a document has kept nodelists (a
    /// number past the room its memo made) is kept and answered as well.
    @Test func keysNumberedLaterAreKeptToo() throws {
        let root = try TestJSON.parse(PreparedDocumentTests.document)
        let document = JSONPathDocument(root)
        let first = try Self.parse("$.budget")
        _ = first.select(in: document)
        let later = try Self.parse("$.budget.items[?@.amount > \(QueryKey.count)]")
        #expect(later.key.number >= first.key.number)
        #expect(document.remembered(later.key) == nil)
        let nodes = later.select(in: document)
        #expect(document.remembered(later.key) == nodes)
        #expect(document.remembered(first.key) == first.select(root))
    }

    /// Threads parsing the same texts at once get one number for each text.
    @Test func oneNumberPerTextAcrossThreads() async throws {
        let texts = (0..<50).map { "$.threads[\($0)].name" }
        let numbers = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<4 {
                group.addTask { try texts.map { try JSONPathQuery.parse($0).key.number } }
            }
            return try await group.reduce(into: [[Int]]()) { $0.append($1) }
        }
        #expect(Set(numbers.map { $0 }).count == 1)
        #expect(Set(numbers[0]).count == texts.count)
    }

    private static func parse(_ text: String) throws -> JSONPathQuery {
        text.hasPrefix("@") ? try JSONPathQuery.parseRelative(text) : try JSONPathQuery.parse(text)
    }
}
