import DGLintEngine
import DGLintModel
import DGLintReporters

/// A small run to report on: two packs, a Thai proposal of two documents, a clean file and a JSON file
/// whose text could not be read.
enum ReportFixtures {
    static let run = RunInfo(
        toolVersion: "0.1.0",
        packs: [
            PackSummary(
                id: "proposal", version: "1.2.0", sha256: String(repeating: "a1", count: 32),
                title: LocalizedText(th: "โครงสร้างข้อเสนอ", en: "Proposal structure"), source: "rules/proposal"),
            PackSummary(
                id: "budget", version: "2.0.1", sha256: String(repeating: "b2", count: 32),
                title: LocalizedText(th: "งบประมาณ", en: "Budget"), source: "rules/budget"),
        ],
        rules: [],
        language: .th
    )

    /// Ranges, in order: 0 the title after `title: `, 1 the agency code after Thai text with combining
    /// marks, 2 the rationale entry, 3 an empty tag after Thai tags, 4 a total after a tab, 5 an empty
    /// English name after CJK text in the second document.
    static let appointments = MarkedSource(
        """
        # ข้อเสนอโครงการ
        project:
          title: ⦃ระบบนัดหมายที่ดี⦄  # หมายเหตุ
          agency: {name: กรมการแพทย์, code: ⦃"12-34"⦄}
          ⦃rationale: ""⦄
          tags: [สุขภาพ, นัดหมาย, ⦃""⦄, ดิจิทัล]
        budget:
          total:\t⦃-5⦄
        ---
        project:
          name: {th: 日本語のタイトル, en: ⦃""⦄}

        """)

    static func finding(
        _ rule: String, _ name: String, pack: String = "proposal", _ severity: Severity, th: String, en: String,
        file: String = "proposals/appointments.yaml", document: Int = 0, path: [PathElement], range: SourceRange?,
        waiver: Finding.Waiver? = nil, baselined: Bool = false
    ) -> Finding {
        Finding(
            rule: rule, ruleName: name, pack: pack, packVersion: pack == "proposal" ? "1.2.0" : "2.0.1",
            severity: severity, message: LocalizedText(th: th, en: en), file: file, document: document, path: path,
            range: range, fingerprint: Finding.fingerprint(rule: rule, file: file, pointer: "", value: nil),
            waiver: waiver, baselined: baselined)
    }

    static var appointmentsReport: FileReport {
        let r = appointments.ranges
        let findings = [
            finding(
                "NAME-02", "english-name", .hint, th: "ควรมีชื่อโครงการภาษาอังกฤษ",
                en: "The project should have an English name",
                document: 1, path: [.key("project"), .key("name"), .key("en")], range: r[5]),
            finding(
                "BUDGET-04", "quarterly-plan", pack: "budget", .error,
                th: "ต้องมีแผนการใช้จ่ายรายไตรมาส (budget.quarters)",
                en: "A quarterly spending plan (budget.quarters) is required",
                path: [.key("budget"), .key("quarters")], range: nil),
            finding(
                "PROJ-07", "title-names-agency", .info, th: "ชื่อโครงการควรระบุหน่วยงาน",
                en: "The title should name the agency",
                path: [.key("project"), .key("title")], range: r[0]),
            finding(
                "STRUCT-05", "agency-code", .warning, th: "รหัสหน่วยงานต้องเป็นตัวเลข 5 หลัก แต่พบ \"12-34\"",
                en: "The agency code must be 5 digits, not \"12-34\"",
                path: [.key("project"), .key("agency"), .key("code")], range: r[1]),
            finding(
                "STRUCT-01", "rationale-present", .error, th: "ต้องระบุหลักการและเหตุผล (rationale)",
                en: "A rationale must be given", path: [.key("project"), .key("rationale")], range: r[2]),
            finding(
                "TAGS-02", "no-empty-tags", .warning, th: "แท็กต้องไม่ว่าง", en: "Tags must not be empty",
                path: [.key("project"), .key("tags"), .index(2)], range: r[3],
                waiver: Finding.Waiver(reason: "แท็กว่างจะลบในฉบับถัดไป", approvedBy: "สมชาย ใจดี")),
            finding(
                "BUDGET-01", "total-positive", pack: "budget", .error, th: "งบประมาณรวมต้องมากกว่าศูนย์ แต่พบ -5",
                en: "The total budget must be above zero, not -5", path: [.key("budget"), .key("total")], range: r[4],
                baselined: true),
        ]
        return FileReport(file: "proposals/appointments.yaml", findings: findings, source: appointments.text)
    }

    static let cleanReport = FileReport(file: "proposals/clean.yaml", findings: [], source: "project: {}\n")

    /// A finding with a position but no text to quote, whose message carries an escape sequence.
    static let legacyReport = FileReport(
        file: "proposals/legacy.json",
        findings: [
            finding(
                "DOCS-03", "attachments-pdf", .warning, th: "ไฟล์แนบ \"evil\u{1B}[2J.doc\" ต้องเป็น PDF",
                en: "Attachment \"evil\u{1B}[2J.doc\" must be a PDF", file: "proposals/legacy.json",
                path: [.key("attachments"), .index(0)],
                range: SourceRange(
                    start: SourcePosition(line: 3, column: 5, offset: 40),
                    end: SourcePosition(line: 3, column: 20, offset: 55)))
        ],
        source: nil)

    static var files: [FileReport] { [appointmentsReport, cleanReport, legacyReport] }

    /// Runs `format` over `files` through ``makeReporter(_:options:)``, as `dglint check` will.
    static func render(
        _ format: ReportFormat, _ options: ReportOptions, files: [FileReport] = files, seconds: Double? = nil
    ) -> String {
        var reporter = makeReporter(format, options: options)
        var out = ""
        var summary = RunSummary()
        reporter.begin(run, into: &out)
        for file in files {
            summary.add(file, failOn: options.failOn)
            reporter.report(file, into: &out)
        }
        summary.seconds = seconds
        reporter.end(summary, into: &out)
        return out
    }
}
