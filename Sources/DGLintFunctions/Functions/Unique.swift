import DGLintEngine
import DGLintModel

/// `unique`: a list must not repeat an element (or, with `by`, a field of its elements).
struct Unique: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "unique",
            summary: LocalizedText(
                th: "รายการต้องไม่มีค่าซ้ำ (หรือค่าของฟิลด์ by ในแต่ละสมาชิกต้องไม่ซ้ำ) ผ่านเมื่อไม่พบฟิลด์หรือไม่ใช่รายการ",
                en: "A list must not repeat an element (or, with `by`, the value of that field of its elements); "
                    + "passes when the field is missing or not a list."),
            accepts: [.array],
            options: OptionsSchema([
                OptionProperty("by", .field, "Compare elements by this field of each (such as `id`).")
            ]),
            examples: [
                .pass(["health", "education"]),
                .pass([["id": "O1"], ["id": "O2"]], options: ["by": "id"]),
                .fail(["health", "health"]),
                .fail([["id": "O1"], ["id": "O1", "text": "ซ้ำ"]], options: ["by": "id"]),
            ])
    ) { options throws(OptionError) in Unique(by: try Options.field(options, "by")) }

    let by: FieldPath?

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard case .array(let elements)? = target else { return [] }
        var firstSeen: [Value: [PathElement]] = [:]
        var results: [FunctionResult] = []
        for (index, element) in elements.enumerated() {
            let elementPath = context.path + [.index(index)]
            let keys: [(path: [PathElement], value: Value?)]
            if let by {
                keys = by.resolve(from: element, at: elementPath, root: context.root).map { ($0.path, $0.value) }
            } else {
                keys = [(elementPath, element)]
            }
            for key in keys {
                guard let value = key.value else { continue }
                if let first = firstSeen[value] {
                    let here = Describe.field(key.path)
                    let there = Describe.field(first)
                    results.append(
                        FunctionResult(
                            th: "\(here) (\(Describe.value(value))) ซ้ำกับ \(there) กรุณาใช้ค่าที่ไม่ซ้ำ",
                            en: "\(here) (\(Describe.value(value))) repeats \(there); use distinct values.",
                            path: key.path))
                } else {
                    firstSeen[value] = key.path
                }
            }
        }
        return results
    }
}
