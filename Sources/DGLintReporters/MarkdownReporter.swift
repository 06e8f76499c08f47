public import DGLintEngine
import DGLintModel

/// Writes a Markdown report a committee secretary can paste into minutes or a wiki.
///
/// The report has a title and the dglint version, a summary table (files checked, files with findings,
/// active findings by severity, waived, baselined), findings by pack, the audit stamp (``AuditStamp``:
/// program, language, start time, configuration digest, and each pack's version and sha256), and then,
/// for each file with findings, a table of line, severity, rule and message. Waived and baselined
/// findings are in the tables, marked in italics after the message. Headings, severities and messages
/// are in ``ReportOptions/language``. Text from the input is escaped (``MarkdownText``): `|` cannot break
/// a table, line breaks become `<br>`, `<script>` stays text.
///
/// The summary comes first but is known only at the end, so each file's table goes to a ``ReportSpool``
/// as the file arrives and only counters are kept; ``end(_:into:)`` writes the head and then the spool
/// after it. At most ``ReportLimits/findingsPerFile`` findings of a file are listed, with a note giving
/// the rest's number. See `docs/output.md`.
public struct MarkdownReporter: Reporter {
    public var options: ReportOptions
    private var run = RunInfo(toolVersion: "", packs: [], rules: [], language: .th)
    private var spool: any ReportSpool
    private var filesWithFindings = 0
    private var filesListed = 0
    private var cleanFiles = 0

    /// A reporter that keeps the tables in `spool` until the end (in memory unless told otherwise).
    public init(options: ReportOptions, spool: any ReportSpool = MemorySpool()) {
        self.options = options
        self.spool = spool
    }

    private var wording: ReportWording { ReportWording(options.language) }

    public mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream) {
        self.run = run
        filesWithFindings = 0
        filesListed = 0
        cleanFiles = 0
    }

    public mutating func report(_ file: FileReport, into out: inout some TextOutputStream) {
        if file.findings.contains(where: \.isActive) { filesWithFindings += 1 }
        guard !file.findings.isEmpty else {
            cleanFiles += 1
            return
        }
        let w = wording
        var text = "\n### " + MarkdownText.escape(file.file) + "\n\n"
        text += "| \(w.line) | \(w.severity) | \(w.rule) | \(w.message) |\n|---|---|---|---|\n"
        for finding in file.findings.prefix(ReportLimits.findingsPerFile) {
            var message = MarkdownText.escape(finding.message.text(options.language))
            if let state = w.suppression(finding) { message += " *(" + MarkdownText.escape(state) + ")*" }
            let rule = MarkdownText.escape(finding.rule + " " + finding.ruleName)
            text += "| \(MarkdownText.escape(w.location(finding))) | \(finding.severity.name(in: options.language))"
            text += " | \(rule) | \(message) |\n"
        }
        if file.findings.count > ReportLimits.findingsPerFile {
            text += "\n" + w.truncated(shown: ReportLimits.findingsPerFile, total: file.findings.count) + "\n"
        }
        spool.write(text)
        filesListed += 1
    }

    public mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream) {
        let w = wording
        var text = "# \(w.title)\n\n" + MarkdownText.escape(w.checkedWith(run.toolName, run.toolVersion)) + "\n\n"
        text += "## \(w.summary)\n\n| \(w.item) | \(w.count) |\n|---|---:|\n"
        var rows = [(w.filesChecked, summary.files), (w.filesWithFindings, filesWithFindings)]
        for severity in [Severity.error, .warning, .info, .hint] {
            rows.append((severity.name(in: options.language), summary.bySeverity[severity] ?? 0))
        }
        rows += [(w.waived, summary.waived), (w.baselined, summary.baselined)]
        for (label, count) in rows { text += "| \(label) | \(count) |\n" }
        text += "\n## \(w.byPack)\n\n| \(w.pack) | \(w.findings) |\n|---|---:|\n"
        for pack in run.packs {
            text += "| " + MarkdownText.escape("\(pack.id) — \(pack.title.text(options.language))")
            text += " | \(summary.byPack[pack.id] ?? 0) |\n"
        }
        let listed = Set(run.packs.map(\.id))
        for pack in summary.byPack.keys.sorted() where !listed.contains(pack) {
            text += "| \(MarkdownText.escape(pack)) | \(summary.byPack[pack] ?? 0) |\n"
        }
        text += AuditStamp(run, language: options.language).markdown(w)
        if filesListed > 0 || cleanFiles > 0 { text += "\n## \(w.details)\n" }
        out.write(text)
        spool.drain(into: &out)
        if cleanFiles > 0 { out.write("\n" + w.cleanFiles(cleanFiles) + "\n") }
    }
}
