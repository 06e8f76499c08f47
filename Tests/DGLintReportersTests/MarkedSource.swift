import DGLintModel

/// Source text with ranges marked inline, so tests never count columns by hand.
///
/// `⦃` opens a range and `⦄` closes it; ranges are numbered in the order they open and do not nest. The
/// markers are removed from ``text``, and each range gets the line, scalar column and byte offset its
/// text has once they are gone — the positions the YAML layer reports.
struct MarkedSource {
    /// The text without markers.
    var text = ""
    /// The marked ranges, in order.
    var ranges: [SourceRange] = []

    init(_ marked: String) {
        var position = SourcePosition(line: 1, column: 1, offset: 0)
        var start: SourcePosition?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⦃":
                start = position
            case "⦄":
                if let start { ranges.append(SourceRange(start: start, end: position)) }
                start = nil
            default:
                text.unicodeScalars.append(scalar)
                position.offset += UTF8.width(scalar)
                if scalar == "\n" {
                    position.line += 1
                    position.column = 1
                } else {
                    position.column += 1
                }
            }
        }
    }
}
