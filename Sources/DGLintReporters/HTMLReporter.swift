public import DGLintEngine
import DGLintModel

/// Writes one self-contained HTML page: a summary with charts, then every proposal with its findings.
///
/// The page works offline and without scripts: the style sheet is inline (``HTMLStyle``), the charts are
/// inline SVG (``HTMLCharts``) — findings by severity, by pack, by agency and the rules most often
/// broken — and a Content-Security-Policy forbids loading or running anything. The audit stamp
/// (``AuditStamp``) follows the summary. The agency of a file is
/// its folder as named (`proposals/กรมการแพทย์/x.yaml` → `proposals/กรมการแพทย์`), since a batch is
/// usually filed one folder per agency. Each proposal with findings is a section with, per finding, its
/// severity, position, rule, message, waiver or baseline note, the source lines around it with the
/// range highlighted (``HTMLSnippet``) and the rule's fix and references. The page's `lang` and every
/// heading follow ``ReportOptions/language``. Everything from the input is escaped (``HTMLText``).
///
/// The summary comes first but is known only at the end, so each section goes to a ``ReportSpool`` as
/// its file arrives; ``end(_:into:)`` writes the head (summary, charts, audit stamp), then the spool after
/// it, then the closing tags. What is kept between files is small: the counters behind the charts (by
/// agency and by rule) and the run's rules. At most ``ReportLimits/findingsPerFile`` findings of a file
/// keep their details; the rest are counted in a note. See `docs/output.md`.
public struct HTMLReporter: Reporter {
    public var options: ReportOptions
    private var run = RunInfo(toolVersion: "", packs: [], rules: [], language: .th)
    private var spool: any ReportSpool
    private var rules: [String: RuleSummary] = [:]
    private var byAgency = Tally()
    private var byRule = Tally()
    private var filesWithFindings = 0
    private var filesListed = 0
    private var cleanFiles = 0

    /// A reporter that keeps the sections in `spool` until the end (in memory unless told otherwise).
    public init(options: ReportOptions, spool: any ReportSpool = MemorySpool()) {
        self.options = options
        self.spool = spool
    }

    private var wording: ReportWording { ReportWording(options.language) }

