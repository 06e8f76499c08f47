import DGLintEngine
import DGLintModel

/// `falsy`: the field, when present, must be false, null, 0, empty text or empty.
struct Falsy: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "falsy",
            summary: LocalizedText(
                th: "ฟิลด์นี้ต้องเป็น false, null, 0, ข้อความว่าง หรือรายการว่าง ผ่านเมื่อไม่พบฟิลด์",
                en: "The field must be false, null, 0, empty text or empty; passes when it is missing."),
            examples: [
                .pass(false),
                .pass([]),
                .pass(nil),
                .fail(true),
                .fail(["สำเนาทะเบียนบ้าน"]),
            ])
    ) { _ throws(OptionError) in Falsy() }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target, target.isTruthy else { return [] }
        let field = Describe.field(context.path)
        if target == .bool(true) {
            return [
                FunctionResult(th: "\(field) เป็น true แต่ควรเป็น false", en: "\(field) is true; it should be false.")
            ]
        }
        return [
            FunctionResult(
                th: "\(field) ควรว่างหรือเป็น false แต่พบ \(Describe.value(target))",
                en: "\(field) should be empty or false, but it is \(Describe.value(target)).")
        ]
    }
}
