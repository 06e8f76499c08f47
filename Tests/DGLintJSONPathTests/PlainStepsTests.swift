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

    /// Member names are compared scalar for scalar, as everywhere in JSONPath: the decomposed `café` is
    /// another name than the precomposed one the document holds.
    @Test func namesAreComparedScalarForScalar() throws {
        let root = try TestJSON.parse(Self.document)
        #expect(try JSONPathQuery.parse("$['café']").select(root).map(\.value) == [1])
        #expect(try JSONPathQuery.parse("$['cafe\u{301}']").select(root).isEmpty)
    }
}
