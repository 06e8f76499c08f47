public import DGLintModel

/// A parsed document together with where it came from: what the engine is given instead of a file.
public struct SourceDocument: Sendable {
    /// The file as the user named it (used in diagnostics and findings).
    public var file: String
    /// The 0-based index of the document within its stream.
    public var index: Int
    public var value: Value
    public var sourceMap: SourceMap

    public init(file: String, index: Int = 0, value: Value, sourceMap: SourceMap) {
        self.file = file
        self.index = index
        self.value = value
        self.sourceMap = sourceMap
    }

    /// The location of the node at `path` (or of its nearest existing ancestor).
    public func location(of path: [PathElement]) -> SourceLocation {
        SourceLocation(file: file, range: sourceMap.range(at: path, in: value))
    }

    /// The location of the key naming the node at `path`; the node's own location where it has none.
    public func keyLocation(of path: [PathElement]) -> SourceLocation {
        SourceLocation(file: file, range: sourceMap.keyRange(at: path, in: value))
    }
}
