import DGLintEngine
import DGLintModel
import DGLintReporters

/// The run the reviewers' formats are tested on: the packs of ``ReportFixtures`` with their rules
/// described, and, besides its files, a proposal full of markup and spreadsheet formulas in a Thai folder
/// whose name has `:`, `,`, `%` and spaces, and a file that could not be parsed.
extension ReportFixtures {
    static func rule(
        _ id: String, _ name: String, pack: String = "proposal", _ severity: Severity, th: String, en: String,
        fix: LocalizedText? = nil, url: String? = nil, tags: [String] = []
    ) -> RuleSummary {
        let references = url.map {
            [Reference(key: "ref", title: LocalizedText(th: "ระเบียบ \(id)", en: "Rule \(id)"), url: $0)]
        }
        return RuleSummary(
            id: id, name: name, pack: pack, severity: severity, title: LocalizedText(th: th, en: en),
            why: LocalizedText(th: "เหตุผลของ \(id)", en: "Why \(id) matters"), fix: fix, references: references ?? [],
            evidence: url == nil ? .inferred : .verified, tags: tags)
    }

    /// Every rule of the run, sorted by id as `Linter.runInfo` sorts them, dglint's input checks included.
    static let rules: [RuleSummary] = [
        rule(
            "BUDGET-01", "total-positive", pack: "budget", .error, th: "งบประมาณรวมต้องมากกว่าศูนย์",
            en: "The total budget must be above zero",
            fix: LocalizedText(th: "แก้ไขงบประมาณรวม", en: "Correct the total"),
            url: "https://www.bb.go.th/budget-rules", tags: ["budget"]),
        rule(
            "BUDGET-04", "quarterly-plan", pack: "budget", .error, th: "ต้องมีแผนรายไตรมาส",
            en: "A quarterly plan is required"),
        rule("DOCS-03", "attachments-pdf", .warning, th: "ไฟล์แนบต้องเป็น PDF", en: "Attachments must be PDFs"),
        rule(
            "HTML-01", "no-markup", .error, th: "ห้ามมีโค้ดในข้อความ", en: "No markup in text",
            fix: LocalizedText(th: "ลบแท็ก <script> ออก", en: "Remove the <script> tag"),
            url: "javascript:alert(1)"),
        rule(
            "INPUT-01", "unreadable", pack: "dglint", .error, th: "อ่านไฟล์ไม่ได้", en: "The file cannot be read",
            tags: ["input"]),
        rule(
            "INPUT-02", "invalid-yaml", pack: "dglint", .error, th: "ไฟล์ไม่ใช่ YAML หรือ JSON ที่ถูกต้อง",
            en: "The file is not valid YAML or JSON", tags: ["input"]),
        rule("NAME-02", "english-name", .hint, th: "ควรมีชื่อภาษาอังกฤษ", en: "An English name is advised"),
        rule("NOTE-01", "plain-note", .warning, th: "หมายเหตุต้องเป็นข้อความ", en: "Notes must be text"),
        rule("PROJ-07", "title-names-agency", .info, th: "ชื่อควรระบุหน่วยงาน", en: "The title should name the agency"),
        rule(
            "STRUCT-01", "rationale-present", .error, th: "ต้องระบุหลักการและเหตุผล", en: "A rationale is required",
            fix: LocalizedText(th: "เพิ่มหัวข้อ rationale", en: "Add a rationale section"),
            url: "https://www.dga.or.th/document-sharing/", tags: ["structure", "dga"]),
        rule("STRUCT-02", "objectives-present", .error, th: "ต้องระบุวัตถุประสงค์", en: "Objectives are required"),
        rule("STRUCT-05", "agency-code", .warning, th: "รหัสหน่วยงาน 5 หลัก", en: "A 5-digit agency code"),
        rule("TAGS-02", "no-empty-tags", .warning, th: "แท็กต้องไม่ว่าง", en: "Tags must not be empty"),
    ]

    static let reviewRun = RunInfo(toolVersion: "0.1.0", packs: run.packs, rules: rules, language: .th)

    static let hostile = MarkedSource(
        """
        project:
          title: ⦃"<script>alert('x')</script>"⦄
          note: ⦃"=1+2"⦄

        """)

    static let hostileFile = "กรมทดสอบ/ข้อเสนอ: 50%, ใหม่.yaml"

    static var hostileReport: FileReport {
        let r = hostile.ranges
        return FileReport(
            file: hostileFile,
            findings: [
                finding(
                    "HTML-01", "no-markup", .error, th: "ชื่อมีโค้ด <script>alert('x')</script> | ห้ามใช้\nโปรดแก้",
                    en: "The title holds <script>alert('x')</script> | not allowed\nplease fix", file: hostileFile,
                    path: [.key("project"), .key("title")], range: r[0]),
                finding(
                    "NOTE-01", "plain-note", .warning, th: "=1+2 ไม่ใช่ข้อความ, \"โปรดตรวจ\"",
                    en: "=1+2 is not text, \"check it\"", file: hostileFile, path: [.key("project"), .key("note")],
                    range: r[1]),
            ],
            source: hostile.text)
    }

    /// A file whose YAML did not parse: only dglint's input check fired.
    static let brokenReport = FileReport(
        file: "proposals/broken.yaml",
        findings: [
            Finding(
                rule: "INPUT-02", ruleName: "invalid-yaml", pack: "dglint", packVersion: "0.1.0", severity: .error,
                message: LocalizedText(
                    th: "ไฟล์ไม่ใช่ YAML หรือ JSON ที่ถูกต้อง: did not find expected node content",
                    en: "The file is not valid YAML or JSON: did not find expected node content"),
                file: "proposals/broken.yaml", path: [],
                range: SourceRange(
                    start: SourcePosition(line: 2, column: 5, offset: 13),
                    end: SourcePosition(line: 2, column: 5, offset: 13)),
                fingerprint: Finding.fingerprint(
                    rule: "INPUT-02", file: "proposals/broken.yaml", pointer: "", value: nil))
        ],
        source: "project:\n  - : [\n")

    static var reviewFiles: [FileReport] { files + [hostileReport, brokenReport] }

    /// ``reviewRun`` with the start time and configuration digest that golden files leave out.
    static var stampedRun: RunInfo {
        var run = reviewRun
        run.startedAt = "2026-11-27T04:30:00Z"
        run.configurationDigest = String(repeating: "c3", count: 32)
        return run
    }

    /// Runs `format` over ``reviewFiles`` (or `files`) with ``reviewRun`` (or `run`), as `dglint check` will.
    static func review(
        _ format: ReportFormat, _ language: Language, files: [FileReport]? = nil, run: RunInfo = reviewRun
    ) -> String {
        var reporter = makeReporter(format, options: ReportOptions(language: language))
        var out = ""
        var summary = RunSummary()
        reporter.begin(run, into: &out)
        for file in files ?? reviewFiles {
            summary.add(file, failOn: .error)
            reporter.report(file, into: &out)
        }
        reporter.end(summary, into: &out)
        return out
    }
}
