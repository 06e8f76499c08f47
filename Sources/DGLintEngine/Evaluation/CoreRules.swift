public import DGLintModel

/// The rules dglint itself reports, outside any pack (pack id `dglint`): problems with an input file
/// (`INPUT-*`) and with the waivers a proposal asks for (`WAIVER-*`). They appear in every report like
/// any rule, so one unreadable file or one bad waiver is visible and the batch goes on.
///
/// Waiver problems are warnings (WAIVER-04 info): a waiver that is malformed, names an unknown rule or has
/// expired waives nothing, so the finding it meant to waive still counts on its own — the waiver problem
/// explains why, without counting the same defect twice.
public enum CoreRules {
    public static let pack = "dglint"

    /// The file cannot be read (missing, permission denied, too large, a folder, a link loop).
    public static let unreadable = summary(
        "INPUT-01", "unreadable", .error, th: "อ่านไฟล์ไม่ได้", en: "The file cannot be read",
        fixTH: "ตรวจสอบว่าไฟล์มีอยู่ อ่านได้ และมีขนาดไม่เกินที่กำหนด",
        fixEN: "Check that the file exists, is readable and is within the size limit.")
    /// The file is not valid YAML or JSON, or breaks a limit (duplicate keys, alias bombs, depth).
    public static let syntax = summary(
        "INPUT-02", "invalid-yaml", .error, th: "ไฟล์ไม่ใช่ YAML หรือ JSON ที่ถูกต้อง",
        en: "The file is not valid YAML or JSON", fixTH: "แก้ไขไวยากรณ์ตามตำแหน่งที่ระบุ",
        fixEN: "Correct the syntax at the position given.")
    /// The file holds no document at all.
    public static let empty = summary(
        "INPUT-03", "empty-file", .warning, th: "ไฟล์ว่างเปล่า", en: "The file is empty",
        fixTH: "เขียนข้อเสนอโครงการลงในไฟล์ หรือลบไฟล์ออก", fixEN: "Write the proposal into the file, or remove the file.")

    /// A waiver without a reason (or otherwise malformed) waives nothing.
    public static let waiverWithoutReason = summary(
        "WAIVER-01", "waiver-reason", .warning, th: "คำขอยกเว้นไม่ระบุเหตุผลหรือเขียนไม่ถูกต้อง",
        en: "A waiver gives no reason or is malformed",
        fixTH: "ระบุ rule และ reason (เหตุผล) ของคำขอยกเว้นทุกรายการ", fixEN: "Give every waiver a rule and a reason.")
    /// A waiver naming a rule that no loaded pack defines waives nothing.
    public static let waiverUnknownRule = summary(
        "WAIVER-02", "waiver-unknown-rule", .warning, th: "คำขอยกเว้นอ้างถึงกฎที่ไม่มีอยู่",
        en: "A waiver names an unknown rule",
        fixTH: "แก้รหัสกฎให้ตรงกับกฎที่มีอยู่ (ดูได้จาก dglint rules list)",
        fixEN: "Correct the rule id (dglint rules list shows them all).")
    /// A waiver past its `expires` date waives nothing.
    public static let waiverExpired = summary(
        "WAIVER-03", "waiver-expired", .warning, th: "คำขอยกเว้นหมดอายุแล้ว", en: "A waiver has expired",
        fixTH: "ขออนุมัติการยกเว้นใหม่และปรับวันหมดอายุ หรือแก้ไขข้อบกพร่องนั้น",
        fixEN: "Have the waiver approved again with a new expiry date, or correct the finding.")
    /// A waiver that matched no finding (info: it may be stale).
    public static let waiverUnused = summary(
        "WAIVER-04", "waiver-unused", .info, th: "คำขอยกเว้นไม่ได้ใช้", en: "A waiver matched no finding",
        fixTH: "ลบคำขอยกเว้นที่ไม่จำเป็นแล้วออก", fixEN: "Remove the waiver if it is no longer needed.")

    public static let all = [
        unreadable, syntax, empty, waiverWithoutReason, waiverUnknownRule, waiverExpired, waiverUnused,
    ]

    private static func summary(
        _ id: String, _ name: String, _ severity: Severity, th: String, en: String, fixTH: String, fixEN: String
    ) -> RuleSummary {
        RuleSummary(
            id: id, name: name, pack: pack, severity: severity, title: LocalizedText(th: th, en: en), why: nil,
            fix: LocalizedText(th: fixTH, en: fixEN), references: [], evidence: .verified,
            tags: [id.hasPrefix("INPUT") ? "input" : "waiver"])
    }

    /// A finding of `rule` for a file as a whole, with `detail` (what the loader or the file system found, in
    /// both languages) in the message.
    public static func fileFinding(
        _ rule: RuleSummary, file: String, detail: LocalizedText, range: SourceRange?
    ) -> Finding {
        Finding(
            rule: rule.id, ruleName: rule.name, pack: pack, packVersion: EngineInfo.version.description,
            severity: rule.severity,
            message: LocalizedText(th: "\(rule.title.th): \(detail.th)", en: "\(rule.title.en): \(detail.en)"),
            file: file,
            path: [], range: range, fingerprint: Finding.fingerprint(rule: rule.id, file: file, pointer: "", value: nil)
        )
    }
}
