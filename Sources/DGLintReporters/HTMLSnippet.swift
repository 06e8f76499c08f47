import DGLintModel

/// The lines of a proposal around a finding, as an HTML `<pre>` with the finding's range in `<mark>`.
///
/// ``contextLines`` lines are shown before the range's first line and after its last, and a range over
/// more than ``maxRangeLines`` lines is shown by its first lines only. Each line is numbered; lines
/// longer than ``maxScalars`` are cut to a window around the range's start, with `…` where text was left
/// out. Everything is escaped with ``HTMLText``, so a proposal's `<script>` stays text.
enum HTMLSnippet {
    static let contextLines = 2
    static let maxRangeLines = 8
    static let maxScalars = 240
    static let contextBefore = 80

    /// The snippet for `range` in `lines`, or nil when the range's first line is not in the text.
    static func render(_ range: SourceRange, in lines: SourceLines) -> String? {
        guard lines[range.start.line] != nil else { return nil }
        let first = max(range.start.line - contextLines, 1)
        let rangeEnd = max(range.end.line, range.start.line)
        let last = min(rangeEnd, range.start.line + maxRangeLines - 1) + contextLines
        var text = "<pre class=\"source\">"
        for number in first...last {
            guard let line = lines[number] else { break }
            let scalars = Array(line.unicodeScalars)
            var from: Int?
            var to: Int?
            if number >= range.start.line, number <= rangeEnd {
                from = number == range.start.line ? max(range.start.column - 1, 0) : 0
                to = number == range.end.line ? max(range.end.column - 1, from ?? 0) : scalars.count
            }
            text += "<span class=\"ln\">\(number)</span>" + marked(scalars, from: from, to: to) + "\n"
        }
        return text + "</pre>"
    }

    /// One line, cut to a window when long, with scalars `from..<to` in `<mark>` (an empty mark when they
    /// are the same position).
    static func marked(_ scalars: [Unicode.Scalar], from: Int?, to: Int?) -> String {
        var start = 0
        var end = scalars.count
        if scalars.count > maxScalars {
            start = max(0, min((from ?? 0) - contextBefore, scalars.count - maxScalars))
            end = start + maxScalars
        }
        func piece(_ lower: Int, _ upper: Int) -> String {
            let lower = min(max(lower, start), end)
            let upper = min(max(upper, lower), end)
            var part = ""
            part.unicodeScalars.append(contentsOf: scalars[lower..<upper])
            return HTMLText.escape(part)
        }
        var text = start > 0 ? "…" : ""
        if let from, let to {
            let mark = from == to ? "<mark class=\"empty\"></mark>" : "<mark>" + piece(from, to) + "</mark>"
            text += piece(start, from) + mark + piece(to, end)
        } else {
            text += piece(start, end)
        }
        return text + (end < scalars.count ? "…" : "")
    }
}
