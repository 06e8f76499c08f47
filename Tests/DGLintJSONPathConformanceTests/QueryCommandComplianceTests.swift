import DGLintModel
import DGLintTestSupport
import Foundation
import Testing

/// Runs every case of the compliance suite through `dglint query`, one process per case, so the command
/// line answers exactly as the engine does: the same values in the same order, exit 2 for an invalid
/// selector.
@Test(
    .enabled(
        if: ComplianceTestSuite.isAvailable && DGLintExecutable.path != nil,
        "needs ../shared/conformance/jsonpath/cts.json and a built dglint (swift build)"))
func queryCommandAnswersEveryComplianceCase() throws {
    let cases = try ComplianceTestSuite.load()
    guard let binary = DGLintExecutable.path else { return }
    var failures: [String] = []
    for testCase in cases {
        let run = try DGLintExecutable.run(
            binary, ["query", testCase.selector, "-"], stdin: testCase.document.jsonText())
        if testCase.isInvalid {
            if run.status != 2 || !run.stderr.contains("invalid JSONPath") || !run.stderr.contains("^") {
                failures.append("\(testCase.name): expected exit 2 with a caret, got \(run.status): \(run.stderr)")
            }
            continue
        }
        guard run.status == 0, case .array(let values)? = try? TestJSON.parse(run.stdout) else {
            failures.append("\(testCase.name): exit \(run.status), stdout \(run.stdout), stderr \(run.stderr)")
            continue
        }
        if !testCase.results.contains(values) {
            failures.append("\(testCase.name) [\(testCase.selector)]: got \(run.stdout)")
        }
    }
    print("JSONPath CTS through dglint query: \(cases.count - failures.count)/\(cases.count) passed")
    #expect(failures.isEmpty, "failing cases:\n\(failures.joined(separator: "\n"))")
}
