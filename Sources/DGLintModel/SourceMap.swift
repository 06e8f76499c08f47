/// Where each node of a ``Value`` tree came from in its source text.
///
/// The map is kept beside the tree rather than inside it, so that queries and checks work on plain
/// values and a position is looked up only when a finding is reported. Nodes are stored in pre-order
/// (the order the loader meets them) in flat arrays, which makes the map cheap to build; a look-up walks
/// the value and the map together along a path.
public struct SourceMap: Sendable {
    struct Packed: Sendable {
        var line: Int32
        var column: Int32
        var offset: Int32

        @inline(__always)
        init(_ p: SourcePosition) {
            // Almost always all three are between 0 and Int32.max: one test instead of six.
            if UInt(bitPattern: p.line | p.column | p.offset) <= UInt(Int32.max) {
                line = Int32(truncatingIfNeeded: p.line)
                column = Int32(truncatingIfNeeded: p.column)
                offset = Int32(truncatingIfNeeded: p.offset)
            } else {
                line = Self.clamp(p.line)
                column = Self.clamp(p.column)
                offset = Self.clamp(p.offset)
            }
        }

        init(line: Int32, column: Int32, offset: Int32) {
            self.line = line
            self.column = column
            self.offset = offset
        }

        var position: SourcePosition { SourcePosition(line: Int(line), column: Int(column), offset: Int(offset)) }

        /// `Int32(clamping:)` written out: the generic initialiser stayed a call of its own, three per position.
        @inline(__always)
        static func clamp(_ value: Int) -> Int32 {
            Int32(truncatingIfNeeded: Swift.min(Swift.max(value, Int(Int32.min)), Int(Int32.max)))
        }
    }

    /// One node's ranges and where its subtree ends, kept together so that recording a node is one append.
    struct Node: Sendable {
        var start: Packed
        var end: Packed
        var keyStart: Packed
        var keyEnd: Packed
        /// The index just past the node's last descendant.
        var subtreeEnd: Int32
    }

    private var nodes: [Node] = []

    public init() {}

    /// The number of nodes recorded.
    public var count: Int { nodes.count }

    // MARK: Building

    /// Records a node that starts at `start`; children follow until ``close(_:end:)``.
    /// - Parameter key: the range of the mapping key naming this node, if it is a mapping value.
    /// - Returns: the node's index, to pass to ``close(_:end:)``.
    public mutating func open(start: SourcePosition, key: SourceRange?) -> Int {
        let index = nodes.count
        let packed = Packed(start)
        var node = Node(start: packed, end: packed, keyStart: packed, keyEnd: packed, subtreeEnd: 0)
        if let key {
            node.keyStart = Packed(key.start)
            node.keyEnd = Packed(key.end)
        }
        node.subtreeEnd = Int32(truncatingIfNeeded: index + 1)
        nodes.append(node)
        return index
    }

    /// Finishes the node at `index`: it ends at `end` and every node recorded since belongs to it.
    public mutating func close(_ index: Int, end: SourcePosition) {
        nodes[index].end = Packed(end)
        nodes[index].subtreeEnd = Int32(truncatingIfNeeded: nodes.count)
    }

    /// Records a node without children.
    public mutating func leaf(_ range: SourceRange, key: SourceRange?) {
        let start = Packed(range.start)
        var node = Node(start: start, end: Packed(range.end), keyStart: start, keyEnd: start, subtreeEnd: 0)
        if let key {
            node.keyStart = Packed(key.start)
            node.keyEnd = Packed(key.end)
        }
        node.subtreeEnd = Int32(truncatingIfNeeded: nodes.count + 1)
        nodes.append(node)
    }

    /// Appends a copy of the subtree rooted at `index` (used when an alias repeats an anchored node),
    /// giving the copy's root the key range `key`.
    public mutating func copySubtree(of index: Int, key: SourceRange?) {
        let end = Int(nodes[index].subtreeEnd)
        let shift = Int32(truncatingIfNeeded: nodes.count - index)
        let copy = nodes.count
        nodes.reserveCapacity(copy + end - index)
        for i in index..<end {
            var node = nodes[i]
            node.subtreeEnd += shift
            nodes.append(node)
        }
        if let key {
            nodes[copy].keyStart = Packed(key.start)
            nodes[copy].keyEnd = Packed(key.end)
        }
    }

