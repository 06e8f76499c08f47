import DGLintEngine
import DGLintModel

/// `count`: the number of elements of a list, or of the nodes an `of` query selects below the target,
/// must lie between `min` and `max`. A missing target counts as zero.
struct Count: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "count",
            summary: LocalizedText(
                th: "จำนวนสมาชิกของรายการ หรือจำนวนโหนดที่ of เลือกได้ ต้องอยู่ระหว่าง min และ max "
                    + "ถ้าไม่พบฟิลด์ถือว่ามี 0",
                en: "The number of elements of a list, or of the nodes the `of` query selects, must lie between "
                    + "`min` and `max`; a missing field counts as zero."),
            accepts: [.array, .object],
            options: OptionsSchema(
                [
                    OptionProperty("min", .count, "The fewest allowed."),
                    OptionProperty("max", .count, "The most allowed."),
                    OptionProperty("of", .field, "Count the nodes this query selects below the target."),
                ], atLeastOneOf: [["min", "max"]]),
            examples: [
                .pass([["risk": "ล่าช้า"]], options: ["min": 1]),
                .pass(
                    ["apis": [["provides_to_agencies": true], ["provides_to_agencies": false]]],
                    options: ["of": "@.apis[*]", "max": 2]),
                .fail([], options: ["min": 1]),
                .fail(nil, options: ["min": 1]),
                .fail(["a", "b", "c"], options: ["max": 2]),
            ])
    ) { options throws(OptionError) in
        let min = options.int("min")
        let max = options.int("max")
        try Options.checkOrder(min, max, minName: "min", maxName: "max")
        return Count(min: min, max: max, of: try Options.field(options, "of"))
    }

    let min: Int?
    let max: Int?
    let of: FieldPath?

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        let count: Int
        if let of {
            guard let target else { return check(0, at: context.path) }
            count = of.nodes(below: target, targetOf: context).filter { $0.value != nil }.count
        } else {
            switch target {
            case nil:
                if let min, min > 0 {
                    let here = Describe.field(context.path)
                    return [
                        FunctionResult(
                            th: "ไม่พบ \(here) ต้องมีอย่างน้อย \(min) รายการ",
                            en: "\(here) is missing; it needs at least \(min) \(min == 1 ? "entry" : "entries").")
                    ]
                }
                count = 0
            case .array(let elements)?: count = elements.count
            case let other?:
                let here = Describe.field(context.path)
                return [
                    FunctionResult(
                        th: "\(here) ต้องเป็นรายการ แต่พบ\(Describe.kind(other.kind).th)",
                        en: "\(here) must be a list, not \(Describe.kind(other.kind).en).")
                ]
            }
        }
        return check(count, at: context.path)
    }

    /// The result when `count` is out of bounds; the path is described only then.
    private func check(_ count: Int, at path: [PathElement]) -> [FunctionResult] {
        if let min, count < min {
            let here = Describe.field(path)
            return [
                FunctionResult(
                    th: "\(here) มี \(count) รายการ ต้องมีอย่างน้อย \(min)",
                    en: "\(here) has \(count) entries; it needs at least \(min).")
            ]
        }
        if let max, count > max {
            let here = Describe.field(path)
            return [
                FunctionResult(
                    th: "\(here) มี \(count) รายการ ต้องมีไม่เกิน \(max)",
                    en: "\(here) has \(count) entries; it may have at most \(max).")
            ]
        }
        return []
    }
}
