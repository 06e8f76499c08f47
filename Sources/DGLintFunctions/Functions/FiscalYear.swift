import DGLintEngine
import DGLintModel
import DGLintThai

/// `fiscal-year`: the value is a year — a number or a text of Arabic or Thai digits — that must look Buddhist
/// Era (2400 or later; a lower year is reported with its BE equivalent), optionally not before `notBefore`
/// or after `notAfter`. A date `YYYY-MM-DD` is read too: its written year must look BE, and the fiscal year
/// it falls in is compared with the bounds. With `key: true` the member name the value is stored under is
/// checked instead of the value (for mappings by year such as `budget.by_fiscal_year`).
struct FiscalYear: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "fiscal-year",
            summary: LocalizedText(
                th: "ค่าต้องเป็นปี (ตัวเลข หรือข้อความเลขอารบิกหรือเลขไทย) ที่เป็นปี พ.ศ. คือตั้งแต่ 2400 ขึ้นไป "
                    + "(ปีที่ต่ำกว่าถูกรายงานพร้อมปี พ.ศ. ที่ตรงกัน) และอาจต้องไม่ก่อน notBefore หรือไม่หลัง notAfter "
                    + "ถ้าค่าเป็นวันที่ YYYY-MM-DD จะตรวจปีที่เขียนและเทียบปีงบประมาณของวันที่นั้นกับขอบเขต "
                    + "ถ้า key เป็น true จะตรวจชื่อคีย์ที่เก็บค่านั้นแทนตัวค่า (เช่น budget.by_fiscal_year) "
                    + "ผ่านเมื่อไม่พบฟิลด์",
                en: "The value must be a year (a number, or a text of Arabic or Thai digits) that looks Buddhist "
                    + "Era, 2400 or later (a lower year is reported with its BE equivalent), optionally not before "
                    + "`notBefore` or after `notAfter`. A date YYYY-MM-DD is read for its written year, and the "
                    + "fiscal year it falls in is compared with the bounds. With `key: true` the member name the "
                    + "value is stored under is checked instead (as in `budget.by_fiscal_year`). Passes when the "
                    + "field is missing."),
            accepts: [.integer, .number, .string],
            options: OptionsSchema([
                OptionProperty(
                    "notBefore", .number, "The earliest fiscal year allowed (BE, such as 2569 or \"๒๕๖๙\")."),
                OptionProperty("notAfter", .number, "The latest fiscal year allowed (BE, such as 2570 or \"๒๕๗๐\")."),
                OptionProperty(
                    "key", .boolean,
                    "Check the name of the member the value is stored under, not the value (default false)."),
            ]),
            examples: [
                .pass(2569),
                .pass("๒๕๖๙"),
                .pass("2569-03-31"),
                .pass(2570, options: ["notBefore": 2569, "notAfter": "๒๕๗๐"]),
                .pass("2568-10-01", options: ["notBefore": 2569]),
                .fail(2026),
                .fail("๒๐๒๖"),
                .fail("2026-03-31"),
                .fail("69"),
                .fail("พ.ศ. 2569"),
                .fail(2568, options: ["notBefore": 2569]),
                .fail("2569-10-01", options: ["notAfter": 2569]),
            ])
    ) { options throws(OptionError) in
        let function = FiscalYear(
            notBefore: try bound(options, "notBefore"), notAfter: try bound(options, "notAfter"),
            key: options.bool("key") ?? false)
        try Options.checkOrder(function.notBefore, function.notAfter, minName: "notBefore", maxName: "notAfter")
        return function
    }

    let notBefore: Int?
    let notAfter: Int?
    let key: Bool

    static func bound(_ options: FunctionOptions, _ name: String) throws(OptionError) -> Int? {
        guard let value = options[name] else { return nil }
        guard let year = ThaiYear.parse(value) else {
            throw OptionError("\(Describe.value(value)) is not a year", option: name)
        }
        guard !year.isLikelyCE else {
            throw OptionError("\(year.written) is not a Buddhist Era year (2400 or later)", option: name)
        }
        return year.written
    }

    /// What was read: a year, or the year, month and day of a date (which may not exist).
    private enum Reading {
        case year(Int)
        case date(year: Int, month: Int, day: Int)

        var written: Int {
            switch self {
            case .year(let y), .date(let y, _, _): y
            }
        }
    }

    private static func read(_ value: Value) -> Reading? {
        if let year = ThaiYear.parse(value) { return .year(year.written) }
        guard let text = value.stringValue else { return nil }
        switch ThaiDate.read(text: text) {
        case .success(let date): return .date(year: date.writtenYear, month: date.month, day: date.day)
        case .failure(.noSuchDay(let y, let m, let d)): return .date(year: y, month: m, day: d)
        case .failure: return nil
        }
    }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        let value: Value
        if key {
            guard case .key(let name)? = context.path.last else {
                let here = Describe.field(context.path)
                return [
                    FunctionResult(
                        th: "\(here) ไม่ได้อยู่ภายใต้ชื่อคีย์ที่เป็นปี จึงตรวจปีไม่ได้",
                        en: "\(here) is not stored under a member name, so there is no year to check.")
                ]
            }
            value = .string(name)
        } else {
            value = target
        }
        // Each message names its subject when it is written: most years pass, and their names would be waste.
        guard let reading = Self.read(value) else {
            let subject = name(of: value, in: context)
            return [
                FunctionResult(
                    th: "\(subject.th) ต้องเป็นปี พ.ศ. เช่น 2569 หรือ ๒๕๖๙",
                    en: "\(subject.en) must be a Buddhist Era year such as 2569 or ๒๕๖๙.")
            ]
        }
        let written = reading.written
        guard written >= 1000 else {
            let subject = name(of: value, in: context)
            return [
                FunctionResult(
                    th: "\(subject.th) ไม่ใช่ปี พ.ศ. สี่หลัก เช่น 2569",
                    en: "\(subject.en) is not a four-digit Buddhist Era year such as 2569.")
            ]
        }
        var results: [FunctionResult] = []
        let be = written < 2400 ? written + 543 : written
        if written < 2400 {
            let subject = name(of: value, in: context)
            switch reading {
            case .year:
                results.append(
                    FunctionResult(
                        th: "\(subject.th) ดูเหมือนเป็นปี ค.ศ. ซึ่งตรงกับ พ.ศ. \(be)",
                        en: "\(subject.en) looks like a Christian Era year; in Buddhist Era it is \(be)."))
            case .date(_, let month, let day):
                let beDate = ThaiDate.format(year: be, month: month, day: day)
                results.append(
                    FunctionResult(
                        th: "\(subject.th) ใช้ปี \(written) ซึ่งดูเหมือนเป็นปี ค.ศ. เมื่อเขียนเป็นปี พ.ศ. คือ \(beDate)",
                        en: "\(subject.en) has the year \(written), which looks like a Christian Era year; with the "
                            + "Buddhist Era year it is \(beDate)."))
            }
        }
        let fiscal: Int
        let isIn: LocalizedText
        switch reading {
        case .year:
            fiscal = be
            isIn = LocalizedText(th: "คือปีงบประมาณ", en: "is fiscal year")
        case .date(_, let month, _):
            fiscal = month >= 10 ? be + 1 : be
            isIn = LocalizedText(th: "อยู่ในปีงบประมาณ", en: "falls in fiscal year")
        }
        if let notBefore, fiscal < notBefore {
            let subject = name(of: value, in: context)
            results.append(
                FunctionResult(
                    th: "\(subject.th) \(isIn.th) \(fiscal) ต้องไม่ก่อนปีงบประมาณ \(notBefore)",
                    en: "\(subject.en) \(isIn.en) \(fiscal); it must not be before fiscal year \(notBefore)."))
        }
        if let notAfter, fiscal > notAfter {
            let subject = name(of: value, in: context)
            results.append(
                FunctionResult(
                    th: "\(subject.th) \(isIn.th) \(fiscal) ต้องไม่หลังปีงบประมาณ \(notAfter)",
                    en: "\(subject.en) \(isIn.en) \(fiscal); it must not be after fiscal year \(notAfter)."))
        }
        return results
    }

    /// How a message names what was read: the field with its value, or the year key with its mapping.
    private func name(of value: Value, in context: FunctionContext) -> LocalizedText {
        guard key else {
            let shown = "\(Describe.field(context.path)) (\(Describe.value(value)))"
            return LocalizedText(th: shown, en: shown)
        }
        let parent = Describe.field(Array(context.path.dropLast()))
        let year = value.stringValue ?? ""
        return LocalizedText(th: "คีย์ปี '\(year)' ของ \(parent)", en: "The year key '\(year)' of \(parent)")
    }
}
