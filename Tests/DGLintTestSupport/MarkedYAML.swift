public import DGLintModel
public import DGLintYAML

/// A YAML fixture with marked positions (see ``MarkedText``), parsed: its documents and where the markers are.
///
/// ```swift
/// let fixture = try MarkedYAML("a: 1️⃣[1, 2]")
/// // fixture.documents[0].value == ["a": [1, 2]], fixture[1] is where `[` is
/// ```
public struct MarkedYAML: Sendable {
    /// The text without markers, and the markers' positions.
    public let marked: MarkedText
    /// Every document of the stream, in order.
    public let documents: [LoadedDocument]
    /// The file name given to the loader.
    public let file: String

    /// Parses `text` after removing its markers; throws the loader's diagnostic when it is not valid YAML.
    public init(_ text: String, file: String = "test.yaml") throws(Diagnostic) {
        self.marked = MarkedText(text)
        self.file = file
        self.documents = try YAMLLoader().load(marked.text, file: file)
    }

    /// The position of marker `number`.
    public subscript(_ number: Int) -> SourcePosition { marked[number] }
}
