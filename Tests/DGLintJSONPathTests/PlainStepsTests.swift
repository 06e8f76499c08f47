import DGLintModel
import DGLintTestSupport
import Testing

@testable import DGLintJSONPath

/// A query of member names and non-negative indices only is answered by walking its steps; it selects the same
/// node, at the same location, as the evaluator does for any query.
@Suite struct PlainStepsTests {
    static let document = #"""
        {"name": "e-Service", "budget": {"items": [{"amount": 1200000}, {"amount": "๑๒๐๐๐๐๐"}], "total": 2400000},
         "café": 1, "list": [[1, 2], []], "null": null, "ชื่อ": {"สกุล": "ไทย"}}
        """#

    @Test(arguments: [
        "$", "$.name", "$.budget.items[1]", "$['budget']['items'][0]['amount']", "$.missing", "$.budget.items[5]",
        "$.name.x", "$.list[0][1]", "$.list[1][0]", "$.null", "$[ 'budget' ][ 'total' ]", "$['café']",
        "$['cafe\u{301}']", "$.ชื่อ.สกุล", "$.budget.items[-1]", "$[0]", "@", "@.items[0]", "@['total']", "@.nothing",
    ])
    func sameNodeAsTheEvaluator(_ text: String) throws {
        let root = try TestJSON.parse(Self.document)
        let query = text.hasPrefix("@") ? try JSONPathQuery.parseRelative(text) : try JSONPathQuery.parse(text)
        let base: [PathElement] = [.key("budget")]
        let current = try #require(root["budget"])
        for (start, path) in [(root, [PathElement]()), (current, base)] {
            let walked = query.select(current: start, at: path, root: root)
            let evaluated = query.evaluate(
                from: query.isRelative ? start : root, at: query.isRelative ? path : [], root: root)
            #expect(walked.map(\.value) == evaluated.map(\.value), "\(text)")
            #expect(walked.map(\.path) == evaluated.map(\.path), "\(text)")
        }
    }

    /// The leading segments of one name or index each (`$.budget.items` of `$.budget.items[?…]`) are walked before
    /// the evaluator takes the rest of the query: the nodes and locations are those of the same query whose leading
    /// segments cannot be walked (each with a second selector, which selects nothing) — from the root, from a
    /// member, through a prepared document, and inside filters.
    @Test(arguments: [
        ("$.budget.items[*]", "$['budget','-']['items','-'][*]"),
        ("$.budget.items[?@.amount > 1000]", "$['budget','-']['items','-'][?@.amount > 1000]"),
        ("$.budget.items[-1][*]", "$['budget','-']['items','-'][-1, 9][*]"),
        ("$.missing[*]", "$['missing','-'][*]"), ("$.name.x[*]", "$['name','-']['x','-'][*]"),
        ("$.list[0][*]", "$['list','-'][0, 9][*]"), ("$.list[5][*]", "$['list','-'][5, 9][*]"),
        ("$.list[0].a", "$['list','-'][0, 9]['a','-']"), ("$['café'][*]", "$['café','-'][*]"),
        ("$['cafe\u{301}'][*]", "$['cafe\u{301}','-'][*]"), ("$.ชื่อ[*]", "$['ชื่อ','-'][*]"),
        ("$.budget..amount", "$['budget','-']..amount"),
        ("$.budget.items[1]..*", "$['budget','-']['items','-'][1,9]..*"),
        ("$[?count(@.items[*]) == 2]", "$[?count(@['items','-'][*]) == 2]"),
        ("$[?@.items[0].amount]", "$[?@['items','-'][0, 9].amount]"),
        ("@.items[*].amount", "@['items','-'][*]['amount','-']"), ("@.total[*]", "@['total','-'][*]"),
    ])
    func leadingStepsWalked(_ text: String, unwalked: String) throws {
        let root = try TestJSON.parse(Self.document)
        let parse = { (text: String) in
            text.hasPrefix("@") ? try JSONPathQuery.parseRelative(text) : try JSONPathQuery.parse(text)
        }
        let query = try parse(text)
        let reference = try parse(unwalked)
        let current = try #require(root["budget"])
        var answers = [(query.select(root), reference.select(root))]
        answers.append((query.select(in: JSONPathDocument(root)), reference.select(in: JSONPathDocument(root))))
        answers.append(
            (
                query.select(current: current, at: [.key("budget")], root: root),
                reference.select(current: current, at: [.key("budget")], root: root)
            ))
        for (walked, evaluated) in answers {
            #expect(walked.map(\.value) == evaluated.map(\.value), "\(text)")
            #expect(walked.map(\.path) == evaluated.map(\.path), "\(text)")
        }
    }

    /// Member names are compared scalar for scalar, as everywhere in JSONPath: the decomposed `café` is
    /// another name than the precomposed one the document holds.
    @Test func namesAreComparedScalarForScalar() throws {
        let root = try TestJSON.parse(Self.document)
        #expect(try JSONPathQuery.parse("$['café']").select(root).map(\.value) == [1])
        #expect(try JSONPathQuery.parse("$['cafe\u{301}']").select(root).isEmpty)
    }
}
