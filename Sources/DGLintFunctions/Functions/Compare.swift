import DGLintEngine
import DGLintModel
import DGLintThai

/// `compare`: the target compared with another field (relative to the rule's `given` node) or a constant.
/// Dates (`YYYY-MM-DD`, BE) compare as dates, numbers and amounts by value, text as text.
struct Compare: RuleFunction {
    static let operators = ["==", "!=", "<", "<=", ">", ">="]

    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "compare",
            summary: LocalizedText(
                th: "เปรียบเทียบค่ากับฟิลด์อื่น (field นับจากโหนดที่ given เลือก) หรือค่าคงที่ (value) วันที่เทียบตามวัน "
                    + "ตัวเลขและจำนวนเงินเทียบตามค่า ผ่านเมื่อไม่พบฟิลด์ใดฟิลด์หนึ่ง",
                en: "Compares the value with another field (`field`, relative to the rule's given node) or a "
                    + "constant (`value`): dates as dates, numbers and amounts by value, text as text. Passes "
                    + "when either side is missing."),
            options: OptionsSchema(
                [
                    OptionProperty("op", .oneOf(operators), "The comparison: ==, !=, <, <=, >, >=."),
                    OptionProperty("field", .field, "The other field, relative to the given node."),
                    OptionProperty("value", .any, "A constant to compare with."),
                ], required: ["op"], atLeastOneOf: [["field", "value"]], mutuallyExclusive: [["field", "value"]]),
            examples: [
                .pass(
                    "2568-10-01", options: ["op": "<=", "field": "end"],
                    given: ["start": "2568-10-01", "end": "2570-09-30"]),
                .pass("๑๒๐", options: ["op": ">", "value": 100]),
                .pass("12.5 ล้านบาท", options: ["op": "==", "value": 12_500_000]),
                .fail(
                    "2570-10-01", options: ["op": "<=", "field": "end"],
                    given: ["start": "2570-10-01", "end": "2570-09-30"]),
                .fail(96, options: ["op": "<=", "value": 72]),
                .fail("des-committee", options: ["op": "==", "value": "agency-committee"]),
                .fail("high", options: ["op": "<", "value": 3]),
            ])
    ) { options throws(OptionError) in
        guard let op = options.string("op"), operators.contains(op) else {
            throw OptionError("'op' must be one of \(operators.joined(separator: " "))", option: "op")
        }
        let field = try Options.field(options, "field")
        if field == nil, options["value"] == nil {
            throw OptionError("give either 'field' or 'value' to compare with")
        }
        return Compare(op: op, field: field, constant: options["value"])
    }

    let op: String
    let field: FieldPath?
    let constant: Value?

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        // The other side's path (nil for the constant); it and the target are described only in a result.
        let others: [(value: Value, node: FieldPath.Node?)]
        if let field {
            others = field.nodes(belowGivenOf: context).compactMap {
                guard let value = $0.value else { return nil }
                return (value, $0)
            }
        } else if let constant {
            others = [(constant, nil)]
        } else {
            others = []
        }
        var results: [FunctionResult] = []
        for other in others {
            guard let order = Ordering.compare(target, other.value) else {
                if op == "==" || op == "!=" {
                    if (target == other.value) == (op == "==") { continue }
                } else {
                    let here = Describe.field(context.path)
                    let otherName = Self.name(other.value, at: other.node?.path)
                    results.append(
                        FunctionResult(
                            th: "เปรียบเทียบ \(here) (\(Describe.value(target))) กับ \(otherName) ไม่ได้ "
                                + "เพราะเป็นข้อมูลคนละชนิด",
                            en: "\(here) (\(Describe.value(target))) cannot be compared with \(otherName): "
                                + "they are different kinds of value."))
                    continue
                }
                results.append(failure(target, at: context.path, other.value, at: other.node?.path))
                continue
            }
            if !Ordering.holds(op, order) {
                results.append(failure(target, at: context.path, other.value, at: other.node?.path))
            }
        }
        return results
    }

    /// How a message names the other side: its field, or the constant itself.
    private static func name(_ other: Value, at path: [PathElement]?) -> String {
        path.map(Describe.field) ?? Describe.value(other)
    }

    private func failure(
        _ target: Value, at path: [PathElement], _ other: Value, at otherPath: [PathElement]?
    ) -> FunctionResult {
        let here = Describe.field(path)
        let words = Ordering.words(op)
        let otherName = Self.name(other, at: otherPath)
        let otherShown = otherPath == nil ? otherName : "\(otherName) (\(Describe.value(other)))"
        return FunctionResult(
            th: "\(here) (\(Describe.value(target))) ต้อง\(words.th) \(otherShown)",
            en: "\(here) (\(Describe.value(target))) must be \(words.en) \(otherShown).")
    }
}

/// Ordering of values for `compare` and `date`: dates, then numbers and amounts, then text.
enum Ordering {
    /// -1, 0 or 1 when both values are dates, both numbers (or amounts), or both text; nil otherwise.
    static func compare(_ a: Value, _ b: Value) -> Int? {
        if let x = ThaiDate.parse(a), let y = ThaiDate.parse(b) { return sign(x.dayNumber - y.dayNumber) }
        if let x = NumberReading.exact(a), let y = NumberReading.exact(b) { return x < y ? -1 : x == y ? 0 : 1 }
        if let x = a.stringValue, let y = b.stringValue { return x < y ? -1 : x == y ? 0 : 1 }
        if let x = a.boolValue, let y = b.boolValue { return x == y ? 0 : x ? 1 : -1 }
        return nil
    }

    static func sign(_ n: Int) -> Int { n < 0 ? -1 : n == 0 ? 0 : 1 }

    /// Whether `order` (the sign of left − right) satisfies `op`.
    static func holds(_ op: String, _ order: Int) -> Bool {
        switch op {
        case "==": order == 0
        case "!=": order != 0
        case "<": order < 0
        case "<=": order <= 0
        case ">": order > 0
        default: order >= 0
        }
    }

    /// The operator in words, to complete "must be …".
    static func words(_ op: String) -> LocalizedText {
        switch op {
        case "==": LocalizedText(th: "เท่ากับ", en: "equal to")
        case "!=": LocalizedText(th: "ไม่เท่ากับ", en: "different from")
        case "<": LocalizedText(th: "น้อยกว่า", en: "less than")
        case "<=": LocalizedText(th: "ไม่มากกว่า", en: "at most")
        case ">": LocalizedText(th: "มากกว่า", en: "greater than")
        default: LocalizedText(th: "ไม่น้อยกว่า", en: "at least")
        }
    }
}
