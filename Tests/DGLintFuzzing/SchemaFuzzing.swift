import DGLintModel
import DGLintSchema
import DGLintYAML

/// The schema compiler and validator: the first line of the input is the schema, the rest the instance
/// (both JSON or YAML). A schema that compiles must give the same verdict from `isValid` as from `validate`,
/// and each violation must point at a node of the instance.
enum SchemaFuzzing {
    static func run(_ input: [UInt8]) -> FuzzOutcome {
        let newline = input.firstIndex(of: UInt8(ascii: "\n")) ?? input.endIndex
        let schemaValue: Value
        let instance: Value
        do {
            schemaValue = try load(Array(input[..<newline]), file: "schema.json")
            instance = try load(Array(input[min(newline + 1, input.endIndex)...]), file: "instance.json")
        } catch {
            return .rejected(error.message, at: error.location?.description)
        }
        let schema: JSONSchema
        do {
            schema = try JSONSchema.compile(schemaValue, options: SchemaOptions(assertFormat: true))
        } catch {
            return .rejected(error.message, at: "schema path '\(error.schemaPath)'")
        }
        let violations = schema.validate(instance)
        guard schema.isValid(instance) == violations.isEmpty else {
            let verdict = violations.isEmpty ? "invalid" : "valid"
            return .violated("isValid says \(verdict) but validate gave \(violations.count) violations")
        }
        for violation in violations where instance.value(at: violation.instancePath) == nil {
            let pointer = PathFormat.pointer(violation.instancePath)
            return .violated("the violation of '\(violation.keyword)' is at \(pointer), which the instance lacks")
        }
        return .accepted("\(violations.count) violations")
    }

    /// The one value of a YAML or JSON text; empty text is null.
    private static func load(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Value {
        try YAMLLoader().load(bytes, file: file).first?.value ?? .null
    }
}
