public import DGLintEngine
import DGLintModel

/// Writes GitHub Actions workflow commands, which annotate the files of a pull request.
///
/// ```
/// ::error file=proposals/x.yaml,line=5,col=3,endLine=5,endColumn=16,title=STRUCT-01::A rationale must be given
/// ```
///
/// Each active finding is one `::error`, `::warning` or `::notice` command (info and hint are notices)
/// with the file, the range when there is one, and the rule id as the title; the message, in
/// ``ReportOptions/language``, follows `::`, with `(document N)` for later documents of a stream. Waived
/// and baselined findings are left out: an annotation asks for a change. The run starts with the audit
/// stamp as plain log lines (``AuditStamp/logLines()``: version, language, start time, configuration
/// digest, packs with version and short sha256) — not `::notice`, which GitHub caps at ten per step — and
/// ends with the text reporter's summary line; the log shows both as plain text.
///
/// GitHub's escaping applies: in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in properties
/// `:` and `,` also become `%3A` and `%2C`. Other control characters and bidirectional overrides become
/// U+FFFD, as in the terminal, since the log is one. Lines are written as each file arrives.
public struct GitHubReporter: Reporter {
    public var options: ReportOptions
    private var filesWithFindings = 0

    public init(options: ReportOptions) {
        self.options = options
    }

    public mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream) {
        filesWithFindings = 0
        out.write(AuditStamp(run, language: options.language).logLines())
    }

    public mutating func report(_ file: FileReport, into out: inout some TextOutputStream) {
        var text = ""
        for finding in file.findings where finding.isActive { text += command(finding) + "\n" }
        if !text.isEmpty { filesWithFindings += 1 }
        out.write(text)
    }

    public mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream) {
        out.write(TextWording(options.language).summary(summary, filesWithFindings: filesWithFindings) + "\n")
    }

    /// The workflow command for `finding`.
    func command(_ finding: Finding) -> String {
        var properties = [("file", finding.file)]
        if let range = finding.range {
            properties += [
                ("line", String(range.start.line)), ("col", String(range.start.column)),
                ("endLine", String(range.end.line)), ("endColumn", String(range.end.column)),
            ]
        }
        properties.append(("title", finding.rule))
        var message = finding.message.text(options.language)
        if finding.document > 0 { message += " " + TextWording(options.language).document(finding.document) }
        let list = properties.map { "\($0.0)=" + Self.escape($0.1, property: true) }.joined(separator: ",")
        return "::\(Self.command(finding.severity)) \(list)::" + Self.escape(message, property: false)
    }

    /// `error`, `warning`, or `notice` for info and hint.
    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "notice"
        }
    }

    /// `text` escaped as GitHub's runner unescapes it: a message, or a property value when `property`.
    static func escape(_ text: String, property: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.unicodeScalars.append(TerminalText.safe(scalar))
            }
        }
        return out
    }
}
