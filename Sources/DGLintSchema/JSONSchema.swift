public import DGLintModel

/// A compiled JSON Schema (draft 2020-12) that validates ``Value`` trees.
///
/// A schema compiles once — references resolved, regular expressions compiled, keyword values checked — into an
/// immutable program; ``validate(_:)`` then walks it without shared mutable state, so one schema may validate from
/// many tasks at once.
public struct JSONSchema: Sendable {
    let program: SchemaProgram

    /// Compiles a schema once.
    ///
    /// - Parameters:
    ///   - schema: the schema document.
    ///   - uri: its retrieval URI, the base for relative `$id` and `$ref` (default `urn:dglint:schema`).
    ///   - loader: returns another schema document by absolute URI (without fragment), or nil. dglint gives local
    ///     files only, never the network. The draft 2020-12 meta-schemas are built in and never asked for.
    ///   - options: how to treat `format`.
    /// - Throws: ``SchemaError`` when the schema is not a valid schema (a keyword of the wrong shape, a pattern that
    ///   does not compile, a `$ref` that cannot be resolved, nesting beyond the limit).
    public static func compile(
        _ schema: Value, uri: String = "urn:dglint:schema", loader: (@Sendable (String) -> Value?)? = nil,
        options: SchemaOptions = SchemaOptions()
    ) throws(SchemaError) -> JSONSchema {
        var compiler = SchemaCompiler(loader: loader, options: options)
        let program = try compiler.compileProgram(schema, uri: uri)
        return JSONSchema(program: program)
    }

    /// Every error, each with where in the instance and which keyword; empty when valid.
    public func validate(_ instance: Value) -> [SchemaViolation] {
        var evaluation = Evaluation(program: program, failFast: false, instance: instance)
        _ = evaluation.run()
        return evaluation.result
    }

    /// Whether `instance` is valid; stops at the first error.
    public func isValid(_ instance: Value) -> Bool {
        var evaluation = Evaluation(program: program, failFast: true, instance: instance)
        return evaluation.run() && !evaluation.exhausted
    }
}

/// How a schema is compiled.
public struct SchemaOptions: Sendable {
    /// Whether `format` asserts (date, date-time, email, uri, ipv4, ipv6, uuid are checked) instead of only
    /// annotating. Off by default, as draft 2020-12 prescribes.
    public var assertFormat: Bool = false

    public init(assertFormat: Bool = false) {
        self.assertFormat = assertFormat
    }
}

/// A schema that cannot be compiled: what is wrong and where in the schema.
public struct SchemaError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in English.
    public var message: String
    /// The JSON pointer of the offending value inside the schema; prefixed with the document's URI and `#` when
    /// the problem is in another document than the one compiled.
    public var schemaPath: String

    public init(message: String, schemaPath: String) {
        self.message = message
        self.schemaPath = schemaPath
    }

    public var description: String {
        schemaPath.isEmpty ? "schema: \(message)" : "schema at \(schemaPath): \(message)"
    }
}

/// One way an instance fails a schema.
public struct SchemaViolation: Hashable, Sendable {
    /// Where in the instance.
    public var instancePath: [PathElement]
    /// The JSON pointer of the failing keyword along the evaluation path, through `$ref`, such as
    /// `/properties/budget/properties/total/type` or `/$ref/minimum`.
    public var keywordPath: String
    /// The failing keyword, such as `type`.
    public var keyword: String
    /// What is wrong, in Thai and English.
    public var message: LocalizedText
    /// For `required` and `dependentRequired`: the member that is missing, so a report can point at the
    /// place it should be (the instance path stays the object's, as the specification says).
    public var missingProperty: String?

    public init(
        instancePath: [PathElement], keywordPath: String, keyword: String, message: LocalizedText,
        missingProperty: String? = nil
    ) {
        self.instancePath = instancePath
        self.keywordPath = keywordPath
        self.keyword = keyword
        self.message = message
        self.missingProperty = missingProperty
    }
}