    /// The number of nodes in the subtree rooted at `index`, itself included.
    public func subtreeSize(_ index: Int) -> Int { Int(nodes[index].subtreeEnd) - index }

    // MARK: Looking up

    /// The range of the node at `index` (pre-order).
    public func range(ofNode index: Int) -> SourceRange {
        SourceRange(start: nodes[index].start.position, end: nodes[index].end.position)
    }

    /// The range of the key naming the node at `index`, or the node's start when it has no key.
    public func keyRange(ofNode index: Int) -> SourceRange {
        SourceRange(start: nodes[index].keyStart.position, end: nodes[index].keyEnd.position)
    }

    /// The pre-order index of the node at `path` in `root`, or of its nearest existing ancestor.
    /// - Returns: the index and how many steps of `path` exist.
    public func nearestNode(at path: some Sequence<PathElement>, in root: Value) -> (index: Int, depth: Int)? {
        guard !nodes.isEmpty else { return nil }
        var node = root
        var index = 0
        var depth = 0
        for element in path {
            let position: Int
            let child: Value
            switch (node, element) {
            case (.object(let object), .key(let key)):
                guard let i = object.index(forKey: key) else { return (index, depth) }
                position = i
                child = object.values[i]
            case (.array(let array), .index(let i)):
                guard i >= 0, i < array.count else { return (index, depth) }
                position = i
                child = array[i]
            default:
                return (index, depth)
            }
            var childIndex = index + 1
            for _ in 0..<position {
                guard childIndex < nodes.count else { return (index, depth) }
                childIndex = Int(nodes[childIndex].subtreeEnd)
            }
            guard childIndex < Int(nodes[index].subtreeEnd) else { return (index, depth) }
            index = childIndex
            node = child
            depth += 1
        }
        return (index, depth)
    }

    /// The range of the node at `path`, or of its nearest existing ancestor when the path is missing.
    public func range(at path: some Sequence<PathElement>, in root: Value) -> SourceRange? {
        nearestNode(at: path, in: root).map { range(ofNode: $0.index) }
    }

    /// The range of the key that names the node at `path`; the node's own range where it has no key.
    public func keyRange(at path: some Sequence<PathElement>, in root: Value) -> SourceRange? {
        nearestNode(at: path, in: root).map { keyRange(ofNode: $0.index) }
    }
}

extension SourceMap {
    /// Appends the map in the binary format ``init(reading:nodes:)`` reads.
    public func write(to writer: inout BinaryWriter) {
        func write(_ packed: Packed) {
            writer.int32(packed.line)
            writer.int32(packed.column)
            writer.int32(packed.offset)
        }
        writer.count(count)
        for node in nodes {
            write(node.start)
            write(node.end)
            write(node.keyStart)
            write(node.keyEnd)
            writer.int32(node.subtreeEnd)
        }
    }

    /// Reads a map written by ``write(to:)`` for a tree of `nodes` nodes; fails unless every subtree lies
    /// within the map. The nodes are read from one bounds-checked run of bytes (52 a node) rather than field by
    /// field.
    public init(reading reader: inout BinaryReader, nodes: Int) throws(BinaryReader.Malformed) {
        let count = try reader.count()
        guard count == nodes, count <= reader.remaining / Self.encodedNodeSize else { throw BinaryReader.Malformed() }
        let bytes = try reader.bytes(count * Self.encodedNodeSize)
        func int32(_ offset: Int) -> Int32 {
            Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self))
        }
        func packed(_ offset: Int) -> Packed {
            Packed(line: int32(offset), column: int32(offset + 4), offset: int32(offset + 8))
        }
        self.nodes.reserveCapacity(count)
        for i in 0..<count {
            let at = i * Self.encodedNodeSize
            let subtreeEnd = int32(at + 48)
            guard Int(subtreeEnd) > i, Int(subtreeEnd) <= count else { throw BinaryReader.Malformed() }
            self.nodes.append(
                Node(
                    start: packed(at), end: packed(at + 12), keyStart: packed(at + 24), keyEnd: packed(at + 36),
                    subtreeEnd: subtreeEnd))
        }
    }

    /// The bytes ``write(to:)`` takes for a node: four positions of three 32-bit numbers and the subtree's end.
    static let encodedNodeSize = 52
}
