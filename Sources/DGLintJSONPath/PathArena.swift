import DGLintModel

/// The locations of nodes met during one evaluation, stored as links to their parents so that a child's
/// location costs one entry whatever its depth; `[PathElement]` arrays are built only for results.
struct PathArena: Sendable {
    /// The id of the node evaluation starts from (the root, or the current node of a relative query).
    static let start = -1

    private var parents: [Int] = []
    private var elements: [PathElement] = []

    /// Records the child reached from `parent` by `element` and returns its id.
    mutating func add(_ element: PathElement, parent: Int) -> Int {
        parents.append(parent)
        elements.append(element)
        return parents.count - 1
    }

    /// Records the `count` elements of an array below `parent`, with consecutive ids; returns the first.
    mutating func addIndices(_ count: Int, parent: Int) -> Int {
        let first = parents.count
        for index in 0..<count {
            parents.append(parent)
            elements.append(.index(index))
        }
        return first
    }

    /// Records the members `keys` of an object below `parent`, with consecutive ids; returns the first.
    mutating func addKeys(_ keys: some Sequence<String>, parent: Int) -> Int {
        let first = parents.count
        for key in keys {
            parents.append(parent)
            elements.append(.key(key))
        }
        return first
    }

    /// The full location of node `id`: `base` (the start node's location) followed by the recorded steps.
    func path(of id: Int, base: [PathElement]) -> [PathElement] {
        var depth = 0
        var link = id
        while link >= 0 {
            depth += 1
            link = parents[link]
        }
        if depth == 0 { return base }
        var path = base
        path.reserveCapacity(base.count + depth)
        path.append(contentsOf: repeatElement(PathElement.index(0), count: depth))
        var slot = path.count - 1
        link = id
        while link >= 0 {
            path[slot] = elements[link]
            slot -= 1
            link = parents[link]
        }
        return path
    }
}
