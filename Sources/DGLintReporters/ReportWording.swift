import DGLintEngine
import DGLintModel

/// The headings and labels of the reports people read (Markdown, HTML, JUnit), in Thai and in English.
///
/// Notes on single findings (`(document 2)`, `(waived: …)`) come from ``TextWording`` so that every
/// format words them the same way.
struct ReportWording {
    var language: Language

    init(_ language: Language) {
        self.language = language
    }

    private func pick(_ th: String, _ en: String) -> String { language == .th ? th : en }

    var title: String { pick("รายงานผลการตรวจข้อเสนอโครงการดิจิทัล", "Digital project proposal check report") }
    var summary: String { pick("สรุป", "Summary") }
    var packs: String { pick("ชุดกฎที่ใช้ตรวจ", "Rule packs") }
    var pack: String { pick("ชุดกฎ", "Pack") }
    var version: String { pick("รุ่น", "Version") }
    var filesChecked: String { pick("ไฟล์ที่ตรวจ", "Files checked") }
    var filesWithFindings: String { pick("ไฟล์ที่พบปัญหา", "Files with findings") }
    var findings: String { pick("ปัญหาที่พบ", "Findings") }
    var waived: String { pick("ได้รับการยกเว้น", "Waived") }
    var baselined: String { pick("อยู่ใน baseline", "Baselined") }
    var bySeverity: String { pick("ปัญหาตามระดับความรุนแรง", "Findings by severity") }
    var byPack: String { pick("ปัญหาตามชุดกฎ", "Findings by pack") }
    var byAgency: String { pick("ปัญหาตามหน่วยงาน (โฟลเดอร์)", "Findings by agency (folder)") }
    var topRules: String { pick("กฎที่พบการละเมิดบ่อยที่สุด", "Rules most often broken") }
    var line: String { pick("บรรทัด", "Line") }
    var severity: String { pick("ระดับ", "Severity") }
    var rule: String { pick("กฎ", "Rule") }
    var message: String { pick("ข้อความ", "Message") }
    var count: String { pick("จำนวน", "Count") }
    var item: String { pick("รายการ", "Item") }
    var fix: String { pick("วิธีแก้", "How to fix") }
    var noFindings: String { pick("ไม่พบปัญหา", "No findings") }
    var details: String { pick("รายละเอียดรายไฟล์", "Findings by file") }
    var audit: String { pick("ข้อมูลสำหรับการตรวจสอบย้อนหลัง", "Audit stamp") }
    var value: String { pick("ค่า", "Value") }
    var program: String { pick("โปรแกรม", "Program") }
    var reportLanguage: String { pick("ภาษาของรายงาน", "Report language") }
    var startedAt: String { pick("เริ่มตรวจเมื่อ (UTC)", "Started (UTC)") }
    var configuration: String { pick("SHA-256 ของการตั้งค่า", "Configuration SHA-256") }

    /// `Checked with dglint 0.1.0`.
    func checkedWith(_ tool: String, _ version: String) -> String {
        pick("ตรวจด้วย \(tool) \(version)", "Checked with \(tool) \(version)")
    }

    /// The note under a file whose findings were cut to the first `shown` of `total`.
    func truncated(shown: Int, total: Int) -> String {
        pick(
            "แสดงรายละเอียด \(shown) รายการแรกจากทั้งหมด \(total) รายการ",
            "Details of the first \(shown) of \(total) findings are shown")
    }

    /// The line that counts files with no findings at all.
    func cleanFiles(_ count: Int) -> String {
        pick("ไฟล์ที่ไม่พบปัญหา \(count) ไฟล์", "\(count) \(count == 1 ? "file" : "files") without findings")
    }

    /// The location column of a finding: `3:10`, with the document when it is not the first, or `—`.
    func location(_ finding: Finding) -> String {
        var text = finding.range.map { "\($0.start.line):\($0.start.column)" } ?? "—"
        if finding.document > 0 { text += " " + TextWording(language).document(finding.document) }
        return text
    }

    /// Why a finding does not count, without parentheses: `waived: reason` or `baselined` (Thai
    /// `ได้รับการยกเว้น: reason`, `อยู่ใน baseline`); nil for an active finding.
    func suppression(_ finding: Finding) -> String? {
        if let waiver = finding.waiver { return pick("ได้รับการยกเว้น: ", "waived: ") + waiver.reason }
        return finding.baselined ? pick("อยู่ใน baseline", "baselined") : nil
    }

    /// The note after a message: `(waived: reason)`, `(baselined)`, or nil for an active finding.
    func state(_ finding: Finding) -> String? {
        suppression(finding).map { "(\($0))" }
    }
}

/// Counts of active findings under string keys, listed largest first.
struct Tally {
    private var counts: [String: Int] = [:]

    mutating func add(_ key: String, _ n: Int = 1) {
        counts[key, default: 0] += n
    }

    /// The keys with their counts, largest first, ties by key; at most `limit` of them.
    func top(_ limit: Int = .max) -> [(key: String, count: Int)] {
        let all = counts.map { (key: $0.key, count: $0.value) }
        return Array(all.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }.prefix(limit))
    }
}

extension FileReport {
    /// The folder of the file as named, which the HTML report groups by as the agency; `.` for none.
    var folder: String {
        guard let slash = file.lastIndex(where: { $0 == "/" || $0 == "\\" }) else { return "." }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }
}

/// Limits on how much of one file the reports people read (Markdown, HTML) list in detail.
public enum ReportLimits {
    /// The most findings of one file whose details are kept; the rest are counted.
    public static let findingsPerFile = 2_000
}

extension RuleSummary {
    /// The rule's references that have an `http` or `https` address, as title and address; others
    /// (`javascript:`, `file:`, relative) are left out of reports, where a click would follow them.
    func webLinks(_ language: Language) -> [(title: String, url: String)] {
        references.compactMap { reference in
            guard let url = reference.url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
            return (reference.title.text(language), url)
        }
    }
}
