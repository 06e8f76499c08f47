public import DGLintModel

/// One node selected by a query: its value and its location in the document.
///
/// The location is a list of member names and non-negative array indices from the root; render it with
/// `PathFormat.normalized(_:)` to get the RFC 9535 normalized path, such as `$['items'][0]`.
///
/// Nodes returned by a query record their location as an entry of the query's path record, shared by
/// all of them, so selecting many nodes costs no array per node; ``path`` builds the array when read.
public struct JSONPathNode: Sendable, Hashable {
    /// The node's value.
    public var value: Value
    // `id` comes right after `value` so that it fills the value's padding: a node takes 40 bytes.
    /// The node's entry in `record`, or `PathArena.start` for the node `record` starts from.
    private var id: Int32
    /// Where the node's location is recorded.
    private var record: RecordedPaths

    /// Creates a node at `path` holding `value`.
    public init(path: [PathElement], value: Value) {
        self.value = value
        id = PathArena.start
        record = RecordedPaths(steps: path)
    }

    /// Creates a node whose location is entry `id` of `record`.
    init(recorded record: RecordedPaths, id: Int32, value: Value) {
        self.value = value
        self.id = id
        self.record = record
    }

    /// The steps from the document root to the node.
    public var path: [PathElement] {
        get { record.path(of: id) }
        set {
            record = RecordedPaths(steps: newValue)
            id = PathArena.start
        }
    }

    /// Where the node is, its path built only when read: for a caller that may never need it.
    public var location: JSONPathLocation {
        JSONPathLocation(id: id, record: record)
    }

    public static func == (lhs: JSONPathNode, rhs: JSONPathNode) -> Bool {
        lhs.value == rhs.value && lhs.path == rhs.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(path)
    }
}

/// Where a node a query selected is: one reference to the query's record, from which ``path`` is built each time
/// it is read (a walk down the tree and an array). A rule's checks run at every node its `given` selects and
/// nearly always pass; the path is needed only for what they report.
public struct JSONPathLocation: Sendable {
    fileprivate let id: Int32
    fileprivate let record: RecordedPaths

    /// The steps from the document root to the node.
    public var path: [PathElement] {
        record.path(of: id)
    }

    /// Whether the node is the document root (its path is empty), known without building the path.
    public var isRoot: Bool {
        id == PathArena.start && record.base.isEmpty
    }
}

/// The locations recorded while evaluating one query, shared (read-only) by the nodes it returned; or
/// the one location of a node made with explicit steps.
///
/// `arena` is filled in once, by the `select` call that made the record, before that call returns any
/// node referring to it, and never changed afterwards; every other member is immutable. A record is thus
/// only read once nodes can reach other threads, which is why the `@unchecked Sendable` is sound.
final class RecordedPaths: @unchecked Sendable {
    /// The node evaluation started from; recorded locations are walked down from it.
    let start: Value
    /// The location of `start`.
    let base: [PathElement]
    /// The links from each recorded node to its parent (see above for when it is written).
    @exclusivity(unchecked) var arena = PathArena()

    /// A record for the evaluation of a query from `start`, which is at `base`; `arena` comes later.
    init(start: Value, base: [PathElement]) {
        self.start = start
        self.base = base
    }

    /// A record holding the single location `steps` (id `PathArena.start`).
    init(steps: [PathElement]) {
        start = .null
        base = steps
    }

    /// The location of entry `id`.
    func path(of id: Int32) -> [PathElement] {
        id == PathArena.start ? base : arena.path(of: id, from: start, base: base)
    }
}
