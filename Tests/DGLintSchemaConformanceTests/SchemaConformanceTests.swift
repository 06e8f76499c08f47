import DGLintModel
import DGLintSchema
import Testing

/// Cases that cannot pass, by "file / group / test", each with the reason (also listed in docs/json-schema.md).
let excludedCases: [String: String] = [:]

/// Runs every required case of the JSON-Schema-Test-Suite for draft 2020-12.
@Test(
    .enabled(
        if: SchemaTestSuite.isAvailable,
        "the JSON-Schema-Test-Suite ../shared/conformance/json-schema/draft2020-12 is not present beside the package"))
func jsonSchemaTestSuite() throws {
    let groups = try SchemaTestSuite.load()
    var total = 0
    var passed = 0
    var failures: [String] = []
    for group in groups {
        let compiled: Result<JSONSchema, SchemaError>
        do {
            compiled = .success(try JSONSchema.compile(group.schema, loader: SchemaTestSuite.loader))
        } catch {
            compiled = .failure(error)
        }
        for test in group.tests {
            total += 1
            let name = "\(group.file) / \(group.description) / \(test.description)"
            if excludedCases[name] != nil { continue }
            switch compiled {
            case .failure(let error):
                failures.append("\(name): schema did not compile: \(error)")
            case .success(let schema):
                let violations = schema.validate(test.data)
                let valid = violations.isEmpty
                if valid != test.valid || schema.isValid(test.data) != test.valid {
                    let detail = violations.prefix(3).map { "\($0.keywordPath): \($0.message.en)" }
                    failures.append("\(name): expected \(test.valid ? "valid" : "invalid") \(detail)")
                } else {
                    passed += 1
                }
            }
        }
    }
    print("JSON-Schema-Test-Suite draft2020-12: \(passed)/\(total) passed")
    #expect(total > 0)
    #expect(passed + excludedCases.count == total)
    #expect(failures.isEmpty, "failing cases:\n\(failures.joined(separator: "\n"))")
}
