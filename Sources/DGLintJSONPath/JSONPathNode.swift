public import DGLintModel

/// One node selected by a query: its value and its location in the document.
///
/// The location is a list of member names and non-negative array indices from the root; render it with
/// `PathFormat.normalized(_:)` to get the RFC 9535 normalized path, such as `$['items'][0]`.
///
/// Nodes returned by a query record their location as a link into the query's path record, so selecting
/// many nodes costs no array per node; ``path`` builds the array when read.
public struct JSONPathNode: Sendable, Hashable {
    /// The node's value.
    public var value: Value
    private var location: Location

    /// Where a node is: an array of steps, or an entry of a query's path record.
    private enum Location: Sendable {
        case steps([PathElement])
        case recorded(RecordedPaths, Int)
    }

    /// Creates a node at `path` holding `value`.
    public init(path: [PathElement], value: Value) {
        self.value = value
        location = .steps(path)
    }

    /// Creates a node whose location is entry `id` of `record`.
    init(recorded record: RecordedPaths, id: Int, value: Value) {
        self.value = value
        location = .recorded(record, id)
    }

    /// The steps from the document root to the node.
    public var path: [PathElement] {
        get {
            switch location {
            case .steps(let steps): steps
            case .recorded(let record, let id): record.arena.path(of: id, base: record.base)
            }
        }
        set { location = .steps(newValue) }
    }

    public static func == (lhs: JSONPathNode, rhs: JSONPathNode) -> Bool {
        lhs.value == rhs.value && lhs.path == rhs.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(path)
    }
}

/// The locations recorded while evaluating one query, shared (read-only) by the nodes it returned.
final class RecordedPaths: Sendable {
    /// The links from each recorded node to its parent.
    let arena: PathArena
    /// The location of the node evaluation started from.
    let base: [PathElement]

    init(arena: PathArena, base: [PathElement]) {
        self.arena = arena
        self.base = base
    }
}
