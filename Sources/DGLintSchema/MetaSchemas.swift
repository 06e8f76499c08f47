import DGLintModel

/// The draft 2020-12 meta-schemas, bundled so that `"$ref": "https://json-schema.org/draft/2020-12/schema"` and
/// `"$schema"` resolve without the network. Texts from the JSON Schema specification (json-schema.org).
enum MetaSchemas {
    /// The URI of the draft 2020-12 meta-schema.
    static let schemaURI = "https://json-schema.org/draft/2020-12/schema"

    /// The meta-schema documents by URI, parsed once on first use.
    private static let documents: [String: Value] = {
        var documents: [String: Value] = [:]
        let texts = [
            (schemaURI, MetaSchemaTexts.schema),
            ("https://json-schema.org/draft/2020-12/meta/core", MetaSchemaTexts.core),
            ("https://json-schema.org/draft/2020-12/meta/applicator", MetaSchemaTexts.applicator),
            ("https://json-schema.org/draft/2020-12/meta/unevaluated", MetaSchemaTexts.unevaluated),
            ("https://json-schema.org/draft/2020-12/meta/validation", MetaSchemaTexts.validation),
            ("https://json-schema.org/draft/2020-12/meta/meta-data", MetaSchemaTexts.metaData),
            ("https://json-schema.org/draft/2020-12/meta/format-annotation", MetaSchemaTexts.formatAnnotation),
            ("https://json-schema.org/draft/2020-12/meta/format-assertion", MetaSchemaTexts.formatAssertion),
            ("https://json-schema.org/draft/2020-12/meta/content", MetaSchemaTexts.content),
        ]
        for (uri, text) in texts {
            if let value = MiniJSON.parse(text) { documents[uri] = value }
        }
        return documents
    }()

    /// The bundled document for `uri` (without fragment), or nil.
    static func document(_ uri: String) -> Value? {
        guard uri.hasPrefix("https://json-schema.org/draft/2020-12/") else { return nil }
        return documents[uri]
    }
}
