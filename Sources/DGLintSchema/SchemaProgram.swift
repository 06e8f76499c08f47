import DGLintModel

/// A compiled schema: an arena of nodes that refer to each other by index, so that recursive references need
/// neither classes nor cycles. Immutable once built, hence safe to share between tasks.
struct SchemaProgram: Sendable {
    /// Every compiled schema location.
    var nodes: [SchemaNode]
    /// The keywords of every schema object, each object's in a run of its own (``SchemaNode/Body/keywords(_:)``).
    var keywords: [CompiledKeyword]
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
enum Check: Sendable {
    case ref(Int)
    /// A `$dynamicRef` whose initial target carries the same `$dynamicAnchor`: resolved in the dynamic scope.
    case dynamicRef(anchor: String, initial: Int)
    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(Int)
    case conditional(condition: Int, then: Int?, else: Int?)
    case dependentSchemas([(String, Int)])
    case prefixItems([Int])
    case items(prefixCount: Int, schema: Int)
    case contains(schema: Int, min: Int, max: Int?, minExplicit: Bool)
    /// The schema of each named member.
    case properties(NameTable)
    case patternProperties([(PatternRegex, Int)])
    case additionalProperties(schema: Int, named: NameTable, patterns: [PatternRegex])
    case propertyNames(Int)
    case unevaluatedItems(Int)
    case unevaluatedProperties(Int)
    /// `type` naming one type: the most common keyword, kept free of an array to copy.
    case type(JSONType)
    /// `type` naming several, in the order written.
    case types([JSONType])
    case enumeration([Value])
    case constant(Value)
    case multipleOf(Value)
    case maximum(Value)
    case exclusiveMaximum(Value)
    case minimum(Value)
    case exclusiveMinimum(Value)
    case maxLength(Int)
    case minLength(Int)
    case pattern(PatternRegex)
    case maxItems(Int)
    case minItems(Int)
    case uniqueItems
    case maxProperties(Int)
    case minProperties(Int)
    case required([String])
    case dependentRequired([(String, [String])])
    case format(FormatName)
}

/// The seven JSON Schema type names.
enum JSONType: String, Sendable, CaseIterable {
    case null, boolean, integer, number, string, array, object

    /// Whether `value` is of this type; `integer` includes doubles without a fraction, such as `1.0`.
    func matches(_ value: Value) -> Bool {
        switch (self, value) {
        case (.null, .null), (.boolean, .bool), (.string, .string), (.array, .array), (.object, .object): true
        case (.integer, .int), (.number, .int), (.number, .double): true
        case (.integer, .double(let d)): d.isFinite && d.rounded(.towardZero) == d
        default: false
        }
    }
}
