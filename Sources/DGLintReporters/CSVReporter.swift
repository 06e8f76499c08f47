public import DGLintEngine
import DGLintModel

/// Writes one CSV row per finding, for reviewers who sort and filter in Excel.
///
/// The output is UTF-8 and starts with a byte order mark (EF BB BF), without which Excel reads the file
/// in the system code page and shows Thai as mojibake. Rows follow RFC 4180: fields are separated by
/// commas, lines end in CR LF, and a field holding a comma, a double quote, CR or LF is quoted with its
/// quotes doubled. The header row names the columns (documented in `docs/output.md`); every finding is
/// a row, waived and baselined ones flagged. Rows are written as each file arrives.
///
/// Every row ends with the run's audit stamp (``AuditStamp``) — the sha256 of the finding's pack, the
/// dglint version, the start time, the configuration digest and the language — so that a sheet merged
/// from several runs keeps where each row came from. A start time or digest the run does not have is an
/// empty cell, as is the sha256 of dglint's own input checks, which belong to no pack file.
///
/// A proposal is untrusted and the file is opened in a spreadsheet, so a text cell that starts with `=`,
/// `+`, `-`, `@`, a tab or CR — which Excel would run as a formula — gets a leading `'` (OWASP's advice
/// against CSV injection). Messages are in ``ReportOptions/language``.
public struct CSVReporter: Reporter {
    public var options: ReportOptions
    private var stamp = AuditStamp(RunInfo(toolVersion: "", packs: [], rules: [], language: .th), language: .th)

    /// The header row's column names, in order.
    public static let columns = [
        "file", "document", "line", "column", "end_line", "end_column", "severity", "rule", "rule_name", "pack",
        "pack_version", "message", "path", "pointer", "fingerprint", "waived", "waiver_reason", "baselined",
        "pack_sha256", "dglint_version", "started_at", "configuration_sha256", "lang",
    ]

    public init(options: ReportOptions) {
        self.options = options
    }

    public mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream) {
        stamp = AuditStamp(run, language: options.language)
        out.write("\u{FEFF}" + Self.row(Self.columns.map(Cell.number)))
    }

    public mutating func report(_ file: FileReport, into out: inout some TextOutputStream) {
        var text = ""
        for finding in file.findings { text += Self.row(cells(finding)) }
        out.write(text)
    }

    public mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream) {}

    /// A cell: text from the input, guarded against formulas, or a value dglint made (numbers, keywords).
    enum Cell {
        case text(String)
        case number(String)
    }

    /// A finding's cells, in the order of ``columns``.
    func cells(_ finding: Finding) -> [Cell] {
        let range = finding.range
        func number(_ value: Int?) -> Cell { .number(value.map(String.init) ?? "") }
        return [
            .text(finding.file), number(finding.document), number(range?.start.line), number(range?.start.column),
            number(range?.end.line), number(range?.end.column), .number(finding.severity.rawValue),
            .text(finding.rule), .text(finding.ruleName), .text(finding.pack), .text(finding.packVersion),
            .text(finding.message.text(options.language)), .text(finding.normalizedPath), .text(finding.pointer),
            .text(finding.fingerprint), .number(String(finding.waiver != nil)), .text(finding.waiver?.reason ?? ""),
            .number(String(finding.baselined)), .number(stamp.pack(finding.pack)?.sha256 ?? ""),
            .number(stamp.run.toolVersion), .number(stamp.run.startedAt ?? ""),
            .number(stamp.run.configurationDigest ?? ""), .number(options.language.rawValue),
        ]
    }

    /// The cells as one CSV line ending in CR LF.
    static func row(_ cells: [Cell]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// One cell as an RFC 4180 field: formula-guarded when it is text, quoted when it must be.
    static func field(_ cell: Cell) -> String {
        let value: String
        switch cell {
        case .number(let text): value = text
        case .text(let text): value = guarded(text)
        }
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" })
        else { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// `text` with a leading `'` when a spreadsheet would read it as a formula.
    static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
