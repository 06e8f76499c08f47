import DGLintModel

/// The vocabularies in effect for a schema, as its meta-schema's `$vocabulary` declares them.
///
/// The core vocabulary is always on. The standard draft 2020-12 dialect enables every vocabulary, with `format`
/// as an annotation.
struct Dialect: Hashable, Sendable {
    var applicator: Bool
    var unevaluated: Bool
    var validation: Bool
    /// Whether the format-assertion vocabulary is declared, which makes `format` assert.
    var formatAssertion: Bool

    /// Every vocabulary of draft 2020-12, `format` annotating.
    static let standard = Dialect(applicator: true, unevaluated: true, validation: true, formatAssertion: false)

    private static let vocabularyPrefix = "https://json-schema.org/draft/2020-12/vocab/"
    private static let known: Set<String> = [
        "core", "applicator", "unevaluated", "validation", "meta-data", "format-annotation", "format-assertion",
        "content",
    ]

    /// The dialect a `$vocabulary` object declares; a required vocabulary dglint does not know is an error, an
    /// optional one is ignored.
    init(vocabularies: Value, metaSchema: String, schemaPath: String) throws(SchemaError) {
        var enabled: Set<String> = []
        for (uri, required) in vocabularies.objectValue ?? ValueObject() {
            let name = uri.hasPrefix(Self.vocabularyPrefix) ? String(uri.dropFirst(Self.vocabularyPrefix.count)) : ""
            if Self.known.contains(name) {
                enabled.insert(name)
            } else if required == .bool(true) {
                throw SchemaError(
                    message:
                        "the meta-schema \(metaSchema) requires the vocabulary \(uri), which dglint does not support",
                    schemaPath: schemaPath + "/$schema")
            }
        }
        self.init(
            applicator: enabled.contains("applicator"), unevaluated: enabled.contains("unevaluated"),
            validation: enabled.contains("validation"), formatAssertion: enabled.contains("format-assertion"))
    }

    private init(applicator: Bool, unevaluated: Bool, validation: Bool, formatAssertion: Bool) {
        self.applicator = applicator
        self.unevaluated = unevaluated
        self.validation = validation
        self.formatAssertion = formatAssertion
    }
}