    public mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream) {
        self = HTMLReporter(options: options, spool: spool)
        self.run = run
        for rule in run.rules where rules[rule.id] == nil { rules[rule.id] = rule }
    }

    public mutating func report(_ file: FileReport, into out: inout some TextOutputStream) {
        let active = file.findings.filter(\.isActive)
        if !active.isEmpty { filesWithFindings += 1 }
        byAgency.add(file.folder, active.count)
        for finding in active { byRule.add(finding.rule + " " + finding.ruleName) }
        guard !file.findings.isEmpty else {
            cleanFiles += 1
            return
        }
        let lines = file.source.map(SourceLines.init)
        var text =
            "<section class=\"proposal\">\n<h3>" + HTMLText.escape(file.file) + "</h3>\n<ol class=\"findings\">\n"
        for finding in file.findings.prefix(ReportLimits.findingsPerFile) { text += item(finding, lines: lines) }
        text += "</ol>\n"
        if file.findings.count > ReportLimits.findingsPerFile {
            let note = wording.truncated(shown: ReportLimits.findingsPerFile, total: file.findings.count)
            text += "<p class=\"note\">" + HTMLText.escape(note) + "</p>\n"
        }
        spool.write(text + "</section>\n")
        filesListed += 1
    }

    public mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream) {
        let w = wording
        var text = "<!DOCTYPE html>\n<html lang=\"\(options.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        text += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        text +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        text += "<meta name=\"generator\" content=\"\(HTMLText.escape(run.toolName + " " + run.toolVersion))\">\n"
        text += "<title>\(HTMLText.escape(w.title))</title>\n<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n"
        text += "<header>\n<h1>\(HTMLText.escape(w.title))</h1>\n"
        text += "<p>\(HTMLText.escape(w.checkedWith(run.toolName, run.toolVersion)))</p>\n</header>\n<main>\n"
        text += summarySection(summary) + AuditStamp(run, language: options.language).html(w)
        if filesListed > 0 || cleanFiles > 0 { text += "<h2>\(HTMLText.escape(w.details))</h2>\n" }
        out.write(text)
        spool.drain(into: &out)
        var tail = ""
        if cleanFiles > 0 { tail += "<p class=\"note\">\(HTMLText.escape(w.cleanFiles(cleanFiles)))</p>\n" }
        out.write(tail + "</main>\n</body>\n</html>\n")
    }

    /// The summary: the counts, the packs with their findings, and the four charts.
    func summarySection(_ summary: RunSummary) -> String {
        let w = wording
        let language = options.language
        let severities: [Severity] = [.error, .warning, .info, .hint]
        var rows = [(w.filesChecked, summary.files), (w.filesWithFindings, filesWithFindings)]
        rows += severities.map { ($0.name(in: language), summary.bySeverity[$0] ?? 0) }
        rows += [(w.waived, summary.waived), (w.baselined, summary.baselined)]
        var text = "<section class=\"summary\">\n<h2>\(HTMLText.escape(w.summary))</h2>\n<table>\n"
        for (label, count) in rows {
            text += "<tr><th>\(HTMLText.escape(label))</th><td class=\"n\">\(count)</td></tr>\n"
        }
        text += "</table>\n<table>\n<tr><th>\(w.pack)</th><th>\(HTMLText.escape(w.findings))</th></tr>\n"
        for pack in run.packs {
            text += "<tr><td>" + HTMLText.escape("\(pack.id) — \(pack.title.text(language))")
            text += "</td><td class=\"n\">\(summary.byPack[pack.id] ?? 0)</td></tr>\n"
        }
        let listed = Set(run.packs.map(\.id))
        for pack in summary.byPack.keys.sorted() where !listed.contains(pack) {
            text += "<tr><td>\(HTMLText.escape(pack))</td><td class=\"n\">\(summary.byPack[pack] ?? 0)</td></tr>\n"
        }
        text += "</table>\n<div class=\"charts\">\n"
        let bySeverity = severities.map {
            HTMLCharts.Bar(label: $0.name(in: language), value: summary.bySeverity[$0] ?? 0, style: $0.rawValue)
        }
        var byPack = Tally()
        for (pack, count) in summary.byPack { byPack.add(pack, count) }
        func bars(_ tally: Tally, _ limit: Int) -> [HTMLCharts.Bar] {
            tally.top(limit).filter { $0.count > 0 }.map { HTMLCharts.Bar(label: $0.key, value: $0.count) }
        }
        text += HTMLCharts.figure(w.bySeverity, bars: bySeverity, empty: w.noFindings)
        text += HTMLCharts.figure(w.byPack, bars: bars(byPack, 20), empty: w.noFindings)
        text += HTMLCharts.figure(w.byAgency, bars: bars(byAgency, 20), empty: w.noFindings)
        text += HTMLCharts.figure(w.topRules, bars: bars(byRule, 10), empty: w.noFindings)
        return text + "</div>\n</section>\n"
    }

    /// One finding as a list item: badge, position, rule, message, note, source and the rule's fix.
    func item(_ finding: Finding, lines: SourceLines?) -> String {
        let language = options.language
        let severity = finding.severity.rawValue
        var text = "<li class=\"finding \(severity)\(finding.isActive ? "" : " suppressed")\">\n<div>"
        text += "<span class=\"badge \(severity)\">\(HTMLText.escape(finding.severity.name(in: language)))</span> "
        text += "<span class=\"loc\">" + HTMLText.escape(wording.location(finding)) + "</span> "
        text += "<code>" + HTMLText.escape(finding.rule) + "</code> "
        text += "<span class=\"rule\">" + HTMLText.escape(finding.ruleName) + "</span></div>\n"
        text += "<p class=\"message\">" + HTMLText.escape(finding.message.text(language))
        if let state = wording.state(finding) { text += " <span class=\"state\">" + HTMLText.escape(state) + "</span>" }
        text += "</p>\n"
        if let range = finding.range, let lines, let snippet = HTMLSnippet.render(range, in: lines) {
            text += snippet + "\n"
        }
        if let rule = rules[finding.rule] { text += help(rule) }
        return text + "</li>\n"
    }

    /// The rule's fix and its references as links (only `http` and `https` ones).
    func help(_ rule: RuleSummary) -> String {
        let links = rule.webLinks(options.language).map { link in
            "<a href=\"\(HTMLText.escape(link.url))\">" + HTMLText.escape(link.title) + "</a>"
        }
        guard rule.fix != nil || !links.isEmpty else { return "" }
        var text = "<p class=\"fix\"><strong>" + HTMLText.escape(wording.fix) + ":</strong> "
        if let fix = rule.fix { text += HTMLText.escape(fix.text(options.language)) }
        if !links.isEmpty { text += (rule.fix == nil ? "" : " — ") + links.joined(separator: ", ") }
        return text + "</p>\n"
    }
}
