public import DGLintModel

/// A test fixture whose expected positions are marked inline with keycap emoji (`1️⃣` … `9️⃣`).
///
/// The markers are removed from the text, and each one's position in the cleaned text is kept: 1-based
/// line and column (columns count Unicode scalars) and the 0-based UTF-8 byte offset — the same model as
/// ``SourcePosition``. Tests then say `marked[1]` instead of counting columns by hand.
///
/// ```swift
/// let marked = MarkedText("title: 1️⃣ชื่อ")
/// // marked.text == "title: ชื่อ", marked[1] == SourcePosition(line: 1, column: 8, offset: 7)
/// ```
public struct MarkedText: Sendable {
    /// The text without its markers.
    public let text: String
    /// Each marker's number and position.
    public let markers: [Int: SourcePosition]

    public init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var markers: [Int: SourcePosition] = [:]
        var line = 1
        var column = 1
        var offset = 0
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if i + 2 < scalars.count, ("1"..."9").contains(scalar), scalars[i + 1] == "\u{FE0F}",
                scalars[i + 2] == "\u{20E3}"
            {
                markers[Int(scalar.value) - 0x30] = SourcePosition(line: line, column: column, offset: offset)
                i += 3
                continue
            }
            text.append(scalar)
            offset += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        self.text = String(text)
        self.markers = markers
    }

    /// The position of marker `number`; a position at line 0 when the fixture has no such marker.
    public subscript(_ number: Int) -> SourcePosition {
        markers[number] ?? SourcePosition(line: 0, column: 0, offset: -1)
    }

    /// The range from marker `start` to marker `end`.
    public func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: self[start], end: self[end])
    }
}
