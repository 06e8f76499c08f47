import DGLintEngine
import DGLintModel
import DGLintThai

/// `enumeration`: the value must be one of `values`, or of the values a field or query elsewhere in the
/// document holds (`valuesFrom`, for cross-references such as "every objective has a KPI"). Numbers compare
/// by value, so `"๒๕๖๙"` is 2569.
struct Enumeration: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "enumeration",
            summary: LocalizedText(
                th: "ค่าต้องเป็นหนึ่งในค่าที่กำหนด (ตัวเลขไทยเทียบตามค่า) ผ่านเมื่อไม่พบฟิลด์",
                en: "The value must be one of `values` (numbers, also in Thai digits, compare by value); passes "
                    + "when the field is missing."),
            options: OptionsSchema(
                [
                    OptionProperty("values", .list(.any), "The allowed values."),
                    OptionProperty(
                        "valuesFrom", .field,
                        "A field or query (relative to the given node, or from `$`) whose values are allowed."),
                    OptionProperty("caseSensitive", .boolean, "Compare text case-sensitively (default true)."),
                ], atLeastOneOf: [["values", "valuesFrom"]]),
            examples: [
                .pass("high", options: ["values": ["low", "medium", "high"]]),
                .pass("HIGH", options: ["values": ["low", "medium", "high"], "caseSensitive": false]),
                .pass("๒๕๖๙", options: ["values": [2569, 2570]]),
                .fail("HIGH", options: ["values": ["low", "medium", "high"]]),
                .fail("critical", options: ["values": ["low", "medium", "high"]]),
                .fail(2571, options: ["values": [2569, 2570]]),
                .pass("O1", options: ["valuesFrom": "$.kpis[*].objective"], given: ["kpis": [["objective": "O1"]]]),
                .fail("O2", options: ["valuesFrom": "$.kpis[*].objective"], given: ["kpis": [["objective": "O1"]]]),
            ])
    ) { options throws(OptionError) in
        let values = options["values"]?.arrayValue ?? []
        if options.has("values"), values.isEmpty {
            throw OptionError("'values' must be a non-empty list", option: "values")
        }
        return Enumeration(
            values: values, valuesFrom: try Options.field(options, "valuesFrom"),
            caseSensitive: options.bool("caseSensitive") ?? true)
    }

    let values: [Value]
    let valuesFrom: FieldPath?
    let caseSensitive: Bool

    func same(_ a: Value, _ b: Value) -> Bool {
        if a == b { return true }
        if !caseSensitive, let x = a.stringValue, let y = b.stringValue { return x.lowercased() == y.lowercased() }
        if a.isNumber || b.isNumber, let x = ThaiNumber.exact(a), let y = ThaiNumber.exact(b) { return x == y }
        return false
    }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        var allowedValues = values
        if let valuesFrom {
            allowedValues += valuesFrom.nodes(belowGivenOf: context).compactMap(\.value)
        }
        guard !allowedValues.contains(where: { same(target, $0) }) else { return [] }
        let field = Describe.field(context.path)
        if let valuesFrom, values.isEmpty {
            return [
                FunctionResult(
                    th: "ไม่พบ \(Describe.value(target)) (จาก \(field)) ใน \(valuesFrom)",
                    en: "\(Describe.value(target)) (from \(field)) is not found in \(valuesFrom).")
            ]
        }
        let allowed = Describe.list(allowedValues)
        return [
            FunctionResult(
                th: "\(field) เป็น \(Describe.value(target)) ซึ่งไม่อยู่ในค่าที่ใช้ได้: \(allowed)",
                en: "\(field) is \(Describe.value(target)); expected one of: \(allowed).")
        ]
    }
}
