/// The name of a compiled keyword, or of a keyword a violation is reported under (`then`, `else`, `minContains`,
/// `maxContains`): a byte rather than a string, so that a compiled keyword and a keyword-path step are copied
/// without reference counting.
enum Keyword: String, Sendable, CaseIterable {
    case ref = "$ref"
    case dynamicRef = "$dynamicRef"
    /// Compiles to nothing, but its value is checked.
    case defs = "$defs"
    case allOf, anyOf, oneOf, not
    case `if`, then, `else`
    case dependentSchemas, prefixItems, items, contains
    case properties, patternProperties, additionalProperties, propertyNames
    case unevaluatedItems, unevaluatedProperties
    case type, `enum`, const
    case multipleOf, maximum, exclusiveMaximum, minimum, exclusiveMinimum
    case maxLength, minLength, pattern
    case maxItems, minItems, uniqueItems, minContains, maxContains
    case maxProperties, minProperties, required, dependentRequired
    case format

    /// Every keyword by its name: one hash look-up, where `init(rawValue:)` compares the name with each in turn.
    static let named: [String: Keyword] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// Which of the compiler's functions handles the keyword: one look-up a member of a schema object, instead of
    /// trying each function's `switch` in turn (some forty string comparisons for a keyword such as `required`).
    /// Nil for `then` and `else`, compiled with their `if`.
    var family: KeywordFamily? {
        switch self {
        case .ref, .dynamicRef, .defs: .core
        case .allOf, .anyOf, .oneOf, .not, .if, .dependentSchemas, .prefixItems, .items, .contains, .properties,
            .patternProperties, .additionalProperties, .propertyNames:
            .applicator
        case .then, .else: nil
        case .unevaluatedItems, .unevaluatedProperties: .unevaluated
        case .type, .enum, .const, .multipleOf, .maximum, .exclusiveMaximum, .minimum, .exclusiveMinimum, .maxLength,
            .minLength, .pattern, .maxItems, .minItems, .uniqueItems, .minContains, .maxContains, .maxProperties,
            .minProperties, .required, .dependentRequired:
            .validation
        case .format: .format
        }
    }
}

/// One step of the keyword path of an evaluation, turned into its reference token only when a violation is
/// recorded (``Evaluation/token(_:)``).
enum KeywordStep: Sendable, Equatable {
    /// A keyword's name.
    case keyword(Keyword)
    /// A position in the array of `allOf`, `anyOf`, `oneOf` or `prefixItems`.
    case index(Int)
    /// The name of the member at this depth of the instance path (a `properties` entry, named as the instance
    /// names it).
    case member(depth: Int)
    /// A pattern of `patternProperties`: the entry at this position of ``Operands/patternSchemas``.
    case pattern(Int)
    /// A member name of `dependentSchemas`: the pair at `index` of entry `entry` of ``Operands/dependentSchemas``.
    case dependency(entry: Int, index: Int)
}
