import DGLintEngine
import DGLintModel
import Testing

@testable import DGLintReporters

@Suite struct MarkdownReporterTests {
    @Test(arguments: [Language.th, .en])
    func markdownGolden(_ language: Language) {
        assertGolden(ReportFixtures.review(.markdown, language), "markdown-\(language.rawValue).md")
    }

    @Test func summaryComesFirstThenOneTablePerFileWithFindings() {
        let out = ReportFixtures.review(.markdown, .en)
        #expect(out.hasPrefix("# Digital project proposal check report\n\nChecked with dglint 0.1.0\n\n## Summary\n"))
        #expect(out.contains("| Files checked | 5 |\n| Files with findings | 4 |\n| error | 4 |"))
        #expect(
            out.contains(
                "## Findings by pack\n\n| Pack | Findings |\n|---|---:|\n| proposal — Proposal structure | 7 |"))
        #expect(out.contains("| budget — Budget | 1 |\n| dglint | 1 |\n\n## Audit stamp\n"))
        #expect(out.contains("| budget | 2.0.1 | `\(String(repeating: "b2", count: 32))` |\n\n## Findings by file\n"))
        #expect(!out.contains("### proposals/clean.yaml"))
        #expect(out.hasSuffix("\n1 file without findings\n"))
        #expect(out.contains("| 6:27 | warning | TAGS-02 no-empty-tags | Tags must not be empty *(waived: "))
        #expect(out.contains("| 11:28 (document 2) | hint |"))
    }

    @Test func cellsCannotBreakTheTable() throws {
        let out = ReportFixtures.review(.markdown, .en)
        let row = try #require(out.split(separator: "\n").first { $0.contains("HTML") })
        #expect(
            row == "| 2:10 | error | HTML-01 no-markup | The title holds \\<script\\>alert('x')\\</script\\> \\| "
                + "not allowed<br>please fix |")
        #expect(MarkdownText.escape("a|b\r\nc*d_[e](f)") == "a\\|b<br>c\\*d\\_\\[e\\](f)")
    }
}
