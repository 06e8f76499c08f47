import DGLintEngine
import DGLintModel

/// A run's audit stamp as the formats without a field of their own for it write it: what the findings
/// were checked with, so that a report read months later can be traced to its packs and settings.
///
/// The stamp is the dglint version, each pack's id, version and sha256, the configuration digest
/// (``RunInfo/configurationDigest``), the start time (``RunInfo/startedAt``) and the language of the
/// report's messages (``ReportOptions/language``, as in the JSON report's `language`). A start time
/// or digest that is nil (golden files) is left out. JSON, SARIF and JUnit carry the stamp in their own
/// fields; CSV and GitLab per row and issue; GitHub as plain log lines; Markdown and HTML as a block after
/// the summary, worded by ``ReportWording``.
struct AuditStamp {
    var run: RunInfo
    var language: Language
    private var packsByID: [String: PackSummary] = [:]

    init(_ run: RunInfo, language: Language) {
        self.run = run
        self.language = language
        for pack in run.packs where packsByID[pack.id] == nil { packsByID[pack.id] = pack }
    }

    /// The loaded pack with `id`; nil for dglint's own input checks, which belong to no pack file.
    func pack(_ id: String) -> PackSummary? { packsByID[id] }

    /// The stamp's rows besides the packs, in order: program, language, start time, configuration digest.
    /// `code` marks a digest, which reports set in a monospaced face.
    func rows(_ wording: ReportWording) -> [(label: String, value: String, code: Bool)] {
        var rows = [
            (wording.program, run.toolName + " " + run.toolVersion, false),
            (wording.reportLanguage, language.rawValue, false),
        ]
        if let startedAt = run.startedAt { rows.append((wording.startedAt, startedAt, false)) }
        if let digest = run.configurationDigest { rows.append((wording.configuration, digest, true)) }
        return rows
    }

    /// The stamp as a Markdown section: a table of the rows, then one of the packs.
    func markdown(_ wording: ReportWording) -> String {
        var text = "\n## \(wording.audit)\n\n| \(wording.item) | \(wording.value) |\n|---|---|\n"
        for row in rows(wording) {
            let value = row.code ? "`\(row.value)`" : MarkdownText.escape(row.value)
            text += "| \(row.label) | \(value) |\n"
        }
        guard !run.packs.isEmpty else { return text }
        text += "\n| \(wording.pack) | \(wording.version) | SHA-256 |\n|---|---|---|\n"
        for pack in run.packs {
            text += "| \(MarkdownText.escape(pack.id)) | \(MarkdownText.escape(pack.version)) | `\(pack.sha256)` |\n"
        }
        return text
    }

    /// The stamp as an HTML section: a table of the rows, then one of the packs.
    func html(_ wording: ReportWording) -> String {
        var text = "<section class=\"audit\">\n<h2>\(HTMLText.escape(wording.audit))</h2>\n<table>\n"
        for row in rows(wording) {
            let value = HTMLText.escape(row.value)
            text += "<tr><th>\(HTMLText.escape(row.label))</th><td>"
            text += (row.code ? "<code class=\"sha\">\(value)</code>" : value) + "</td></tr>\n"
        }
        text += "</table>\n"
        if !run.packs.isEmpty {
            text += "<table>\n<tr><th>\(HTMLText.escape(wording.pack))</th><th>\(HTMLText.escape(wording.version))"
            text += "</th><th>SHA-256</th></tr>\n"
            for pack in run.packs {
                text += "<tr><td>" + HTMLText.escape(pack.id) + "</td><td>" + HTMLText.escape(pack.version)
                text += "</td><td><code class=\"sha\">" + HTMLText.escape(pack.sha256) + "</code></td></tr>\n"
            }
            text += "</table>\n"
        }
        return text + "</section>\n"
    }

    /// The stamp as plain lines for a CI log (GitHub Actions), in English keywords in both languages like
    /// the severities: the program, language, start time and configuration digest, then the packs with
    /// their version and the first 12 hex digits of their sha256. Lines that are not workflow commands
    /// are shown as they are and, unlike `::notice`, are not capped in number. Each value is kept on its
    /// line (``TerminalText/line(_:)``), so none can start a line of its own, and with it a command.
    func logLines() -> String {
        var first = "\(run.toolName) \(run.toolVersion), language \(language.rawValue)"
        if let startedAt = run.startedAt { first += ", started \(startedAt)" }
        if let digest = run.configurationDigest { first += ", configuration sha256 \(digest)" }
        var text = TerminalText.line(first) + "\n"
        if !run.packs.isEmpty {
            let packs = run.packs.map { "\($0.id) \($0.version) (sha256 \($0.sha256.prefix(12)))" }
            text += TerminalText.line("packs: " + packs.joined(separator: ", ")) + "\n"
        }
        return text
    }
}
