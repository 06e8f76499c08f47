import DGLintEngine
import DGLintModel
import DGLintRegex

/// `pattern`: text must match `match` (searched anywhere in the text, as in Spectral; anchor with `^…$`)
/// and must not match `notMatch`. Uses ``LinearRegex``, so matching is linear in the text's length.
struct Pattern: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "pattern",
            summary: LocalizedText(
                th: "ข้อความต้องตรงกับรูปแบบ match (ค้นหาในส่วนใดก็ได้ของข้อความ) และต้องไม่ตรงกับ notMatch "
                    + "ตัวเลขจะถูกตรวจเป็นข้อความ ผ่านเมื่อไม่พบฟิลด์",
                en: "Text must match `match` (searched anywhere in it) and must not match `notMatch`; numbers are "
                    + "checked as their text. Passes when the field is missing."),
            accepts: [.string, .integer, .number],
            options: OptionsSchema(
                [
                    OptionProperty("match", .regex, "A regular expression the text must match somewhere."),
                    OptionProperty("notMatch", .regex, "A regular expression the text must not match anywhere."),
                ], atLeastOneOf: [["match", "notMatch"]]),
            examples: [
                .pass("somjai@dms.go.th", options: ["match": "^[^@\\s]+@[^@\\s]+$"]),
                .pass("21002", options: ["match": "^\\d{5}$"]),
                .pass(21002, options: ["match": "^\\d{5}$"]),
                .pass("เครื่องแม่ข่าย หรือเทียบเท่า", options: ["notMatch": "(?i)brand x"]),
                .fail("somjai at dms", options: ["match": "^[^@\\s]+@[^@\\s]+$"]),
                .fail("2100", options: ["match": "^\\d{5}$"]),
                .fail("Brand X model 9", options: ["notMatch": "(?i)brand x"]),
                .fail(true, options: ["match": "."]),
            ])
    ) { options throws(OptionError) in
        Pattern(match: try compile(options, "match"), notMatch: try compile(options, "notMatch"))
    }

    let match: LinearRegex?
    let notMatch: LinearRegex?

    static func compile(_ options: FunctionOptions, _ name: String) throws(OptionError) -> LinearRegex? {
        guard let pattern = options.string(name) else { return nil }
        do {
            return try LinearRegex(pattern)
        } catch {
            throw OptionError("the regular expression '\(pattern)' is invalid: \(error)", option: name)
        }
    }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        let text: String
        switch target {
        case .string(let s): text = s
        case .int, .double: text = target.jsonText()
        default:
            let field = Describe.field(context.path)
            return [
                FunctionResult(
                    th: "\(field) ต้องเป็นข้อความ แต่พบ\(Describe.kind(target.kind).th)",
                    en: "\(field) must be text, not \(Describe.kind(target.kind).en).")
            ]
        }
        let failsMatch = match.map { !$0.matches(text) } ?? false
        let failsNotMatch = notMatch.map { $0.matches(text) } ?? false
        guard failsMatch || failsNotMatch else { return [] }
        // Described only now: most texts match, and their messages would be thrown away.
        let shown = "\(Describe.field(context.path)) (\(Describe.value(.string(text))))"
        var results: [FunctionResult] = []
        if let match, failsMatch {
            results.append(
                FunctionResult(
                    th: "\(shown) ไม่ตรงกับรูปแบบ `\(match.pattern)`",
                    en: "\(shown) does not match the pattern `\(match.pattern)`."))
        }
        if let notMatch, failsNotMatch {
            results.append(
                FunctionResult(
                    th: "\(shown) ต้องไม่ตรงกับรูปแบบ `\(notMatch.pattern)`",
                    en: "\(shown) must not match the pattern `\(notMatch.pattern)`."))
        }
        return results
    }
}
