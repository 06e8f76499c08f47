import DGLintModel
import Testing

/// A position on line `line` at column `column`, with an offset derived from both so that it is distinct.
private func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column, offset: line * 100 + column)
}

private func span(_ start: (Int, Int), _ end: (Int, Int)) -> SourceRange {
    SourceRange(start: at(start.0, start.1), end: at(end.0, end.1))
}

@Suite("SourceMap: building in pre-order and looking up paths")
struct SourceMapTests {
    /// The map of
    /// ```yaml
    /// a:            # 1
    ///   - 1         # 2
    ///   - x: 2      # 3, 4
    /// b: 5          # 5
    /// c: *anchor-of-a   (copy: 6, 7, 8, 9)
    /// ```
    static let value: Value = ["a": [1, ["x": 2]], "b": 5, "c": [1, ["x": 2]]]

    static func build() -> SourceMap {
        var map = SourceMap()
        let root = map.open(start: at(1, 1), key: nil)
        let a = map.open(start: at(2, 3), key: span((1, 1), (1, 2)))
        map.leaf(span((2, 5), (2, 6)), key: nil)
        let item = map.open(start: at(3, 5), key: nil)
        map.leaf(span((3, 8), (3, 9)), key: span((3, 5), (3, 6)))
        map.close(item, end: at(3, 9))
        map.close(a, end: at(4, 1))
        map.leaf(span((4, 4), (4, 5)), key: span((4, 1), (4, 2)))
        map.copySubtree(of: a, key: span((5, 1), (5, 2)))
        map.close(root, end: at(6, 1))
        return map
    }

    @Test("open, leaf, close and copy record every node in pre-order")
    func building() {
        let map = Self.build()
        #expect(map.count == 10)
        #expect(map.subtreeSize(0) == 10)
        #expect(map.subtreeSize(1) == 4)
        #expect(map.subtreeSize(3) == 2)
        #expect(map.subtreeSize(5) == 1)
        #expect(map.subtreeSize(6) == 4)
        #expect(map.range(ofNode: 0) == span((1, 1), (6, 1)))
        #expect(map.range(ofNode: 1) == span((2, 3), (4, 1)))
        #expect(map.keyRange(ofNode: 1) == span((1, 1), (1, 2)))
        // A node without a key reports a zero-width key range at its start.
        #expect(map.keyRange(ofNode: 2) == SourceRange(at: at(2, 5)))
        #expect(map.keyRange(ofNode: 0) == SourceRange(at: at(1, 1)))
    }

    @Test("the copy repeats the original's ranges under its own key")
    func copy() {
        let map = Self.build()
        for offset in 0..<4 {
            #expect(map.range(ofNode: 6 + offset) == map.range(ofNode: 1 + offset))
        }
        #expect(map.keyRange(ofNode: 6) == span((5, 1), (5, 2)))
        #expect(map.keyRange(ofNode: 9) == map.keyRange(ofNode: 4))
    }

    @Test(
        "nearestNode walks value and map together",
        arguments: [
            ([PathElement](), 0, 0),
            ([.key("a")], 1, 1),
            ([.key("a"), .index(0)], 2, 2),
            ([.key("a"), .index(1)], 3, 2),
            ([.key("a"), .index(1), .key("x")], 4, 3),
            ([.key("b")], 5, 1),
            ([.key("c")], 6, 1),
            ([.key("c"), .index(1), .key("x")], 9, 3),
            // Missing steps stop at the nearest existing ancestor.
            ([.key("missing"), .key("deeper")], 0, 0),
            ([.key("a"), .index(2)], 1, 1),
            ([.key("a"), .index(-1)], 1, 1),
            ([.key("a"), .key("0")], 1, 1),
            ([.key("a"), .index(1), .key("y")], 3, 2),
            ([.key("b"), .key("below-a-scalar")], 5, 1),
            ([.key("c"), .index(1), .key("x"), .index(0)], 9, 3),
        ])
    func nearest(path: [PathElement], index: Int, depth: Int) throws {
        let map = Self.build()
        let found = try #require(map.nearestNode(at: path, in: Self.value))
        #expect(found.index == index)
        #expect(found.depth == depth)
        #expect(map.range(at: path, in: Self.value) == map.range(ofNode: index))
        #expect(map.keyRange(at: path, in: Self.value) == map.keyRange(ofNode: index))
    }

    @Test("an empty map knows no positions")
    func empty() {
        let map = SourceMap()
        #expect(map.count == 0)
        #expect(map.nearestNode(at: [.key("a")], in: ["a": 1]) == nil)
        #expect(map.range(at: [], in: nil) == nil)
        #expect(map.keyRange(at: [], in: nil) == nil)
    }

    @Test("a map built for a smaller tree than the value stops at the last node it has")
    func shorterMap() throws {
        var map = SourceMap()
        let root = map.open(start: at(1, 1), key: nil)
        map.leaf(span((1, 5), (1, 6)), key: span((1, 1), (1, 2)))
        map.close(root, end: at(2, 1))
        // The value has a second member the map never recorded.
        let found = try #require(map.nearestNode(at: [.key("b")], in: ["a": 1, "b": 2]))
        #expect(found.index == 0)
        #expect(found.depth == 0)
    }
}
