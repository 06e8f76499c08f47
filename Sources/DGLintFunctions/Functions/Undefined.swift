import DGLintEngine
import DGLintModel

/// `undefined`: the field must not be present.
struct Undefined: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "undefined",
            summary: LocalizedText(
                th: "ต้องไม่มีฟิลด์นี้ (ค่า null ถือว่ามี) ผ่านเมื่อไม่พบฟิลด์",
                en: "The field must not be present (a null counts as present); passes when it is missing."),
            examples: [
                .pass(nil),
                .fail("สำเนาบัตรประชาชน"),
                .fail(.null),
            ])
    ) { _ throws(OptionError) in Undefined() }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard target != nil else { return [] }
        let field = Describe.field(context.path)
        return [FunctionResult(th: "ไม่ควรมี \(field) กรุณานำออก", en: "\(field) should not be given; remove it.")]
    }
}
