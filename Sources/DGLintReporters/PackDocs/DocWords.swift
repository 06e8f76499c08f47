import DGLintEngine
import DGLintModel

/// The headings and labels of pack documentation in Thai and English.
struct DocWords {
    var language: Language

    init(_ language: Language) {
        self.language = language
    }

    private func t(_ th: String, _ en: String) -> String { language == .th ? th : en }

    var pack: String { t("ชุดกฎ", "Pack") }
    var rules: String { t("กฎ", "Rules") }
    var rule: String { t("กฎ", "Rule") }
    var title: String { t("หัวข้อ", "Title") }
    var name: String { t("ชื่อ", "Name") }
    var folder: String { t("โฟลเดอร์", "Folder") }
    var digest: String { "SHA-256" }
    var depends: String { t("ต้องใช้ร่วมกับ", "Depends on") }
    var severity: String { t("ระดับ", "Severity") }
    var evidence: String { t("หลักฐาน", "Evidence") }
    var tags: String { t("แท็ก", "Tags") }
    var why: String { t("เหตุผล", "Why") }
    var fix: String { t("วิธีแก้ไข", "How to fix") }
    var references: String { t("แหล่งอ้างอิง", "References") }
    var checks: String { t("สิ่งที่ตรวจ", "What it checks") }
    var examples: String { t("ตัวอย่างจากชุดทดสอบ", "Examples from the tests") }
    var reports: String { t("รายงาน", "reports") }
    var clean: String { t("ไม่รายงาน", "clean") }

    func evidenceName(_ evidence: Evidence) -> String {
        switch evidence {
        case .verified: t("ยืนยันจากต้นฉบับ (verified)", "verified")
        case .secondary: t("แหล่งทุติยภูมิ (secondary)", "secondary")
        case .inferred: t("อนุมาน (inferred)", "inferred")
        }
    }
}
