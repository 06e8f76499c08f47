/// The built-in functions of the expression language.
enum Builtin: String, Sendable, CaseIterable {
    case baht, bool, contains, date, double, dyn, endsWith, fiscalYear, int, join, matches, query, size, startsWith
    case string, sum, thaiDigits = "thai.digits", type
}

/// What a built-in accepts and returns, as data: the checker, the evaluator's dispatch and the documentation
/// read only this.
struct FunctionDeclaration: Sendable {
    var builtin: Builtin
    /// The number of arguments when called as `f(…)`, or nil when it cannot be.
    var global: Int?
    /// The number of arguments after the receiver when called as `x.f(…)`, or nil when it cannot be.
    var method: Int?
    /// The types each argument (receiver first) may have; an empty set allows any.
    var accepts: [Set<ExpressionType>]
    /// The result type, or nil when it depends on the arguments.
    var result: ExpressionType?
    /// One line for `rules explain` and the docs.
    var summary: String

    var name: String { builtin.rawValue }
}

/// The registry of built-ins, sorted by name and kept by hand.
enum FunctionCatalogue {
    static let declarations: [FunctionDeclaration] = [
        FunctionDeclaration(
            builtin: .baht, global: 1, method: nil, accepts: [[.int, .double, .string]], result: .double,
            summary: "an amount of money in baht from a number or a text such as \"12.5 ล้านบาท\""),
        FunctionDeclaration(
            builtin: .bool, global: 1, method: nil, accepts: [[.bool, .string]], result: .bool,
            summary: "a bool, or the text \"true\" or \"false\" as one"),
        FunctionDeclaration(
            builtin: .contains, global: nil, method: 1, accepts: [[.string], [.string]], result: .bool,
            summary: "whether the string contains the other"),
        FunctionDeclaration(
            builtin: .date, global: 1, method: nil, accepts: [[.string, .date]], result: .date,
            summary: "a date from YYYY-MM-DD text (BE year, Thai digits allowed)"),
        FunctionDeclaration(
            builtin: .double, global: 1, method: nil, accepts: [[.int, .double, .string]], result: .double,
            summary: "a double from an int, a double or a numeric text"),
        FunctionDeclaration(
            builtin: .dyn, global: 1, method: nil, accepts: [[]], result: nil,
            summary: "the value unchanged, with its static type forgotten"),
        FunctionDeclaration(
            builtin: .endsWith, global: nil, method: 1, accepts: [[.string], [.string]], result: .bool,
            summary: "whether the string ends with the other"),
        FunctionDeclaration(
            builtin: .fiscalYear, global: 1, method: nil, accepts: [[.date]], result: .int,
            summary: "the Thai fiscal year (BE) a date falls in"),
        FunctionDeclaration(
            builtin: .int, global: 1, method: nil, accepts: [[.int, .double, .string]], result: .int,
            summary: "an int from an int, a double (truncated toward zero) or a decimal text"),
        FunctionDeclaration(
            builtin: .join, global: nil, method: 1, accepts: [[.list], [.string]], result: .string,
            summary: "the strings of a list, with the separator between them"),
        FunctionDeclaration(
            builtin: .matches, global: 2, method: 1, accepts: [[.string], [.string]], result: .bool,
            summary: "whether an RE2 pattern matches somewhere in the string"),
        FunctionDeclaration(
            builtin: .query, global: 1, method: nil, accepts: [[.string]], result: .list,
            summary: "the values a JSONPath query selects from the document"),
        FunctionDeclaration(
            builtin: .size, global: 1, method: 0, accepts: [[.string, .list, .map]], result: .int,
            summary: "the number of characters (code points), elements or entries"),
        FunctionDeclaration(
            builtin: .startsWith, global: nil, method: 1, accepts: [[.string], [.string]], result: .bool,
            summary: "whether the string starts with the other"),
        FunctionDeclaration(
            builtin: .string, global: 1, method: nil, accepts: [[.string, .int, .double, .bool, .date, .type]],
            result: .string, summary: "the value as text"),
        FunctionDeclaration(
            builtin: .sum, global: 1, method: nil, accepts: [[.list]], result: nil,
            summary: "the sum of a list of numbers: int when all are ints, else double (added exactly)"),
        FunctionDeclaration(
            builtin: .thaiDigits, global: 1, method: nil, accepts: [[.string]], result: .string,
            summary: "the text with Thai digits ๐–๙ replaced by 0–9"),
        FunctionDeclaration(
            builtin: .type, global: 1, method: nil, accepts: [[]], result: .type,
            summary: "the type of the value, such as int or date"),
    ]

    private static let byName: [String: FunctionDeclaration] = Dictionary(
        declarations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The declaration named `name`, or nil.
    static func declaration(_ name: String) -> FunctionDeclaration? { byName[name] }
}
