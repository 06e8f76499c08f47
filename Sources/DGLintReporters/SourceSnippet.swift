import DGLintModel

/// The lines of a file's text, split once so findings can quote them.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as libyaml counts them; the break is not part of the line.
/// The lines are views into the text, so splitting copies nothing.
struct SourceLines {
    private var lines: [Substring] = []

    init(_ text: String) {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                scalars.formIndex(after: &index)
                continue
            }
            lines.append(Substring(scalars[start..<index]))
            scalars.formIndex(after: &index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" {
                scalars.formIndex(after: &index)
            }
            start = index
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
    }

    /// The 1-based line `number`, or nil when the text has no such line.
    subscript(number: Int) -> Substring? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}

/// One source line as the text reporter shows it, with a marker line that puts a caret under a range.
///
/// The line is made safe for a terminal and its tabs are expanded to ``DisplayWidth/tabWidth`` stops; the
/// marker is spaces up to the display column of the range's start, a `^`, then `~` to the end of the range
/// (or of the line, when the range goes on to later lines). Columns are found with ``DisplayWidth``, so
/// the caret lines up under Thai and CJK text. A line longer than ``maxScalars`` is cut to a window around
/// the start of the range, with `…` where text was left out.
struct SourceSnippet: Equatable {
    /// The line to print.
    var line: String
    /// The caret and tildes, indented to line up under ``line``.
    var marker: String

    /// The longest line shown whole, in Unicode scalars.
    static let maxScalars = 120
    /// How many scalars of a cut line are kept before the range's start.
    static let contextBefore = 40

    /// The snippet for `range` in `lines`, or nil when the range's line is not in the text.
    init?(_ range: SourceRange, in lines: SourceLines) {
        guard let text = lines[range.start.line] else { return nil }
        let end = range.end.line == range.start.line ? range.end.column : nil
        self.init(text, from: range.start.column, to: end)
    }

    /// The snippet for `text` with the range from 1-based scalar column `start` up to, not including,
    /// column `end`; nil `end` means the end of the line.
    init(_ text: Substring, from start: Int, to end: Int?) {
        let scalars = Array(text.unicodeScalars)
        let startIndex = max(start - 1, 0)
        let endIndex = end.map { max($0 - 1, startIndex) } ?? scalars.count
        var first = 0
        var last = scalars.count
        if scalars.count > Self.maxScalars {
            first = max(0, min(startIndex - Self.contextBefore, scalars.count - Self.maxScalars))
            last = first + Self.maxScalars
        }
        var line = first > 0 ? "…" : ""
        var width = DisplayWidth.of(line)
        var caretStart: Int?
        var caretEnd: Int?
        for index in first..<last {
            if index == startIndex { caretStart = width }
            if index == endIndex { caretEnd = width }
            let scalar = scalars[index]
            if scalar == "\t" {
                let spaces = DisplayWidth.tabWidth - width % DisplayWidth.tabWidth
                line += String(repeating: " ", count: spaces)
                width += spaces
            } else {
                let shown = TerminalText.safe(scalar)
                line.unicodeScalars.append(shown)
                width += DisplayWidth.of(shown)
            }
        }
        let from = caretStart ?? width
        let to = caretEnd ?? width
        if last < scalars.count { line += "…" }
        self.line = line
        self.marker = String(repeating: " ", count: from) + "^" + String(repeating: "~", count: max(to - from - 1, 0))
    }
}
