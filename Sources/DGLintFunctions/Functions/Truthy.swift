import DGLintEngine
import DGLintModel
import DGLintThai

/// `truthy`: the field must be present and hold a value that is not false, null, 0, empty text or empty.
struct Truthy: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "truthy",
            summary: LocalizedText(
                th: "ต้องมีฟิลด์นี้และมีค่าที่ไม่ใช่ false, null, 0, ข้อความว่าง หรือรายการว่าง รายงานเมื่อไม่พบฟิลด์",
                en: "The field must be present and not false, null, 0, empty text or empty; reports when missing."),
            examples: [
                .pass(true),
                .pass("ศูนย์เทคโนโลยีสารสนเทศ"),
                .pass(["ThaiCERT"]),
                .fail(false),
                .fail(""),
                .fail([]),
                .fail(nil),
            ])
    ) { _ throws(OptionError) in Truthy() }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        if let target, target.isTruthy { return [] }
        // Described only now: most targets pass, and their messages would be thrown away.
        let field = Describe.field(context.path)
        guard let target else {
            return [FunctionResult(th: "ไม่พบ \(field) กรุณาระบุ", en: "\(field) is missing; add it.")]
        }
        if target == .bool(false) {
            return [
                FunctionResult(th: "\(field) เป็น false แต่ควรเป็น true", en: "\(field) is false; it should be true.")
            ]
        }
        return [
            FunctionResult(
                th: "\(field) ว่างเปล่า (\(Describe.value(target))) กรุณาระบุค่า",
                en: "\(field) is empty (\(Describe.value(target))); give it a value.")
        ]
    }
}
