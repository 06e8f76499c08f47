public import DGLintModel

/// What a rule function is, as data: its name, what it checks, what it accepts, its options and examples.
///
/// The pack loader, `dglint rules explain` and the generated docs read only declarations; they never run
/// the function to learn about it.
public struct FunctionDeclaration: Sendable {
    /// The name rules use in `function:`.
    public var name: String
    /// One or two sentences on what the function checks.
    public var summary: LocalizedText
    /// The kinds of target the function is meant for; nil when any value (or a missing one) is fine.
    public var accepts: [Value.Kind]?
    public var options: OptionsSchema
    /// Passing and failing examples; they document the function and are run as its tests.
    public var examples: [FunctionExample]

    public init(
        name: String, summary: LocalizedText, accepts: [Value.Kind]? = nil, options: OptionsSchema = .none,
        examples: [FunctionExample]
    ) {
        self.name = name
        self.summary = summary
        self.accepts = accepts
        self.options = options
        self.examples = examples
    }
}

/// One documented use of a function: options, a target, and whether the target passes.
public struct FunctionExample: Sendable {
    public var options: Value
    /// The checked node; nil when the field is missing.
    public var target: Value?
    /// The node the rule's `given` selected (for functions that look at sibling fields); defaults to `target`.
    public var given: Value?
    /// Whether the function reports nothing for this target.
    public var passes: Bool

    public init(options: Value = [:], target: Value?, given: Value? = nil, passes: Bool) {
        self.options = options
        self.target = target
        self.given = given
        self.passes = passes
    }

    public static func pass(_ target: Value?, options: Value = [:], given: Value? = nil) -> FunctionExample {
        FunctionExample(options: options, target: target, given: given, passes: true)
    }

    public static func fail(_ target: Value?, options: Value = [:], given: Value? = nil) -> FunctionExample {
        FunctionExample(options: options, target: target, given: given, passes: false)
    }
}

/// The options a function takes, checked when a pack loads.
public struct OptionsSchema: Sendable {
    public var properties: [OptionProperty]
    /// Options that must be given.
    public var required: [String]
    /// Groups of options of which exactly one must be given (such as `min`/`max`/`equals` … at least one).
    public var atLeastOneOf: [[String]]
    /// Groups of options that may not be given together.
    public var mutuallyExclusive: [[String]]

    public init(
        _ properties: [OptionProperty], required: [String] = [], atLeastOneOf: [[String]] = [],
        mutuallyExclusive: [[String]] = []
    ) {
        self.properties = properties
        self.required = required
        self.atLeastOneOf = atLeastOneOf
        self.mutuallyExclusive = mutuallyExclusive
    }

    /// No options at all.
    public static let none = OptionsSchema([])

    public func property(_ name: String) -> OptionProperty? { properties.first { $0.name == name } }
}

/// One option of a function.
public struct OptionProperty: Sendable {
    public var name: String
    public var type: OptionType
    public var summary: String

    public init(_ name: String, _ type: OptionType, _ summary: String) {
        self.name = name
        self.type = type
        self.summary = summary
    }
}

/// The type of an option's value.
public indirect enum OptionType: Sendable, CustomStringConvertible {
    case string
    case boolean
    case integer
    /// An integer ≥ 0.
    case count
    /// A number, which may also be written as a Thai-digit or money string.
    case number
    /// One of these strings.
    case oneOf([String])
    case list(OptionType)
    /// A field path relative to the `given` node (dotted names or a JSONPath starting with `@` or `$`).
    case field
    /// A regular expression (compiled when the pack loads).
    case regex
    /// Any JSON value.
    case any

    public var description: String {
        switch self {
        case .string: "a string"
        case .boolean: "true or false"
        case .integer: "an integer"
        case .count: "a whole number ≥ 0"
        case .number: "a number"
        case .oneOf(let values): "one of " + values.map { "'\($0)'" }.joined(separator: ", ")
        case .list(let element): "a list of \(element.plural)"
        case .field: "a field path"
        case .regex: "a regular expression"
        case .any: "any value"
        }
    }

    var plural: String {
        switch self {
        case .string: "strings"
        case .integer, .count: "integers"
        case .number: "numbers"
        case .boolean: "booleans"
        case .field: "field paths"
        case .regex: "regular expressions"
        default: "values (\(description))"
        }
    }
}
