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

        init(_ p: SourcePosition) {
            line = Int32(clamping: p.line)
            column = Int32(clamping: p.column)
            offset = Int32(clamping: p.offset)
        }

        init(line: Int32, column: Int32, offset: Int32) {
            self.line = line
            self.column = column
            self.offset = offset
        }

        var position: SourcePosition { SourcePosition(line: Int(line), column: Int(column), offset: Int(offset)) }
    }

    private var starts: [Packed] = []
    private var ends: [Packed] = []
    private var keyStarts: [Packed] = []
    private var keyEnds: [Packed] = []
    private var subtreeEnds: [Int32] = []

    public init() {}

    /// The number of nodes recorded.
    public var count: Int { starts.count }

    // MARK: Building

    /// Records a node that starts at `start`; children follow until ``close(_:end:)``.
    /// - Parameter key: the range of the mapping key naming this node, if it is a mapping value.
    /// - Returns: the node's index, to pass to ``close(_:end:)``.
    public mutating func open(start: SourcePosition, key: SourceRange?) -> Int {
        let index = starts.count
        starts.append(Packed(start))
        ends.append(Packed(start))
        keyStarts.append(Packed(key?.start ?? start))
        keyEnds.append(Packed(key?.end ?? start))
        subtreeEnds.append(Int32(index + 1))
        return index
    }

    /// Finishes the node at `index`: it ends at `end` and every node recorded since belongs to it.
    public mutating func close(_ index: Int, end: SourcePosition) {
        ends[index] = Packed(end)
        subtreeEnds[index] = Int32(starts.count)
    }

    /// Records a node without children.
    public mutating func leaf(_ range: SourceRange, key: SourceRange?) {
        let index = open(start: range.start, key: key)
        close(index, end: range.end)
    }

    /// Appends a copy of the subtree rooted at `index` (used when an alias repeats an anchored node),
    /// giving the copy's root the key range `key`.
    public mutating func copySubtree(of index: Int, key: SourceRange?) {
        let end = Int(subtreeEnds[index])
        let shift = Int32(starts.count - index)
        for i in index..<end {
            starts.append(starts[i])
            ends.append(ends[i])
            keyStarts.append(keyStarts[i])
            keyEnds.append(keyEnds[i])
            subtreeEnds.append(subtreeEnds[i] + shift)
        }
        let copy = starts.count - (end - index)
        if let key {
            keyStarts[copy] = Packed(key.start)
            keyEnds[copy] = Packed(key.end)
        }
    }

    /// The number of nodes in the subtree rooted at `index`, itself included.
    public func subtreeSize(_ index: Int) -> Int { Int(subtreeEnds[index]) - index }

    // MARK: Looking up

    /// The range of the node at `index` (pre-order).
    public func range(ofNode index: Int) -> SourceRange {
        SourceRange(start: starts[index].position, end: ends[index].position)
    }

    /// The range of the key naming the node at `index`, or the node's start when it has no key.
    public func keyRange(ofNode index: Int) -> SourceRange {
        SourceRange(start: keyStarts[index].position, end: keyEnds[index].position)
    }

    /// The pre-order index of the node at `path` in `root`, or of its nearest existing ancestor.
    /// - Returns: the index and how many steps of `path` exist.
    public func nearestNode(at path: some Sequence<PathElement>, in root: Value) -> (index: Int, depth: Int)? {
        guard !starts.isEmpty else { return nil }
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
                guard childIndex < starts.count else { return (index, depth) }
                childIndex = Int(subtreeEnds[childIndex])
            }
            guard childIndex < Int(subtreeEnds[index]) else { return (index, depth) }
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
        for i in 0..<count {
            write(starts[i])
            write(ends[i])
            write(keyStarts[i])
            write(keyEnds[i])
            writer.int32(subtreeEnds[i])
        }
    }

    /// Reads a map written by ``write(to:)`` for a tree of `nodes` nodes; fails unless every subtree lies
    /// within the map.
    public init(reading reader: inout BinaryReader, nodes: Int) throws(BinaryReader.Malformed) {
        let count = try reader.count()
        guard count == nodes, count <= reader.remaining / 52 else { throw BinaryReader.Malformed() }
        func packed() throws(BinaryReader.Malformed) -> Packed {
            Packed(line: try reader.int32(), column: try reader.int32(), offset: try reader.int32())
        }
        starts.reserveCapacity(count)
        ends.reserveCapacity(count)
        keyStarts.reserveCapacity(count)
        keyEnds.reserveCapacity(count)
        subtreeEnds.reserveCapacity(count)
        for i in 0..<count {
            starts.append(try packed())
            ends.append(try packed())
            keyStarts.append(try packed())
            keyEnds.append(try packed())
            let end = try reader.int32()
            guard Int(end) > i, Int(end) <= count else { throw BinaryReader.Malformed() }
            subtreeEnds.append(end)
        }
    }
}
