import DGLintJSONPath
import DGLintModel
import Testing

/// Runs every case of the JSONPath Compliance Test Suite against the engine: with `prepared`, again through
/// a ``JSONPathDocument``, which lists a document's nodes once for all its descendant queries — the nodes and
/// their locations must be the same.
@Test(
    .enabled(
        if: ComplianceTestSuite.isAvailable,
        "the JSONPath compliance suite ../shared/conformance/jsonpath/cts.json is not present beside the package"),
    arguments: [false, true])
func jsonPathComplianceTestSuite(prepared: Bool) throws {
    let cases = try ComplianceTestSuite.load()
    var failures: [String] = []
    for testCase in cases {
        if let failure = check(testCase, prepared: prepared) {
            failures.append("\(testCase.name) [\(testCase.selector)]: \(failure)")
        }
    }
    let kind = prepared ? " on prepared documents" : ""
    print("JSONPath CTS\(kind): \(cases.count - failures.count)/\(cases.count) passed")
    #expect(cases.count > 0)
    #expect(failures.isEmpty, "failing cases:\n\(failures.joined(separator: "\n"))")
}

/// Nil when the case passes, otherwise why it fails; `prepared` selects through a ``JSONPathDocument``
/// that has already answered the query once.
private func check(_ testCase: ComplianceCase, prepared: Bool) -> String? {
    let query: JSONPathQuery
    do {
        query = try JSONPathQuery.parse(testCase.selector)
    } catch {
        return testCase.isInvalid ? nil : "rejected: \(error)"
    }
    if testCase.isInvalid { return "accepted an invalid selector" }
    let nodes: [JSONPathNode]
    if prepared {
        let document = JSONPathDocument(testCase.document)
        _ = query.select(in: document)
        nodes = query.select(in: document)
    } else {
        nodes = query.select(testCase.document)
    }
    let values = nodes.map(\.value)
    let paths = nodes.map { PathFormat.normalized($0.path) }
    for (index, expected) in testCase.results.enumerated() where expected == values {
        guard let expectedPaths = testCase.resultPaths else { return nil }
        if index < expectedPaths.count, expectedPaths[index] == paths { return nil }
    }
    return "got \(Value.array(values).jsonText()) at \(paths)"
}
