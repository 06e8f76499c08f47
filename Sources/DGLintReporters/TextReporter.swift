public import DGLintEngine
import DGLintModel

/// Writes findings compiler-style, for agency staff reading a terminal.
///
/// ```
/// proposals/x.yaml:5:3: error: [STRUCT-01] ต้องระบุหลักการและเหตุผล (rationale)
///     5 |   rationale: ""
///       |   ^~~~~~~~~~~~~
/// ```
///
/// Each shown finding is one line `file:line:column: severity: [RULE] message`, or `file: severity: [RULE]
/// message` when it has no position, followed by its source line and a caret under its range when the
/// file's text is at hand. The severity keyword is always English (`error`, `warning`, `info`, `hint`) so
/// that editors and scripts can parse the line; the message and the notes after it — `(document 2)`,
/// `(waived: reason)`, `(baselined)` — are in ``ReportOptions/language``. A file without findings prints
/// nothing. The run ends with one summary line in the chosen language, after a blank line when findings
/// were printed. See `docs/output.md`.
public struct TextReporter: Reporter {
    public var options: ReportOptions
    /// Files with at least one active finding, for the summary's "in N files".
    private var filesWithFindings = 0
    private var printedFindings = false

    public init(options: ReportOptions) {
        self.options = options
    }

    public mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream) {}

    public mutating func report(_ file: FileReport, into out: inout some TextOutputStream) {
        if file.findings.contains(where: \.isActive) { filesWithFindings += 1 }
        var lines: SourceLines?
        for finding in file.findings where options.shows(finding) {
            var text = headline(finding) + "\n"
            if let range = finding.range, let source = file.source {
                let split = lines ?? SourceLines(source)
                lines = split
                if let snippet = SourceSnippet(range, in: split) {
                    text += snippetLines(snippet, line: range.start.line, severity: finding.severity)
                }
            }
            out.write(text)
            printedFindings = true
        }
    }

    public mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream) {
        let wording = TextWording(options.language)
        let line = wording.summary(summary, filesWithFindings: filesWithFindings)
        out.write((printedFindings ? "\n" : "") + ANSIStyle.bold.apply(line, enabled: options.color) + "\n")
        if summary.byPack.count >= 2 { out.write(wording.byPack(summary) + "\n") }
    }

    /// `file:line:column: severity: [RULE] message (notes)`.
    func headline(_ finding: Finding) -> String {
        var location = TerminalText.line(finding.file)
        if let range = finding.range { location += ":\(range.start.line):\(range.start.column)" }
        let color = options.color
        var text = ANSIStyle.bold.apply(location + ":", enabled: color) + " "
        text += Self.style(finding.severity).word.apply(finding.severity.rawValue + ":", enabled: color)
        text += " [\(TerminalText.line(finding.rule))] " + TerminalText.line(finding.message.text(options.language))
        let wording = TextWording(options.language)
        if finding.document > 0 { text += " " + wording.document(finding.document) }
        if let waiver = finding.waiver {
            text += " " + wording.waived(TerminalText.line(waiver.reason))
        } else if finding.baselined {
            text += " " + wording.baselined
        }
        return text
    }

    /// The quoted source line under a gutter with its number, and the caret line under it.
    func snippetLines(_ snippet: SourceSnippet, line: Int, severity: Severity) -> String {
        let number = String(line)
        let gutter = String(repeating: " ", count: max(Self.gutterWidth - number.count, 0)) + number
        let blank = String(repeating: " ", count: gutter.count)
        let marker = Self.style(severity).caret.apply(snippet.marker, enabled: options.color)
        let quoted = snippet.line.isEmpty ? "" : " " + snippet.line
        return "\(gutter) |\(quoted)\n\(blank) | \(marker)\n"
    }

    /// The width line numbers are right-aligned in.
    static let gutterWidth = 5

    /// The styles of a severity's keyword and of its caret line.
    static func style(_ severity: Severity) -> (word: ANSIStyle, caret: ANSIStyle) {
        switch severity {
        case .error: (.boldRed, .red)
        case .warning: (.boldYellow, .yellow)
        case .info: (.boldBlue, .blue)
        case .hint: (.boldGrey, .grey)
        }
    }
}
