import DGLintExpression
import DGLintModel
import DGLintTestSupport
import Foundation
import Testing

/// The expression table through `dglint eval`, one process per row: every row whose `self` and `root` are the
/// shared document gives the same value (or fails with the same message, exit 1), and every compile error
/// exits 2 with a caret under the column the table marks.
@Suite(.enabled(if: DGLintExecutable.path != nil, "needs a built dglint (swift build)"))
struct EvalCommandTests {
    static var rows: [ExpressionCase] {
        (LiteralAndOperatorCases.literals + LiteralAndOperatorCases.arithmetic + LiteralAndOperatorCases.comparisons
            + LiteralAndOperatorCases.membership + LogicAndAccessCases.logic + LogicAndAccessCases.access
            + FunctionAndMacroCases.functions + FunctionAndMacroCases.macros + ExtensionCases.thai
            + ExtensionCases.dates + ExtensionCases.queries)
            .filter { $0.current == nil && $0.root == nil && $0.limits == ExpressionLimitsDefault.value }
    }

    @Test func everyRowOnTheSharedDocumentAnswersTheSame() throws {
        guard let binary = DGLintExecutable.path else { return }
        try TemporaryFolder.with("dglint-eval") { folder in
            let document = try folder.write("document.json", ExpressionCase.document)
            var failures: [String] = []
            let rows = Self.rows
            for row in rows {
                let run = try DGLintExecutable.run(binary, ["eval", "--lang", "en", "--", row.source, document])
                switch row.expected {
                case .value(let json):
                    let got = try? TestJSON.parse(run.stdout)
                    let want = try TestJSON.parse(json)
                    if run.status != 0 || got.map({ strictlyEqual($0, want) }) != true {
                        failures.append(
                            "\(row.source): exit \(run.status), got \(run.stdout)\(run.stderr), want \(json)")
                    }
                case .failure(let fragment):
                    if run.status != 1 || !run.stderr.contains(fragment) {
                        failures.append("\(row.source): exit \(run.status), stderr \(run.stderr), want '\(fragment)'")
                    }
                }
            }
            print("dglint eval: \(rows.count - failures.count)/\(rows.count) table rows answered as in process")
            #expect(rows.count > 200)
            #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
        }
    }

    @Test func compileErrorsExitTwoWithACaretAtTheColumn() throws {
        guard let binary = DGLintExecutable.path else { return }
        try TemporaryFolder.with("dglint-eval") { folder in
            let document = try folder.write("document.json", "{}")
            for row in CompileErrorCases.all {
                let run = try DGLintExecutable.run(binary, ["eval", "--", row.source, document])
                #expect(run.status == 2, "\(row.marked): exit \(run.status)")
                #expect(run.stderr.contains("(at column \(row.offset + 1))"), "\(row.marked): \(run.stderr)")
                #expect(run.stderr.contains("^"), "\(row.marked)")
            }
        }
    }
}

/// The default limits, to pick the rows that run with them.
enum ExpressionLimitsDefault {
    static let value = DGLintExpression.ExpressionLimits()
}
