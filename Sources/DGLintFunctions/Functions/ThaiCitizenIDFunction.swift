import DGLintEngine
import DGLintModel
import DGLintThai

/// `thai-citizen-id`: a value that looks like a 13-digit Thai citizen id (Arabic or Thai digits, dashes or
/// spaces between them) must pass the check digit; with `strict: true`, a value that is not 13 digits is
/// reported too. The messages never repeat the number: a citizen id is personal data.
struct ThaiCitizenIDFunction: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "thai-citizen-id",
            summary: LocalizedText(
                th: "ค่าที่มีลักษณะเป็นเลขประจำตัวประชาชน 13 หลัก (เลขอารบิกหรือเลขไทย คั่นด้วยขีดหรือช่องว่างได้) "
                    + "ต้องมีเลขตรวจสอบหลักที่ 13 ถูกต้อง ถ้า strict เป็น true ค่าที่ไม่ใช่เลข 13 หลักก็ถูกรายงานด้วย "
                    + "ข้อความที่รายงานไม่แสดงเลขประจำตัวประชาชน ผ่านเมื่อไม่พบฟิลด์",
                en: "A value that looks like a 13-digit Thai citizen id (Arabic or Thai digits, with dashes or "
                    + "spaces between them) must have the right check digit; with `strict: true` a value that is "
                    + "not 13 digits is reported too. Messages do not repeat the number. Passes when the field is "
                    + "missing."),
            accepts: [.string, .integer],
            options: OptionsSchema([
                OptionProperty(
                    "strict", .boolean,
                    "Also report a value that is not a 13-digit number (default false: such values pass).")
            ]),
            examples: [
                .pass("1-1037-02071-86-2"),
                .pass("๑๑๐๓๗๐๒๐๗๑๘๖๒"),
                .pass(1_103_702_071_862),
                .pass("3 1006 00123 45 0", options: ["strict": true]),
                .pass("02-590-6000"),
                .fail("1-1037-02071-86-1"),
                .fail(1_103_702_071_861),
                .fail("๓-๑๐๐๖-๐๐๑๒๓-๔๕-๙"),
                .fail("02-590-6000", options: ["strict": true]),
                .fail(true, options: ["strict": true]),
            ])
    ) { options throws(OptionError) in
        ThaiCitizenIDFunction(strict: options.bool("strict") ?? false)
    }

    let strict: Bool

    /// The text the id is read from: a string as it is, a whole non-negative number as its digits.
    static func text(of value: Value) -> String? {
        switch value {
        case .string(let s): return s
        case .int, .double:
            guard let n = value.intValue, n >= 0 else { return nil }
            return String(n)
        default: return nil
        }
    }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        // Messages describe the path only when they are written: most ids pass.
        var here: String { Describe.field(context.path) }
        guard let text = Self.text(of: target), let digits = ThaiCitizenID.digits(of: text) else {
            guard strict else { return [] }
            return [
                FunctionResult(
                    th: "\(here) ต้องเป็นเลขประจำตัวประชาชน 13 หลัก เขียนแบบ x-xxxx-xxxxx-xx-x หรือเลข 13 หลักติดกัน",
                    en: "\(here) must be a 13-digit citizen id, written x-xxxx-xxxxx-xx-x or as 13 digits in a row.")
            ]
        }
        guard ThaiCitizenID.checkDigit(digits.prefix(12)) != digits[12] else { return [] }
        return [
            FunctionResult(
                th: "\(here) ไม่ใช่เลขประจำตัวประชาชนที่ถูกต้อง: เลขหลักที่ 13 (เลขตรวจสอบ) ไม่ตรงกับเลข 12 หลักแรก",
                en: "\(here) is not a valid citizen id: its 13th digit (the check digit) does not match the first "
                    + "twelve.")
        ]
    }
}
