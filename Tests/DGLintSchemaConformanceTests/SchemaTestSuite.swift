import DGLintModel
import DGLintTestSupport
import Foundation

/// One test group of the JSON-Schema-Test-Suite: a schema and the instances to validate against it.
struct SchemaTestGroup: Sendable {
    var file: String
    var description: String
    var schema: Value
    var tests: [SchemaTestCase]
}

/// One instance with its expected validity.
struct SchemaTestCase: Sendable {
    var description: String
    var data: Value
    var valid: Bool
}

/// Loads the draft 2020-12 JSON-Schema-Test-Suite from `../shared/conformance/json-schema/` beside the package,
/// and serves its remotes (`http://localhost:1234/…`) from disk.
enum SchemaTestSuite {
    /// The package root, found from this file's location.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let suiteRoot = packageRoot.appendingPathComponent("../shared/conformance/json-schema").standardized
    static let testsFolder = suiteRoot.appendingPathComponent("draft2020-12")
    static let remotesFolder = suiteRoot.appendingPathComponent("remotes")

    /// Whether the suite's folder is present.
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: testsFolder.path) }

    /// A malformed suite file.
    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    /// Every group of every required test file (`*.json` directly in `draft2020-12/`; `optional/` is left out).
    static func load() throws -> [SchemaTestGroup] {
        let files = try FileManager.default.contentsOfDirectory(atPath: testsFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        var groups: [SchemaTestGroup] = []
        for file in files {
            let text = try String(contentsOf: testsFolder.appendingPathComponent(file), encoding: .utf8)
            guard case .array(let list) = try TestJSON.parse(text) else {
                throw FormatError(description: "\(file) is not an array of groups")
            }
            for group in list {
                guard let description = group["description"]?.stringValue, let schema = group["schema"],
                    let tests = group["tests"]?.arrayValue
                else { throw FormatError(description: "a group in \(file) lacks description, schema or tests") }
                let cases = try tests.map { test in
                    guard let name = test["description"]?.stringValue, let data = test["data"],
                        let valid = test["valid"]?.boolValue
                    else { throw FormatError(description: "a test in \(file) / \(description) is malformed") }
                    return SchemaTestCase(description: name, data: data, valid: valid)
                }
                groups.append(SchemaTestGroup(file: file, description: description, schema: schema, tests: cases))
            }
        }
        return groups
    }

    /// Serves `http://localhost:1234/<path>` from the remotes folder; every other URI is refused.
    static let loader: @Sendable (String) -> Value? = { uri in
        let prefix = "http://localhost:1234/"
        guard uri.hasPrefix(prefix) else { return nil }
        let path = String(uri.dropFirst(prefix.count))
        guard !path.contains(".."),
            let text = try? String(contentsOf: remotesFolder.appendingPathComponent(path), encoding: .utf8)
        else { return nil }
        return try? TestJSON.parse(text)
    }
}
