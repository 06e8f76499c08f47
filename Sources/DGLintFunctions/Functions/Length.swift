import DGLintEngine
import DGLintModel

/// `length`: the length of text (in Unicode characters), of a list (its elements), of a mapping (its members)
/// or the value of a number must lie between `min` and `max`.
struct Length: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "length",
            summary: LocalizedText(
                th: "ความยาวของข้อความ (นับอักขระยูนิโคด) จำนวนสมาชิกของรายการหรือกลุ่มข้อมูล หรือค่าของตัวเลข "
                    + "ต้องอยู่ระหว่าง min และ max ผ่านเมื่อไม่พบฟิลด์",
                en: "The length of text (Unicode characters), the size of a list or mapping, or a number's value "
                    + "must lie between `min` and `max`; passes when the field is missing."),
            accepts: [.string, .array, .object, .integer, .number],
            options: OptionsSchema(
                [
                    OptionProperty("min", .count, "The smallest length allowed."),
                    OptionProperty("max", .count, "The largest length allowed."),
                ], atLeastOneOf: [["min", "max"]]),
            examples: [
                .pass("21002", options: ["min": 5, "max": 5]),
                .pass(["O1"], options: ["min": 1]),
                .pass("ที่", options: ["max": 3]),
                .fail("", options: ["min": 1]),
                .fail(["a", "b", "c"], options: ["max": 2]),
                .fail(["x": 1], options: ["min": 2]),
            ])
    ) { options throws(OptionError) in
        let min = options.int("min")
        let max = options.int("max")
        try Options.checkOrder(min, max, minName: "min", maxName: "max")
        return Length(min: min, max: max)
    }

    let min: Int?
    let max: Int?

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        let length: Double
        let unit: LocalizedText
        switch target {
        case .string(let s)?:
            length = Double(s.unicodeScalars.count)
            unit = LocalizedText(th: "อักขระ", en: "characters")
        case .array(let a)?:
            length = Double(a.count)
            unit = LocalizedText(th: "รายการ", en: "elements")
        case .object(let o)?:
            length = Double(o.count)
            unit = LocalizedText(th: "ฟิลด์", en: "members")
        case .int(let i)?:
            length = Double(i)
            unit = LocalizedText("")
        case .double(let d)?:
            length = d
            unit = LocalizedText("")
        default:
            return []
        }
        let limit: (words: LocalizedText, bound: Int)
        if let min, length < Double(min) {
            limit = (LocalizedText(th: "อย่างน้อย", en: "at least"), min)
        } else if let max, length > Double(max) {
            limit = (LocalizedText(th: "ไม่เกิน", en: "at most"), max)
        } else {
            return []
        }
        // Described only now: most lengths are within bounds, and their messages would be thrown away.
        let field = Describe.field(context.path)
        let has = JSONWriter.number(length)
        let isNumber = unit.en.isEmpty
        let now =
            isNumber
            ? LocalizedText(th: "\(field) มีค่า \(has)", en: "\(field) is \(has)")
            : LocalizedText(th: "\(field) มี \(has) \(unit.th)", en: "\(field) has \(has) \(unit.en)")
        let need = isNumber ? LocalizedText(th: "ต้อง", en: "it must be") : LocalizedText(th: "ต้องมี", en: "it must have")
        return [
            FunctionResult(
                th: "\(now.th) \(need.th)\(limit.words.th) \(limit.bound)",
                en: "\(now.en); \(need.en) \(limit.words.en) \(limit.bound).")
        ]
    }
}
