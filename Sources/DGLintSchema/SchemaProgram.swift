import DGLintModel

/// A compiled schema: an arena of nodes that refer to each other by index, so that recursive references need
/// neither classes nor cycles. Immutable once built, hence safe to share between tasks.
struct SchemaProgram: Sendable {
    /// Every compiled schema location.
    var nodes: [SchemaNode]
    /// The keywords of every schema object, each object's in a run of its own (``SchemaNode/Body/keywords(_:)``).
    var keywords: [CompiledKeyword]
    /// What the keywords' checks refer to by position.
    var operands: Operands
    /// The node of the schema document that was compiled.
    var root: Int
    /// For each schema resource (by index), its `$dynamicAnchor` names and the nodes they mark.
    var dynamicAnchors: [[String: Int]]
}

/// One compiled schema: a boolean schema or a list of keywords. Holds no reference, so that evaluation reads one
/// without reference counting.
struct SchemaNode: Sendable {
    /// The schema resource this schema belongs to (an index into ``SchemaProgram/dynamicAnchors``).
    var resource: Int
    var body: Body
    /// Whether an `unevaluatedItems` or `unevaluatedProperties` keyword may read what this schema evaluated: it has
    /// one, or one of them applies it in place (see ``SchemaCompiler/markAnnotationCollectors(_:dynamicAnchors:)``).
    /// Elsewhere evaluation keeps no annotations.
    var collectsAnnotations = false

    enum Body: Sendable {
        case boolean(Bool)
        /// The positions of its keywords in ``SchemaProgram/keywords``.
        case keywords(Range<Int>)
    }
}

/// One keyword of a schema object, compiled.
struct CompiledKeyword: Sendable {
    /// The keyword's name, the last step of its keyword path.
    var name: Keyword
    var check: Check
}

/// What a keyword checks or applies. Keywords that depend on siblings (`items` on `prefixItems`,
/// `additionalProperties` on `properties`, `then` on `if`, `minContains` on `contains`) are compiled together.
///
/// Plain data: what would hold a reference (a list, a string, a value, a regex, a name table) is in the program's
/// ``Operands`` and named here by its position, so that evaluation copies a check out of the program without
/// retaining or releasing anything.
enum Check: Sendable {
    case ref(Int)
    /// A `$dynamicRef` whose initial target carries the same `$dynamicAnchor` (in ``Operands/strings``): resolved in
    /// the dynamic scope.
    case dynamicRef(anchor: Int, initial: Int)
    /// Schemas in ``Operands/schemas``.
    case allOf(Range<Int>)
    case anyOf(Range<Int>)
    case oneOf(Range<Int>)
    case not(Int)
    case conditional(condition: Int, then: Int?, else: Int?)
    /// An entry of ``Operands/dependentSchemas``.
    case dependentSchemas(Int)
    case prefixItems(Range<Int>)
    case items(prefixCount: Int, schema: Int)
    case contains(schema: Int, min: Int, max: Int?, minExplicit: Bool)
    /// The schema of each named member: a table of ``Operands/tables``.
    case properties(Int)
    /// Pairs in ``Operands/patternSchemas``.
    case patternProperties(Range<Int>)
    /// `named` in ``Operands/tables``, `patterns` in ``Operands/patterns``.
    case additionalProperties(schema: Int, named: Int, patterns: Range<Int>)
    case propertyNames(Int)
    case unevaluatedItems(Int)
    case unevaluatedProperties(Int)
    /// `type` naming one type: the most common keyword.
    case type(JSONType)
    /// `type` naming several (in ``Operands/types``), in the order written.
    case types(Range<Int>)
    /// The options in ``Operands/values``.
    case enumeration(Range<Int>)
    /// A value of ``Operands/values``, as are those of the next five.
    case constant(Int)
    case multipleOf(Int)
    case maximum(Int)
    case exclusiveMaximum(Int)
    case minimum(Int)
    case exclusiveMinimum(Int)
    case maxLength(Int)
    case minLength(Int)
    /// A regex of ``Operands/patterns``.
    case pattern(Int)
    case maxItems(Int)
    case minItems(Int)
    case uniqueItems
    case maxProperties(Int)
    case minProperties(Int)
    /// Names in ``Operands/strings``.
    case required(Range<Int>)
    /// An entry of ``Operands/dependentRequired``.
    case dependentRequired(Int)
    case format(FormatName)
}

/// What compiled checks refer to by position: lists, strings, values, regexes and name tables, held once by the
/// program.
struct Operands: Sendable {
    /// The subschemas of `allOf`, `anyOf`, `oneOf` and `prefixItems`, each keyword's in a run.
    var schemas: [Int] = []
    /// The tables of `properties` (names to schemas) and `additionalProperties` (the names it skips).
    var tables: [NameTable] = []
    /// The options of `enum` and the values of `const`, `multipleOf` and the bounds.
    var values: [Value] = []
    /// The names of `required`, and `$dynamicRef` anchors.
    var strings: [String] = []
    /// `pattern` and the patterns `additionalProperties` skips.
    var patterns: [PatternRegex] = []
    /// The types of `type` keywords naming several.
    var types: [JSONType] = []
    /// `patternProperties`: each pattern and its schema.
    var patternSchemas: [(regex: PatternRegex, schema: Int)] = []
    /// `dependentSchemas`: for each keyword, each member name and its schema.
    var dependentSchemas: [[(name: String, schema: Int)]] = []
    /// `dependentRequired`: for each keyword, each member name and the names it requires.
    var dependentRequired: [[(name: String, required: [String])]] = []

    /// Appends `items` to `list`; the range they occupy.
    static func run<Element>(_ items: some Collection<Element>, in list: inout [Element]) -> Range<Int> {
        let start = list.count
        list.append(contentsOf: items)
        return start..<list.count
    }

    /// Appends `item` to `list`; its position.
    static func add<Element>(_ item: Element, to list: inout [Element]) -> Int {
        list.append(item)
        return list.count - 1
    }
}

/// The seven JSON Schema type names.
enum JSONType: String, Sendable, CaseIterable {
    case null, boolean, integer, number, string, array, object

    /// Whether `value` is of this type; `integer` includes doubles without a fraction, such as `1.0`.
    func matches(_ value: Value) -> Bool {
        // A switch on the value alone: one on the pair copied the value.
        switch value {
        case .null: self == .null
        case .bool: self == .boolean
        case .string: self == .string
        case .array: self == .array
        case .object: self == .object
        case .int: self == .integer || self == .number
        case .double(let d): self == .number || (self == .integer && d.isFinite && d.rounded(.towardZero) == d)
        }
    }
}
