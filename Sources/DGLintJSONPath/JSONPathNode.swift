public import DGLintModel

/// One node selected by a query: its value and its location in the document.
///
/// The location is a list of member names and non-negative array indices from the root; render it with
/// `PathFormat.normalized(_:)` to get the RFC 9535 normalized path, such as `$['items'][0]`.
public struct JSONPathNode: Sendable, Hashable {
    /// The steps from the document root to the node.
    public var path: [PathElement]
    /// The node's value.
    public var value: Value

    /// Creates a node at `path` holding `value`.
    public init(path: [PathElement], value: Value) {
        self.path = path
        self.value = value
    }
}
