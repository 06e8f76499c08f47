import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Foundation
import Testing

@testable import DGLintFuzzing

/// Every input a fuzzer once broke a library with (`fixtures/hostile/fuzz/<target>/`), replayed through the fuzz
/// target's own entry point: each must now end within seconds, with a result or an error that says where.
@Suite struct FuzzRegressionTests {
    static let folder = DGLintExecutable.packageRoot + "/fixtures/hostile/fuzz"

    /// One kept input and the target that found it.
    struct KeptInput: Sendable, CustomTestStringConvertible {
        var target: FuzzTarget
        var path: String

        var testDescription: String { "\(target.name)/\((path as NSString).lastPathComponent)" }
    }

    static let keptInputs: [KeptInput] = FuzzTarget.allCases.flatMap { target in
        let folder = "\(folder)/\(target.name)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { KeptInput(target: target, path: "\(folder)/\($0)") }
    }

    @Test(.timeLimit(.minutes(1)), arguments: keptInputs)
    func keptInputEndsWithAResultOrAPositionedError(_ input: KeptInput) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input.path)))
        var outcome = FuzzOutcome.violated("not run")
        let elapsed = ContinuousClock().measure { outcome = input.target.run(bytes) }
        #expect(outcome.isWellFormed, "\(outcome)")
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }

    @Test func everyFolderOfKeptInputsNamesATarget() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { !$0.hasPrefix(".") }
        let unknown = Set(folders).subtracting(FuzzTarget.allCases.map(\.name))
        #expect(unknown.isEmpty, "fixtures/hostile/fuzz/ has folders no target replays: \(unknown.sorted())")
        #expect(!Self.keptInputs.isEmpty)
    }

    /// One input per target and what it must give: the entry points answer, they do not only survive.
    @Test(arguments: [
        (FuzzTarget.yaml, "a: [1, {b: 2}]\n---\nx\n", FuzzOutcome.accepted("2 documents, 6 nodes")),
        (.yaml, "a: [1,\n", .rejected("", at: "2:1")),
        (.jsonpath, "$.items[?@.amount > 5000000].name", .accepted("1 nodes")),
        (.jsonpath, "@.c.d[-1]", .accepted("1 nodes")),
        (.jsonpath, "$.items[", .rejected("", at: "offset 8")),
        (.expression, "size(self.list) + data.limit", .accepted("int")),
        (.expression, "1 +", .rejected("", at: "offset 3")),
        (.schema, #"{"type": "object", "required": ["a"]}"# + "\n{b: 1}", .accepted("1 violations")),
        (.schema, #"{"minimum": "x"}"# + "\n1", .rejected("", at: "schema path '/minimum'")),
        (.pack, "pack: demo\nversion: 1.0.0\ntitle: {th: ก, en: A}\nrules: {}\n", .accepted("0 rules, 1 findings")),
        (.pack, "pack: demo\nversion: one\ntitle: {th: ก, en: A}\n", .rejected("", at: "2:10")),
    ])
    func entryPointGives(_ target: FuzzTarget, _ input: String, _ expected: FuzzOutcome) {
        let outcome = target.run(Array(input.utf8))
        switch (outcome, expected) {
        case (.rejected(_, let position), .rejected(_, let expectedPosition)):
            #expect(position == expectedPosition, "\(outcome)")
        default:
            #expect(outcome == expected)
        }
    }

    @Test func thePackTargetRunsItsRulesOnTheCleanExample() {
        let pack = """
            pack: demo
            version: 1.0.0
            title: {th: ทดสอบ, en: Demo}
            rules:
              DEMO-01:
                severity: error
                title: {th: ทดสอบ, en: Demo}
                evidence: inferred
                given: $.budget.items[*]
                then: {field: amount, function: expr, with: {expr: "self < 10000000"}}
            """
        // Two items (20,880,000 and 15,000,000 baht) are over the limit; the third finding is WAIVER-02, as the
        // example's waiver names CLOUD-05, which this pack does not define (hence also one finding with no rules).
        #expect(FuzzTarget.pack.run(Array(pack.utf8)) == .accepted("1 rules, 3 findings"))
    }

    @Test func theFixedProposalIsTheCleanExample() throws {
        let path = DGLintExecutable.packageRoot + "/fixtures/proposals/clean-example.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let example = try #require(try YAMLLoader().load(text, file: path).first)
        #expect(FuzzDocuments.proposal.value == example.value)
        #expect(FuzzDocuments.small["items"]?.arrayValue?.count == 3)
        #expect(FuzzDocuments.data["limit"] == 100_000)
    }
}
