import DGLintModel

/// The locations of nodes met during one evaluation, stored as links to their parents so that a child's
/// location costs one 8-byte entry whatever its depth; `[PathElement]` arrays are built only when a
/// result's ``JSONPathNode/path`` is read.
///
/// A link holds the parent's id and the child's position among the parent's children (the array index,
/// or the member's offset in the object's order), not the member name: the path is rebuilt by walking
/// down from the node evaluation started from, reading each name from the object itself. So recording a
/// node copies no string and retains nothing.
struct PathArena: Sendable {
    /// The id of the node evaluation starts from (the root, or the current node of a relative query).
    static let start: Int32 = -1

    /// One recorded node: its parent's id and its position among the parent's children.
    struct Link: Sendable {
        var parent: Int32
        var position: Int32
    }

    private var links: [Link] = []

    /// The room made by the first record: enough for most queries, instead of growing 1, 2, 4, 8, 16.
    private static let initialCapacity = 16

    /// Records the child at `position` of `parent` and returns its id.
    mutating func add(position: Int, parent: Int32) -> Int32 {
        let id = Int32(links.count)  // traps past 2³¹ nodes, far beyond any document dglint can load
        if links.isEmpty { links.reserveCapacity(Self.initialCapacity) }
        links.append(Link(parent: parent, position: Int32(position)))
        return id
    }

    /// Records all `count` children of `parent`, with consecutive ids; returns the first.
    mutating func addChildren(_ count: Int, parent: Int32) -> Int32 {
        let first = Int32(links.count)
        _ = Int32(links.count + count)  // the same bound for the last id
        if links.isEmpty { links.reserveCapacity(max(count, Self.initialCapacity)) }
        for position in 0..<count {
            links.append(Link(parent: parent, position: Int32(truncatingIfNeeded: position)))
        }
        return first
    }

    /// The full location of node `id`: `base` (the location of `start`, the node evaluation started
    /// from) followed by the steps from `start` down to the node.
    func path(of id: Int32, from start: Value, base: [PathElement]) -> [PathElement] {
        var depth = 0
        var link = id
        while link >= 0 {
            depth += 1
            link = links[Int(link)].parent
        }
        if depth == 0 { return base }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: depth) { positions in
            // The positions from `start` down, then the steps they stand for.
            link = id
            for slot in (0..<depth).reversed() {
                positions[slot] = links[Int(link)].position
                link = links[Int(link)].parent
            }
            var path = base
            path.reserveCapacity(base.count + depth)
            Self.appendSteps(below: start, positions[...], to: &path)
            return path
        }
    }

    /// Appends the steps that `positions` stand for, walking down from `node` (borrowed all the way).
    private static func appendSteps(
        below node: Value, _ positions: Swift.Slice<UnsafeMutableBufferPointer<Int32>>, to path: inout [PathElement]
    ) {
        guard let first = positions.first else { return }
        let position = Int(first)
        switch node {
        case .array(let elements):
            path.append(.index(position))
            appendSteps(below: elements[position], positions.dropFirst(), to: &path)
        case .object(let members):
            path.append(.key(members.keys[position]))
            appendSteps(below: members.values[position], positions.dropFirst(), to: &path)
        default:
            preconditionFailure("a recorded location goes below a scalar")
        }
    }
}
