/// A point in a source file: 1-based line and column (columns count Unicode scalars), 0-based byte offset.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }

    public var description: String { "\(line):\(column)" }
}

/// The span of a node in its file, from its first character to just after its last.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A zero-width range at one position.
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }

    public var description: String { "\(start)-\(end)" }
}

/// A range within a named file, the location every diagnostic carries.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var range: SourceRange?

    public init(file: String, range: SourceRange?) {
        self.file = file
        self.range = range
    }

    /// `file:line:column`, or just the file when the position is unknown.
    public var description: String {
        guard let range else { return file }
        return "\(file):\(range.start.line):\(range.start.column)"
    }
}
