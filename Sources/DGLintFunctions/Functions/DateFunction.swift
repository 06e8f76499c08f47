import DGLintEngine
import DGLintModel
import DGLintThai

/// `date`: the value must be a real date written `YYYY-MM-DD` with a Buddhist Era year, optionally not
/// before or after another date (a field relative to the given node, or a literal date).
struct DateFunction: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "date",
            summary: LocalizedText(
                th: "ค่าต้องเป็นวันที่จริงในรูปแบบ YYYY-MM-DD ปี พ.ศ. (ปีต่ำกว่า 2400 ถือว่าเป็น ค.ศ. และรายงานพร้อมปี "
                    + "พ.ศ. ที่ตรงกัน) และอาจต้องไม่ก่อน notBefore หรือไม่หลัง notAfter ผ่านเมื่อไม่พบฟิลด์",
                en: "The value must be a real date written YYYY-MM-DD with a Buddhist Era year (a year below 2400 "
                    + "is reported as CE, with its BE equivalent), optionally not before `notBefore` or after "
                    + "`notAfter`. Passes when the field is missing."),
            accepts: [.string],
            options: OptionsSchema([
                OptionProperty("notBefore", .string, "A date, or a field relative to the given node holding one."),
                OptionProperty("notAfter", .string, "A date, or a field relative to the given node holding one."),
                OptionProperty(
                    "fiscalYears", .field,
                    "A field holding the project's fiscal years (BE): the date must fall between 1 October before "
                        + "the first and 30 September of the last."),
            ]),
            examples: [
                .pass("2569-03-31"),
                .pass("๒๕๖๗-๐๒-๒๙"),
                .pass(
                    "2569-03-31", options: ["notBefore": "start", "notAfter": "2569-09-30"],
                    given: ["start": "2568-10-01"]),
                .fail("2566-02-29"),
                .fail("2026-03-31"),
                .fail("31/03/2569"),
                .fail("2569-10-01", options: ["notAfter": "end"], given: ["end": "2569-09-30"]),
                .pass("2568-10-01", options: ["fiscalYears": "years"], given: ["years": [2569, 2570]]),
                .pass("2570-09-30", options: ["fiscalYears": "years"], given: ["years": ["๒๕๖๙", "๒๕๗๐"]]),
                .fail("2568-09-30", options: ["fiscalYears": "years"], given: ["years": [2569, 2570]]),
                .fail("2570-10-01", options: ["fiscalYears": "years"], given: ["years": [2569, 2570]]),
            ])
    ) { options throws(OptionError) in
        DateFunction(
            notBefore: try bound(options, "notBefore"), notAfter: try bound(options, "notAfter"),
            fiscalYears: try Options.field(options, "fiscalYears"))
    }

    /// A bound: a literal date or a field holding one.
    enum Bound: Sendable {
        case date(ThaiDate)
        case field(FieldPath)
    }

    let notBefore: Bound?
    let notAfter: Bound?
    let fiscalYears: FieldPath?

    static func bound(_ options: FunctionOptions, _ name: String) throws(OptionError) -> Bound? {
        guard let text = options.string(name) else { return nil }
        switch ThaiDate.read(text: text) {
        case .success(let date): return .date(date)
        case .failure(.noSuchDay): throw OptionError("'\(text)' is not a real date", option: name)
        case .failure: break
        }
        guard let field = try Options.field(options, name) else { return nil }
        return .field(field)
    }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        // Messages describe the path only when they are written: most dates pass.
        var here: String { Describe.field(context.path) }
        let date: ThaiDate
        switch ThaiDate.read(target) {
        case .success(let d): date = d
        case .failure(.noSuchDay(let year, let month, let day)):
            let shown = ThaiDate.format(year: year, month: month, day: day)
            return [
                FunctionResult(
                    th: "\(here) (\(shown)) ไม่ใช่วันที่ที่มีอยู่จริงในปฏิทิน", en: "\(here) (\(shown)) is not a real date.")
            ]
        case .failure:
            return [
                FunctionResult(
                    th: "\(here) (\(Describe.value(target))) ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD ปี พ.ศ. เช่น 2569-03-31",
                    en: "\(here) (\(Describe.value(target))) must be a date written YYYY-MM-DD with a Buddhist Era "
                        + "year, such as 2569-03-31.")
            ]
        }
        var results: [FunctionResult] = []
        if date.isLikelyCE {
            results.append(
                FunctionResult(
                    th: "\(here) (\(date.writtenDescription)) ดูเหมือนใช้ปี ค.ศ. ในปี พ.ศ. คือ \(date.description)",
                    en: "\(here) (\(date.writtenDescription)) looks like a Christian Era year; in Buddhist Era it is "
                        + "\(date.description)."))
        }
        for (other, node) in dates(notBefore, context) where date < other {
            let name = Self.name(other, at: node?.path)
            results.append(
                FunctionResult(
                    th: "\(here) (\(date)) ต้องไม่ก่อน \(name)",
                    en: "\(here) (\(date)) must not be before \(name)."))
        }
        for (other, node) in dates(notAfter, context) where date > other {
            let name = Self.name(other, at: node?.path)
            results.append(
                FunctionResult(
                    th: "\(here) (\(date)) ต้องไม่หลัง \(name)",
                    en: "\(here) (\(date)) must not be after \(name)."))
        }
        if let (first, last) = fiscalYearSpan(context) {
            let start = ThaiDate(year: first - 1, month: 10, day: 1)
            let end = ThaiDate(year: last, month: 9, day: 30)
            if let start, let end, date < start || date > end {
                let span = first == last ? "\(first)" : "\(first)–\(last)"
                results.append(
                    FunctionResult(
                        th: "\(here) (\(date)) อยู่นอกปีงบประมาณ \(span) (\(start) ถึง \(end))",
                        en: "\(here) (\(date)) falls outside fiscal year\(first == last ? "" : "s") \(span) "
                            + "(\(start) to \(end))."))
            }
        }
        return results
    }

    /// The first and last fiscal year (BE) the `fiscalYears` field lists, when it lists any.
    ///
    /// Read in one pass, without collecting the years: the proposal pack checks every date against
    /// `fiscal_years`, and the arrays of the values and years cost more than reading them.
    private func fiscalYearSpan(_ context: FunctionContext) -> (Int, Int)? {
        guard let fiscalYears else { return nil }
        var span: (first: Int, last: Int)?
        func note(_ value: Value) {
            guard let year = ThaiYear.parse(value)?.beYear else { return }
            span = span.map { (min($0.first, year), max($0.last, year)) } ?? (year, year)
        }
        for node in fiscalYears.nodes(belowGivenOf: context) {
            guard let value = node.value else { continue }
            if case .array(let years) = value {
                for year in years { note(year) }
            } else {
                note(value)
            }
        }
        return span
    }

    /// The dates a bound names (none when its field is missing or not a date), each with the node of its field,
    /// whose path a message reads (nil for a literal date).
    private func dates(_ bound: Bound?, _ context: FunctionContext) -> [(ThaiDate, FieldPath.Node?)] {
        switch bound {
        case .date(let date)?: return [(date, nil)]
        case .field(let field)?:
            return field.nodes(belowGivenOf: context).compactMap {
                guard let value = $0.value, let date = ThaiDate.parse(value) else { return nil }
                return (date, $0)
            }
        case nil: return []
        }
    }

    /// How a message names a bound: the literal date, or its field and the date it holds.
    private static func name(_ date: ThaiDate, at path: [PathElement]?) -> String {
        guard let path else { return date.description }
        return "\(Describe.field(path)) (\(date))"
    }
}
