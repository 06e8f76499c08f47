import DGLintEngine
import DGLintModel

/// `defined`: the field must be present. A present `null` counts as present (as in Spectral); use `truthy`
/// to require a value.
struct Defined: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "defined",
            summary: LocalizedText(
                th: "ต้องมีฟิลด์นี้ในเอกสาร (ค่า null ถือว่ามี) รายงานเมื่อไม่พบฟิลด์",
                en: "The field must be present (a null counts as present); reports when it is missing."),
            examples: [
                .pass("dpo@dms.go.th"),
                .pass(.null),
                .pass([:]),
                .fail(nil),
            ])
    ) { _ throws(OptionError) in Defined() }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard target == nil else { return [] }
        let field = Describe.field(context.path)
        return [FunctionResult(th: "ไม่พบ \(field) กรุณาระบุ", en: "\(field) is missing; add it.")]
    }
}
