public import DGLintEngine
import DGLintModel

/// The problems dglint reports about an input file itself, as findings of a pseudo-pack `dglint`, so that
/// one unreadable or broken file shows up in every report and the batch goes on.
public enum InputRules {
    public static let pack = "dglint"

    /// The file cannot be read (missing, permission denied, too large, a folder, a link loop).
    public static let unreadable = summary(
        "INPUT-01", "unreadable", .error, th: "อ่านไฟล์ไม่ได้", en: "The file cannot be read",
        fixTH: "ตรวจสอบว่าไฟล์มีอยู่ อ่านได้ และมีขนาดไม่เกินที่กำหนด",
        fixEN: "Check that the file exists, is readable and is within the size limit.")
    /// The file is not valid YAML or JSON, or breaks a limit (duplicate keys, alias bombs, depth).
    public static let syntax = summary(
        "INPUT-02", "invalid-yaml", .error, th: "ไฟล์ไม่ใช่ YAML หรือ JSON ที่ถูกต้อง",
        en: "The file is not valid YAML or JSON",
        fixTH: "แก้ไขไวยากรณ์ตามตำแหน่งที่ระบุ", fixEN: "Correct the syntax at the position given.")
    /// The file holds no document at all.
    public static let empty = summary(
        "INPUT-03", "empty-file", .warning, th: "ไฟล์ว่างเปล่า", en: "The file is empty",
        fixTH: "เขียนข้อเสนอโครงการลงในไฟล์ หรือลบไฟล์ออก", fixEN: "Write the proposal into the file, or remove the file.")

    public static let all = [unreadable, syntax, empty]

    private static func summary(
        _ id: String, _ name: String, _ severity: Severity, th: String, en: String, fixTH: String, fixEN: String
    ) -> RuleSummary {
        RuleSummary(
            id: id, name: name, pack: pack, severity: severity, title: LocalizedText(th: th, en: en), why: nil,
            fix: LocalizedText(th: fixTH, en: fixEN), references: [], evidence: .verified, tags: ["input"])
    }

    /// A finding of `rule` for `file` with `detail` (English, from the loader) in the message.
    static func finding(_ rule: RuleSummary, file: String, detail: String, range: SourceRange?) -> Finding {
        Finding(
            rule: rule.id, ruleName: rule.name, pack: pack, packVersion: EngineInfo.version.description,
            severity: rule.severity,
            message: LocalizedText(th: "\(rule.title.th): \(detail)", en: "\(rule.title.en): \(detail)"), file: file,
            path: [], range: range, fingerprint: Finding.fingerprint(rule: rule.id, file: file, pointer: "", value: nil)
        )
    }
}
