import DGLintEngine
import DGLintModel
import DGLintReporters
import Foundation
import Testing

/// The examples of the reviewers' formats in `docs/output.md` are real output.
@Suite struct OutputDocsFormatsTests {
    let docs = (try? String(contentsOf: goldenURL("../../../docs/output.md"), encoding: .utf8)) ?? ""

    @Test func githubExampleIsTheWholeOutput() {
        #expect(docs.contains("```\n" + ReportFixtures.review(.github, .en, run: ReportFixtures.stampedRun) + "```\n"))
    }

    @Test func sarifExampleIsTheWaivedResult() throws {
        let out = ReportFixtures.review(.sarif, .en)
        let results = out.components(separatedBy: "\n        {\n")
        let waived = try #require(results.first { $0.contains("\"ruleId\" : \"TAGS-02\"") })
        let body = try #require(waived.components(separatedBy: "\n        }").first)
        let lines = ("{\n" + body + "\n}").split(separator: "\n").map {
            $0.hasPrefix("        ") ? $0.dropFirst(8) : $0
        }
        #expect(docs.contains("```json\n" + lines.joined(separator: "\n") + "\n```\n"))
    }

    @Test func csvExampleIsRealRows() {
        let out = String(ReportFixtures.review(.csv, .en, run: ReportFixtures.stampedRun).dropFirst())
            .replacingOccurrences(of: "\r\n", with: "\n")
        let rows = out.split(separator: "\n")
        #expect(docs.contains("```\n" + [rows[0], rows[1], rows[3]].joined(separator: "\n") + "\n```\n"))
    }

    @Test func gitlabExampleIsTheFirstIssue() throws {
        let out = ReportFixtures.review(.gitlab, .en, run: ReportFixtures.stampedRun)
        let first = try #require(out.components(separatedBy: "\n  },\n").first)
        #expect(docs.contains("```json\n" + first + "\n  }\n]\n```\n"))
    }

    @Test func markdownAuditExampleIsReal() throws {
        let out = ReportFixtures.review(.markdown, .en, run: ReportFixtures.stampedRun)
        let start = try #require(out.range(of: "## Audit stamp\n"))
        let end = try #require(out.range(of: "\n## Findings by file\n"))
        #expect(docs.contains("```markdown\n" + out[start.lowerBound..<end.lowerBound] + "```\n"))
    }

    @Test func everyFormatHasASection() {
        for format in ReportFormat.allCases {
            #expect(docs.contains("\n## \(format.rawValue)\n"), "\(format)")
        }
    }
}
