import DGLintModel
import DGLintTestSupport
import Foundation

/// One case of the JSONPath Compliance Test Suite (`cts.json`).
struct ComplianceCase: Sendable {
    var name: String
    var selector: String
    var isInvalid: Bool
    var document: Value
    /// The acceptable results: one nodelist's values, or several when the order is not determined.
    var results: [[Value]]
    /// The acceptable normalized paths, parallel to `results`, when the suite gives them.
    var resultPaths: [[String]]?
}

/// Loads the compliance test suite from `../shared/conformance/jsonpath/cts.json` beside the package.
enum ComplianceTestSuite {
    /// The package root, found from this file's location.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The suite's file.
    static let url = packageRoot.appendingPathComponent("../shared/conformance/jsonpath/cts.json").standardized

    /// Whether the suite's file is present.
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: url.path) }

    /// A malformed suite file.
    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads and decodes every case.
    static func load() throws -> [ComplianceCase] {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard case .array(let tests)? = try TestJSON.parse(text)["tests"] else {
            throw FormatError(description: "cts.json has no 'tests' array")
        }
        return try tests.map(decode)
    }

    private static func decode(_ test: Value) throws -> ComplianceCase {
        guard let name = test["name"]?.stringValue, let selector = test["selector"]?.stringValue else {
            throw FormatError(description: "a case lacks 'name' or 'selector'")
        }
        let isInvalid = test["invalid_selector"]?.boolValue ?? false
        var results: [[Value]] = []
        var paths: [[String]]?
        if let result = test["result"]?.arrayValue {
            results = [result]
            paths = test["result_paths"]?.arrayValue.map { [$0.compactMap(\.stringValue)] }
        } else if let many = test["results"]?.arrayValue {
            results = many.map { $0.arrayValue ?? [] }
            paths = test["results_paths"]?.arrayValue?.map { $0.arrayValue?.compactMap(\.stringValue) ?? [] }
        } else if !isInvalid {
            throw FormatError(description: "case '\(name)' has neither 'result' nor 'results'")
        }
        return ComplianceCase(
            name: name, selector: selector, isInvalid: isInvalid, document: test["document"] ?? .null,
            results: results, resultPaths: paths)
    }
}
