import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Testing

@Suite("Looking up positions of missing paths")
struct NearestNodeTests {
    static let marked = MarkedText(
        """
        a:
          b:
            - 1
            - 1️⃣c: 2
              d: 2️⃣[3, 4]
        e: 3️⃣x
        """)

    @Test(
        "a missing path gives its nearest existing ancestor and how much of the path exists",
        arguments: [
            ([PathElement.key("a"), .key("b"), .index(1), .key("missing"), .key("deeper")], 1, 3),
            ([.key("a"), .key("b"), .index(1), .key("d"), .index(7)], 2, 4),
            ([.key("a"), .key("b"), .index(1), .key("d"), .key("not-an-object")], 2, 4),
            ([.key("e"), .key("below-a-scalar")], 3, 1),
        ])
    func nearest(path: [PathElement], marker: Int, depth: Int) throws {
        let document = try loadDocument(Self.marked)
        let found = try #require(document.sourceMap.nearestNode(at: path, in: document.value))
        #expect(found.depth == depth)
        #expect(document.sourceMap.range(ofNode: found.index).start == Self.marked[marker])
        #expect(document.sourceMap.range(at: path, in: document.value)?.start == Self.marked[marker])
    }

    @Test("an existing path gives its own node")
    func existing() throws {
        let document = try loadDocument(Self.marked)
        let path: [PathElement] = [.key("a"), .key("b"), .index(1), .key("d"), .index(1)]
        let found = try #require(document.sourceMap.nearestNode(at: path, in: document.value))
        #expect(found.depth == 5)
        #expect(document.sourceMap.range(ofNode: found.index).start.column == Self.marked[2].column + 4)
    }
}
