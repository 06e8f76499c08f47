import DGLintEngine
import DGLintModel

/// `type`: the value must be of one of the given kinds.
struct TypeFunction: RuleFunction {
    static let kindNames = Value.Kind.allCases.map(\.rawValue)

    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "type",
            summary: LocalizedText(
                th: "ค่าต้องเป็นชนิดที่กำหนด (integer คือตัวเลขที่ไม่มีทศนิยม number คือตัวเลขใดก็ได้) ผ่านเมื่อไม่พบฟิลด์",
                en: "The value must be of the given kind (integer: a number without a fraction; number: any "
                    + "number); passes when the field is missing."),
            options: OptionsSchema(
                [
                    OptionProperty(
                        "type", .any,
                        "One kind or a list of kinds: null, boolean, integer, number, string, array, object.")
                ], required: ["type"]),
            examples: [
                .pass(45_000_000, options: ["type": "integer"]),
                .pass(2.5, options: ["type": ["number", "string"]]),
                .pass(nil, options: ["type": "string"]),
                .fail(12.5, options: ["type": "integer"]),
                .fail("45000000", options: ["type": "number"]),
                .fail(.null, options: ["type": "object"]),
            ])
    ) { options throws(OptionError) in
        let names: [String]
        switch options["type"] {
        case .string(let name): names = [name]
        case .array(let items) where !items.isEmpty && items.allSatisfy({ $0.stringValue != nil }):
            names = items.compactMap(\.stringValue)
        default: throw OptionError("'type' must be a kind or a non-empty list of kinds", option: "type")
        }
        var kinds: [Value.Kind] = []
        for name in names {
            guard let kind = Value.Kind(rawValue: name) else {
                throw OptionError(
                    "'\(name)' is not a kind; use one of: \(kindNames.joined(separator: ", "))", option: "type")
            }
            kinds.append(kind)
        }
        return TypeFunction(kinds: kinds)
    }

    let kinds: [Value.Kind]

    /// Whether `value` is of `kind`: integral doubles are integers, and every integer is a number.
    static func value(_ value: Value, isOf kind: Value.Kind) -> Bool {
        switch kind {
        case .integer: value.intValue != nil
        case .number: value.isNumber
        default: value.kind == kind
        }
    }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target, !kinds.contains(where: { Self.value(target, isOf: $0) }) else { return [] }
        let field = Describe.field(context.path)
        let expected = kinds.map(Describe.kind)
        let found = Describe.kind(target.kind)
        return [
            FunctionResult(
                th: "\(field) ต้องเป็น\(expected.map(\.th).joined(separator: " หรือ ")) แต่พบ\(found.th)",
                en: "\(field) must be \(expected.map(\.en).joined(separator: " or ")), not \(found.en).")
        ]
    }
}
