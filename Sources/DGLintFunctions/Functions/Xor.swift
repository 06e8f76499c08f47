import DGLintEngine
import DGLintModel

/// `xor`: exactly one of `properties` must be present in the mapping.
struct Xor: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "xor",
            summary: LocalizedText(
                th: "กลุ่มข้อมูลต้องมีฟิลด์ใน properties เพียงหนึ่งฟิลด์เท่านั้น ผ่านเมื่อไม่พบฟิลด์หรือไม่ใช่กลุ่มข้อมูล",
                en: "Exactly one of `properties` must be present in the mapping; passes when the field is missing "
                    + "or not a mapping."),
            accepts: [.object],
            options: OptionsSchema(
                [OptionProperty("properties", .list(.string), "Two or more member names.")],
                required: ["properties"]),
            examples: [
                .pass(["email": "somjai@dms.go.th"], options: ["properties": ["email", "phone"]]),
                .pass(["phone": "02-590-6000"], options: ["properties": ["email", "phone"]]),
                .fail(["name": "สมใจ"], options: ["properties": ["email", "phone"]]),
                .fail(["email": "a@b.go.th", "phone": "02"], options: ["properties": ["email", "phone"]]),
            ])
    ) { options throws(OptionError) in
        guard let names = options.strings("properties"), names.count >= 2 else {
            throw OptionError("'properties' must list at least two member names", option: "properties")
        }
        return Xor(properties: names)
    }

    let properties: [String]

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard case .object(let members)? = target else { return [] }
        let present = properties.filter { members[$0] != nil }
        guard present.count != 1 else { return [] }
        let field = Describe.field(context.path)
        let all = properties.map { "`\($0)`" }.joined(separator: ", ")
        if present.isEmpty {
            return [
                FunctionResult(
                    th: "\(field) ต้องมีหนึ่งในฟิลด์ \(all)", en: "\(field) must have one of \(all); none is given.")
            ]
        }
        let found = present.map { "`\($0)`" }.joined(separator: ", ")
        return [
            FunctionResult(
                th: "\(field) ต้องมีเพียงหนึ่งในฟิลด์ \(all) แต่พบ \(found)",
                en: "\(field) must have only one of \(all), but has \(found).")
        ]
    }
}
