import DGLintEngine
import DGLintModel

/// `one-of-defined`: at least one of `fields` (relative to the target) must be present.
struct OneOfDefined: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "one-of-defined",
            summary: LocalizedText(
                th: "ต้องมีอย่างน้อยหนึ่งฟิลด์ใน fields (นับจากฟิลด์เป้าหมาย) ถ้าไม่พบฟิลด์เป้าหมายก็ถือว่าไม่มีฟิลด์ใดเลยและรายงาน",
                en: "At least one of `fields` (relative to the target) must be present; a missing target has none "
                    + "of them, so it is reported."),
            accepts: [.object],
            options: OptionsSchema(
                [OptionProperty("fields", .list(.field), "Field paths relative to the target.")],
                required: ["fields"]),
            examples: [
                .pass(["name": "สมใจ", "email": "somjai@dms.go.th"], options: ["fields": ["email", "phone"]]),
                .pass(["phone": "02-590-6000"], options: ["fields": ["email", "phone"]]),
                .fail(["name": "สมใจ"], options: ["fields": ["email", "phone"]]),
                .fail(nil, options: ["fields": ["email", "phone"]]),
            ])
    ) { options throws(OptionError) in
        OneOfDefined(fields: try FieldList.compile(options, "fields"))
    }

    let fields: [FieldPath]

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        let resolved = fields.map { FieldList.present($0, in: target, context: context) }
        guard !resolved.contains(where: \.isPresent) else { return [] }
        let names = fields.map { "`\($0)`" }.joined(separator: ", ")
        let field = Describe.field(context.path)
        return [
            FunctionResult(
                th: "\(field) ต้องมีอย่างน้อยหนึ่งในฟิลด์ \(names)",
                en: "\(field) must have at least one of \(names); none is given.")
        ]
    }
}

/// Compiling and resolving lists of field paths for `one-of-defined` and `all-defined`.
enum FieldList {
    static func compile(_ options: FunctionOptions, _ name: String) throws(OptionError) -> [FieldPath] {
        guard let texts = options.strings(name), !texts.isEmpty else {
            throw OptionError("'\(name)' must list at least one field", option: name)
        }
        var fields: [FieldPath] = []
        for text in texts {
            do {
                fields.append(try FieldPath(text))
            } catch {
                throw OptionError("'\(text)' is not a valid field path: \(error.message)", option: name)
            }
        }
        return fields
    }

    /// Whether `field` names a present node below `target`, and the path it names when it is missing.
    static func present(
        _ field: FieldPath, in target: Value?, context: FunctionContext
    ) -> (isPresent: Bool, path: [PathElement]) {
        let nodes = field.nodes(below: target ?? .null, targetOf: context)
        if target != nil, nodes.contains(where: { $0.value != nil }) { return (true, []) }
        let path = nodes.first?.path ?? context.path + (field.steps ?? [])
        return (false, path)
    }
}
