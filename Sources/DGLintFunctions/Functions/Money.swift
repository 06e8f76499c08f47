import DGLintEngine
import DGLintModel
import DGLintThai

/// `money`: the value must be an amount of baht — a number, or a text such as `"1,250,000"`,
/// `"12.5 ล้านบาท"` or `"๑,๐๐๐,๐๐๐ บาท"` — read exactly to the satang; optionally within `min` and `max`.
struct Money: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "money",
            summary: LocalizedText(
                th: "ค่าต้องเป็นจำนวนเงินบาท คือตัวเลข หรือข้อความ เช่น \"1,250,000\" \"12.5 ล้านบาท\" \"๑,๐๐๐,๐๐๐ บาท\" "
                    + "อ่านได้ละเอียดถึงหลักสตางค์ (รายงานสาเหตุที่อ่านไม่ได้) และอาจต้องไม่น้อยกว่า min หรือไม่เกิน max "
                    + "ผ่านเมื่อไม่พบฟิลด์",
                en: "The value must be an amount of baht — a number, or a text such as \"1,250,000\", "
                    + "\"12.5 ล้านบาท\" or \"๑,๐๐๐,๐๐๐ บาท\" — read exactly to the satang (the message says why it "
                    + "cannot be read), optionally at least `min` and at most `max`. Passes when the field is missing."),
            accepts: [.integer, .number, .string],
            options: OptionsSchema(
                [
                    OptionProperty("min", .number, "The smallest amount allowed (a number or a money text)."),
                    OptionProperty("max", .number, "The largest amount allowed (a number or a money text)."),
                ]),
            examples: [
                .pass(45_000_000),
                .pass("12.5 ล้านบาท"),
                .pass("๑,๐๐๐,๐๐๐ บาท", options: ["max": "1 ล้านบาท"]),
                .pass("฿1,200.50", options: ["min": 0]),
                .pass("USD 3,500"),
                .fail("หนึ่งล้านบาท"),
                .fail("1,25,000"),
                .fail("1.005"),
                .fail(true),
                .fail("150 ล้านบาท", options: ["max": 100_000_000]),
                .fail(-500, options: ["min": 0]),
            ])
    ) { options throws(OptionError) in
        let function = Money(min: try bound(options, "min"), max: try bound(options, "max"))
        try Options.checkOrder(function.min, function.max, minName: "min", maxName: "max")
        return function
    }

    let min: BahtAmount?
    let max: BahtAmount?

    static func bound(_ options: FunctionOptions, _ name: String) throws(OptionError) -> BahtAmount? {
        guard let value = options[name] else { return nil }
        switch Baht.read(value) {
        case .success(let amount): return amount
        case .failure(let error):
            throw OptionError("\(Describe.value(value)) is not an amount of baht: \(error.reason.en)", option: name)
        }
    }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        // Messages describe the path only when they are written: most amounts pass.
        var here: String { Describe.field(context.path) }
        let amount: BahtAmount
        switch (target, MoneyReader.read(target)) {
        case (_, .success(let money)) where money.currency != "THB":
            return []  // an amount in another currency, written as the format allows; limits are in baht
        case (_, .success(let money)):
            amount = money.amount
        case (.string, .failure(let error)), (.int, .failure(let error)), (.double, .failure(let error)):
            return [
                FunctionResult(
                    th: "\(here) ไม่ใช่จำนวนเงินที่ถูกต้อง: \(error.reason.th)",
                    en: "\(here) is not a valid amount of money: \(error.reason.en).")
            ]
        default:
            return [
                FunctionResult(
                    th: "\(here) (\(Describe.value(target))) ต้องเป็นจำนวนเงิน เช่น 1,250,000 หรือ \"12.5 ล้านบาท\"",
                    en: "\(here) (\(Describe.value(target))) must be an amount of money, such as 1,250,000 or "
                        + "\"12.5 ล้านบาท\".")
            ]
        }
        if let min, amount < min {
            return [
                FunctionResult(
                    th: "\(here) มีค่า \(amount.formatted) บาท ต้องไม่น้อยกว่า \(min.formatted) บาท",
                    en: "\(here) is \(amount.formatted) baht; it must be at least \(min.formatted) baht.")
            ]
        }
        if let max, amount > max {
            return [
                FunctionResult(
                    th: "\(here) มีค่า \(amount.formatted) บาท ต้องไม่เกิน \(max.formatted) บาท",
                    en: "\(here) is \(amount.formatted) baht; it must be at most \(max.formatted) baht.")
            ]
        }
        return []
    }
}
