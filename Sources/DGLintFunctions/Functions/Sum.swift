import DGLintEngine
import DGLintModel
import DGLintThai

/// `sum`: the amounts of a list (or the values of a mapping, such as `budget.by_fiscal_year`, or with `of`
/// a field of each element) add up, exactly to the satang, to a total field or a constant.
struct Sum: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "sum",
            summary: LocalizedText(
                th: "ผลรวมของจำนวนเงินในรายการ (หรือค่าในกลุ่มข้อมูล หรือฟิลด์ of ของแต่ละสมาชิก) ต้องเท่ากับ total "
                    + "หรือ equals โดยถูกต้องถึงหลักสตางค์ ผ่านเมื่อไม่พบฟิลด์หรือไม่พบยอดรวม",
                en: "The amounts of a list (or a mapping's values, or the `of` field of each element) must add up, "
                    + "to the satang, to `total` or `equals`; passes when the field or the total is missing."),
            accepts: [.array, .object],
            options: OptionsSchema(
                [
                    OptionProperty(
                        "total", .field, "The field holding the expected total, relative to the given node."),
                    OptionProperty("equals", .number, "The expected total as a constant."),
                    OptionProperty("of", .field, "Sum this field of each element (such as `amount`)."),
                ], atLeastOneOf: [["total", "equals"]], mutuallyExclusive: [["total", "equals"]]),
            examples: [
                .pass(
                    ["2569": 30_000_000, "2570": "15 ล้านบาท"], options: ["total": "total"],
                    given: ["total": 45_000_000]),
                .pass([["amount": "1,000.25"], ["amount": 0.75]], options: ["of": "amount", "equals": 1001]),
                .pass([0.1, 0.2], options: ["equals": 0.3]),
                .fail(
                    ["2569": 30_000_000, "2570": 14_000_000], options: ["total": "total"],
                    given: ["total": 45_000_000]),
                .fail([["amount": "1,000"], ["amount": "หนึ่งพัน"]], options: ["of": "amount", "equals": 2000]),
                .fail([0.1, 0.2], options: ["equals": 0.31]),
            ])
    ) { options throws(OptionError) in
        var equals: BahtAmount?
        if let value = options["equals"] {
            guard let amount = Baht.parse(value) else {
                throw OptionError("\(Describe.value(value)) is not an amount of baht", option: "equals")
            }
            equals = amount
        }
        let total = try Options.field(options, "total")
        if total == nil, equals == nil { throw OptionError("give either 'total' or 'equals'") }
        return Sum(total: total, equals: equals, of: try Options.field(options, "of"))
    }

    let total: FieldPath?
    let equals: BahtAmount?
    let of: FieldPath?

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        // Messages describe paths only when they are written: most sums are right.
        var here: String { Describe.field(context.path) }
        var parts: [(path: [PathElement], value: Value)] = []
        switch target {
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                let path = context.path + [.index(index)]
                if let of {
                    for node in of.resolve(from: element, at: path, root: context.root) {
                        if let value = node.value { parts.append((node.path, value)) }
                    }
                } else {
                    parts.append((path, element))
                }
            }
        case .object(let members) where of == nil:
            for (key, value) in members { parts.append((context.path + [.key(key)], value)) }
        default:
            return [
                FunctionResult(
                    th: "\(here) ต้องเป็นรายการหรือกลุ่มของจำนวนเงิน",
                    en: "\(here) must be a list or a mapping of amounts.")
            ]
        }
        var results: [FunctionResult] = []
        var sum = BahtAmount(satang: 0)
        for part in parts {
            switch Baht.read(part.value) {
            case .success(let amount):
                guard let next = sum.adding(amount) else { return results }
                sum = next
            case .failure(let error):
                let name = Describe.field(part.path)
                results.append(
                    FunctionResult(
                        th: "\(name) (\(Describe.value(part.value))) ไม่ใช่จำนวนเงิน: \(error.reason.th)",
                        en: "\(name) (\(Describe.value(part.value))) is not an amount: \(error.reason.en).",
                        path: part.path))
            }
        }
        guard results.isEmpty, let (expected, totalPath) = expectedTotal(in: context, results: &results) else {
            return results
        }
        guard expected != sum else { return [] }
        let name: LocalizedText
        if let totalPath {
            let field = Describe.field(totalPath)
            name = LocalizedText(th: " \(field) ", en: field)
        } else {
            name = LocalizedText(th: "ยอดรวมที่กำหนด", en: "the expected total")
        }
        let (gap, overflow) = sum.satang.subtractingReportingOverflow(expected.satang)
        let difference = overflow ? "" : " (ต่างกัน \(BahtAmount(satang: abs(gap)).formatted) บาท)"
        let differenceEN = overflow ? "" : " (a difference of \(BahtAmount(satang: abs(gap)).formatted))"
        return [
            FunctionResult(
                th: "ผลรวมของ \(here) คือ \(sum.formatted) บาท แต่\(name.th)คือ \(expected.formatted) บาท\(difference)",
                en: "The parts of \(here) add up to \(sum.formatted) baht, but \(name.en) is \(expected.formatted) "
                    + "baht\(differenceEN).")
        ]
    }

    /// The expected total and the path of the field holding it (nil for `equals`); nil when the total field
    /// is missing or is not an amount (then a result is added for the latter).
    private func expectedTotal(
        in context: FunctionContext, results: inout [FunctionResult]
    ) -> (BahtAmount, [PathElement]?)? {
        if let equals { return (equals, nil) }
        guard let total,
            let node = total.resolve(from: context.given, at: context.givenPath, root: context.root).first,
            let value = node.value
        else { return nil }
        switch Baht.read(value) {
        case .success(let amount): return (amount, node.path)
        case .failure(let error):
            let name = Describe.field(node.path)
            results.append(
                FunctionResult(
                    th: "\(name) (\(Describe.value(value))) ไม่ใช่จำนวนเงิน: \(error.reason.th)",
                    en: "\(name) (\(Describe.value(value))) is not an amount: \(error.reason.en).", path: node.path))
            return nil
        }
    }
}
