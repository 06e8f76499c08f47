import DGLintModel
import DGLintTestSupport
import Foundation
import Testing

/// Runs every case of the JSON-Schema-Test-Suite through `dglint schema check`, one process per test group
/// (the group's schema and each instance as files), so the command line answers as the validator does.
@Test(
    .enabled(
        if: SchemaTestSuite.isAvailable && DGLintExecutable.path != nil,
        "needs ../shared/conformance/json-schema/draft2020-12 and a built dglint (swift build)"))
func schemaCheckCommandAnswersEveryCase() throws {
    guard let binary = DGLintExecutable.path else { return }
    let groups = try SchemaTestSuite.load()
    var total = 0
    var failures: [String] = []
    try TemporaryFolder.with("dglint-schema-cli") { folder in
        for (index, group) in groups.enumerated() {
            let schema = try folder.write("g\(index)/schema.json", group.schema.jsonText())
            var documents: [String] = []
            for (number, test) in group.tests.enumerated() {
                documents.append(try folder.write("g\(index)/d\(number).json", test.data.jsonText()))
            }
            let remotes = SchemaTestSuite.remotesFolder.path + "/"
            let run = try DGLintExecutable.run(
                binary,
                ["schema", "check", "--schema", schema, "--map", "http://localhost:1234/=\(remotes)"] + documents)
            let results = (try? TestJSON.parse(run.stdout))?.arrayValue ?? []
            for (number, test) in group.tests.enumerated() {
                total += 1
                let name = "\(group.file) / \(group.description) / \(test.description)"
                if excludedCases[name] != nil { continue }
                let valid = number < results.count ? results[number]["valid"]?.boolValue : nil
                if valid != test.valid {
                    failures.append(
                        "\(name): expected \(test.valid ? "valid" : "invalid"), exit \(run.status) \(run.stderr)")
                }
            }
        }
    }
    print("JSON-Schema-Test-Suite draft2020-12 through dglint schema check: \(total - failures.count)/\(total) passed")
    #expect(failures.isEmpty, "failing cases:\n\(failures.prefix(30).joined(separator: "\n"))")
}
