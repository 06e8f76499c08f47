import DGLintJSONPath
import DGLintModel

/// Where a node of the document is, its path from the root built only when read.
///
/// A rule's checks run at every node its `given` selects, and at each field below it, and nearly always pass:
/// the path of each given node (a walk down the tree from the query's record) and of each target (the given
/// node's path with the field's steps appended) were built for every one of them, and read only by what a
/// function reported — about 150 arrays a proposal, 3 % of checking it.
enum NodeLocation: Sendable {
    /// A path already built.
    case path([PathElement])
    /// A node a query selected.
    case selected(JSONPathLocation)
    /// The node at the end of `steps` (never empty) below a node a query selected.
    case below(JSONPathLocation, steps: [PathElement])
    /// The member `name` of a node a query selected, present or not.
    case member(String, of: JSONPathLocation)

    /// The steps from the document root to the node.
    var path: [PathElement] {
        switch self {
        case .path(let path):
            return path
        case .selected(let location):
            return location.path
        case .below(let location, let steps):
            var path = location.path
            path.append(contentsOf: steps)
            return path
        case .member(let name, let location):
            var path = location.path
            path.append(.key(name))
            return path
        }
    }

    /// Whether the node is the document root, known without building its path.
    var isRoot: Bool {
        switch self {
        case .path(let path): path.isEmpty
        case .selected(let location): location.isRoot
        case .below, .member: false
        }
    }

    /// The location of the node at the end of `steps` below this one.
    func appending(_ steps: [PathElement]) -> NodeLocation {
        guard !steps.isEmpty else { return self }
        switch self {
        case .selected(let location): return .below(location, steps: steps)
        case .path, .below, .member: return .path(path + steps)
        }
    }
}
