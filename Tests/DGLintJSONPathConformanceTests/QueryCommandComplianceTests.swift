import DGLintModel
import DGLintTestSupport
import Foundation
import Testing

/// Runs every case of the compliance suite through `dglint query`, one process per case, so the command
/// line answers exactly as the engine does: the same values in the same order, exit 2 for an invalid
/// selector.
@Test(
    .enabled(
        if: ComplianceTestSuite.isAvailable && DGLintBinary.url != nil,
        "needs ../shared/conformance/jsonpath/cts.json and a built dglint (swift build)"))
func queryCommandAnswersEveryComplianceCase() throws {
    let cases = try ComplianceTestSuite.load()
    guard let binary = DGLintBinary.url else { return }
    var failures: [String] = []
    for testCase in cases {
        let run = try DGLintBinary.run(binary, ["query", testCase.selector, "-"], stdin: testCase.document.jsonText())
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

/// The `dglint` executable built beside the tests.
enum DGLintBinary {
    static let url: URL? = {
        var candidates: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(
                URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("dglint"))
        }
        candidates.append(ComplianceTestSuite.packageRoot.appendingPathComponent(".build/debug/dglint"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs dglint with `arguments`, feeding `stdin`, and collects its output.
    static func run(_ binary: URL, _ arguments: [String], stdin: String) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
