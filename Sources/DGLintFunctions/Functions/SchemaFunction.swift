import DGLintEngine
import DGLintModel
import DGLintSchema

/// `schema`: the value must be valid against a JSON Schema (draft 2020-12), given inline (`schema:`) or as a
/// file of the pack (`ref:`). One result per violation, at the node it concerns.
struct SchemaFunction: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "schema",
            summary: LocalizedText(
                th: "ค่าต้องถูกต้องตาม JSON Schema (draft 2020-12) ที่ให้ไว้ในกฎ (schema) หรือเป็นไฟล์ในชุดกฎ (ref) "
                    + "รายงานทุกจุดที่ไม่ถูกต้อง ผ่านเมื่อไม่พบฟิลด์",
                en: "The value must be valid against a JSON Schema (draft 2020-12) given inline (`schema`) or as a "
                    + "file of the pack (`ref`); one result per violation, where it occurs. Passes when missing."),
            options: OptionsSchema(
                [
                    OptionProperty("schema", .any, "The schema, inline."),
                    OptionProperty("ref", .string, "A schema file of the pack, relative to its folder."),
                    OptionProperty("assertFormat", .boolean, "Check `format` (date, email, uri, …) too."),
                ], atLeastOneOf: [["schema", "ref"]], mutuallyExclusive: [["schema", "ref"]]),
            examples: [
                .pass(["total": 5], options: ["schema": ["properties": ["total": ["type": "number"]]]]),
                .pass("2569", options: ["schema": ["type": "string", "pattern": "^[0-9๐-๙]{4}$"]]),
                .fail(["total": "ห้า"], options: ["schema": ["properties": ["total": ["type": "number"]]]]),
                .fail([], options: ["schema": ["type": "array", "minItems": 1]]),
            ])
    ) { options throws(OptionError) in
        let source: Value
        let uri: String
        if let ref = options.string("ref") {
            guard let resources = options.resources else {
                throw OptionError("'ref' needs the rule to be in a pack folder", option: "ref")
            }
            switch resources(ref) {
            case .success(let value): source = value
            case .failure(let error): throw OptionError(error.message, option: "ref")
            }
            uri = "dglint-pack:///" + ref
        } else {
            source = options["schema"] ?? true
            uri = "urn:dglint:inline-schema"
        }
        let resources = options.resources
        let loader: @Sendable (String) -> Value? = { address in
            guard address.hasPrefix("dglint-pack:///"), let resources else { return nil }
            return try? resources(String(address.dropFirst("dglint-pack:///".count))).get()
        }
        do throws(SchemaError) {
            let schema = try JSONSchema.compile(
                source, uri: uri, loader: loader,
                options: SchemaOptions(assertFormat: options.bool("assertFormat") ?? false))
            return SchemaFunction(schema: schema)
        } catch {
            throw OptionError(
                "the schema is not valid: \(error.message)"
                    + (error.schemaPath.isEmpty ? "" : " (at \(error.schemaPath))"),
                option: options.has("ref") ? "ref" : "schema")
        }
    }

    let schema: JSONSchema

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        return schema.validate(target).map { violation in
            let path = context.path + violation.instancePath + (violation.missingProperty.map { [.key($0)] } ?? [])
            let field = Describe.field(context.path + violation.instancePath)
            return FunctionResult(
                LocalizedText(th: "\(field): \(violation.message.th)", en: "\(field): \(violation.message.en)"),
                path: path)
        }
    }
}
