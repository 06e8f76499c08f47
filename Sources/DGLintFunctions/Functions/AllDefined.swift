import DGLintEngine
import DGLintModel
import DGLintThai

/// `all-defined`: every one of `fields` (relative to the target) must be present; one result per missing
/// field, at that field's path.
struct AllDefined: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "all-defined",
            summary: LocalizedText(
                th: "ต้องมีทุกฟิลด์ใน fields (นับจากฟิลด์เป้าหมาย) รายงานทีละฟิลด์ที่ขาด ถ้าไม่พบฟิลด์เป้าหมายจะรายงานทุกฟิลด์",
                en: "Every one of `fields` (relative to the target) must be present; one result per missing field. "
                    + "A missing target reports them all."),
            accepts: [.object],
            options: OptionsSchema(
                [OptionProperty("fields", .list(.field), "Field paths relative to the target.")],
                required: ["fields"]),
            examples: [
                .pass(["ial": "2.3", "aal": "2"], options: ["fields": ["ial", "aal"]]),
                .pass(["plan": true, "reports_to": ["ThaiCERT"]], options: ["fields": ["plan", "reports_to[0]"]]),
                .fail(["ial": "2.3"], options: ["fields": ["ial", "aal"]]),
                .fail(nil, options: ["fields": ["ial", "aal"]]),
            ])
    ) { options throws(OptionError) in
        AllDefined(fields: try FieldList.compile(options, "fields"))
    }

    let fields: [FieldPath]

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        var results: [FunctionResult] = []
        for field in fields {
            let (isPresent, path) = FieldList.present(field, in: target, context: context)
            guard !isPresent else { continue }
            let name = Describe.field(path)
            results.append(FunctionResult(th: "ไม่พบ \(name) กรุณาระบุ", en: "\(name) is missing; add it.", path: path))
        }
        return results
    }
}
