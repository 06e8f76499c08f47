import DGLintModel
import DGLintSchema
import DGLintTestSupport
import DGLintYAML

/// Parses JSON text written in a test; a malformed fixture fails the test that uses it.
func json(_ text: String) throws -> Value {
    try TestJSON.parse(text)
}

/// Compiles a schema written as JSON text.
func compile(
    _ schema: String, loader: (@Sendable (String) -> Value?)? = nil, options: SchemaOptions = SchemaOptions()
) throws -> JSONSchema {
    try JSONSchema.compile(try json(schema), loader: loader, options: options)
}

/// Compiles a schema written as YAML, as dglint's packs and proposals are.
func compileYAML(_ schema: String) throws -> JSONSchema {
    let documents = try YAMLLoader().load(schema, file: "schema.yaml")
    return try JSONSchema.compile(documents.first?.value ?? .null)
}

/// One violation reduced to what tests compare: instance pointer, keyword path, keyword and both messages.
struct Seen: Equatable, CustomStringConvertible {
    var at: String
    var keywordPath: String
    var keyword: String
    var en: String
    var th: String

    init(_ violation: SchemaViolation) {
        at = PathFormat.pointer(violation.instancePath)
        keywordPath = violation.keywordPath
        keyword = violation.keyword
        en = violation.message.en
        th = violation.message.th
    }

    init(at: String, keywordPath: String, keyword: String, en: String, th: String) {
        self.at = at
        self.keywordPath = keywordPath
        self.keyword = keyword
        self.en = en
        self.th = th
    }

    var description: String { "\(at) \(keywordPath) [\(keyword)] \(en) / \(th)" }
}

/// The violations of `instance` (JSON text) against `schema`.
func violations(_ schema: JSONSchema, _ instance: String) throws -> [Seen] {
    schema.validate(try json(instance)).map(Seen.init)
}
