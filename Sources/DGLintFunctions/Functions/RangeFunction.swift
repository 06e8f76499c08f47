import DGLintEngine
import DGLintModel
import DGLintThai

/// `range`: a number must lie within bounds. Numbers written as text are read too: Thai digits,
/// thousands separators and money (`"12.5 ล้านบาท"`).
struct RangeFunction: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "range",
            summary: LocalizedText(
                th: "ตัวเลขต้องอยู่ในช่วงที่กำหนด อ่านตัวเลขไทย เครื่องหมายจุลภาค และจำนวนเงิน เช่น \"12.5 ล้านบาท\" ได้ "
                    + "ผ่านเมื่อไม่พบฟิลด์",
                en: "A number must lie within the bounds; Thai digits, thousands separators and amounts such as "
                    + "\"12.5 ล้านบาท\" are read. Passes when the field is missing."),
            accepts: [.integer, .number, .string],
            options: OptionsSchema(
                [
                    OptionProperty("min", .number, "The smallest value allowed."),
                    OptionProperty("max", .number, "The largest value allowed."),
                    OptionProperty("exclusiveMin", .number, "The value must be greater than this."),
                    OptionProperty("exclusiveMax", .number, "The value must be less than this."),
                ], atLeastOneOf: [["min", "max", "exclusiveMin", "exclusiveMax"]],
                mutuallyExclusive: [["min", "exclusiveMin"], ["max", "exclusiveMax"]]),
            examples: [
                .pass(72, options: ["max": 72]),
                .pass("๙๐", options: ["min": 90]),
                .pass("12.5 ล้านบาท", options: ["exclusiveMax": 100_000_000]),
                .fail(96, options: ["max": 72]),
                .fail("150 ล้านบาท", options: ["exclusiveMax": "100,000,000"]),
                .fail(0, options: ["exclusiveMin": 0]),
                .fail("ประมาณหนึ่งร้อย", options: ["min": 1]),
            ])
    ) { options throws(OptionError) in
        let function = RangeFunction(
            min: try Options.number(options, "min"), max: try Options.number(options, "max"),
            exclusiveMin: try Options.number(options, "exclusiveMin"),
            exclusiveMax: try Options.number(options, "exclusiveMax"))
        let low = function.min ?? function.exclusiveMin
        let high = function.max ?? function.exclusiveMax
        try Options.checkOrder(
            low, high, minName: function.min != nil ? "min" : "exclusiveMin",
            maxName: function.max != nil ? "max" : "exclusiveMax")
        return function
    }

    let min: ExactDecimal?
    let max: ExactDecimal?
    let exclusiveMin: ExactDecimal?
    let exclusiveMax: ExactDecimal?

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        guard let number = NumberReading.exact(target) else {
            let field = Describe.field(context.path)
            return [
                FunctionResult(
                    th: "\(field) (\(Describe.value(target))) ต้องเป็นตัวเลข",
                    en: "\(field) (\(Describe.value(target))) must be a number.")
            ]
        }
        // The message is written only for a number out of range: most pass.
        func report(_ th: String, _ en: String, _ bound: ExactDecimal) -> [FunctionResult] {
            let field = Describe.field(context.path)
            let shown = NumberReading.format(number)
            let b = NumberReading.format(bound)
            return [FunctionResult(th: "\(field) มีค่า \(shown) \(th) \(b)", en: "\(field) is \(shown); \(en) \(b).")]
        }
        if let min, number < min { return report("ต้องไม่น้อยกว่า", "it must be at least", min) }
        if let exclusiveMin, number <= exclusiveMin {
            return report("ต้องมากกว่า", "it must be greater than", exclusiveMin)
        }
        if let max, number > max { return report("ต้องไม่เกิน", "it must be at most", max) }
        if let exclusiveMax, number >= exclusiveMax {
            return report("ต้องน้อยกว่า", "it must be less than", exclusiveMax)
        }
        return []
    }
}
