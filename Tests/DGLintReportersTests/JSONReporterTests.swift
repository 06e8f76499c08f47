import DGLintEngine
import DGLintModel
import DGLintReporters
import Foundation
import Testing

@Suite struct JSONReporterTests {
    @Test func jsonBasic() throws {
        let out = ReportFixtures.render(.json, ReportOptions(language: .th))
        assertGolden(out, "json-basic.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 8)
        #expect(
            findings.map { $0["rule"] as? String } == [
                "BUDGET-04", "PROJ-07", "STRUCT-05", "STRUCT-01", "TAGS-02", "BUDGET-01", "NAME-02", "DOCS-03",
            ])
        #expect(findings[0]["start"] is NSNull)
        #expect(findings[1]["message"] as? String == "ชื่อโครงการควรระบุหน่วยงาน")
        #expect(findings.map { $0["waiver"] != nil } == [false, false, false, false, true, false, false, false])
        #expect(findings[6]["document"] as? Int == 1)
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["seconds"] == nil)
    }

    @Test func jsonEmpty() throws {
        let out = ReportFixtures.render(.json, ReportOptions(language: .en), files: [], seconds: 0.5)
        assertGolden(out, "json-empty.json")
        #expect(try JSONSerialization.jsonObject(with: Data(out.utf8)) is [String: Any])
    }

    @Test func messagesAreInTheChosenLanguage() throws {
        let out = ReportFixtures.render(.json, ReportOptions(language: .en))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(root["language"] as? String == "en")
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings[1]["message"] as? String == "The title should name the agency")
    }

    @Test func outputIsWrittenAsTheRunGoes() {
        var reporter = makeReporter(.json, options: ReportOptions())
        var out = ""
        reporter.begin(ReportFixtures.run, into: &out)
        #expect(out.hasSuffix("\"findings\": ["))
        reporter.report(ReportFixtures.cleanReport, into: &out)
        #expect(out.hasSuffix("\"findings\": ["))
        reporter.report(ReportFixtures.legacyReport, into: &out)
        #expect(out.hasSuffix("\n    }"))
        #expect(out.contains("\"message\": \"ไฟล์แนบ \\\"evil\\u001b[2J.doc\\\" ต้องเป็น PDF\""))
    }

    @Test func theSameRunGivesTheSameBytes() {
        let options = ReportOptions(language: .th)
        #expect(ReportFixtures.render(.json, options) == ReportFixtures.render(.json, options))
    }
}

@Suite struct OutputDocsTests {
    /// `docs/output.md` shows real output: its examples are these golden files, verbatim.
    @Test func docsExamplesAreRealOutput() throws {
        let waived = ReportFixtures.appointmentsReport.findings.filter { $0.waiver != nil }
        let file = FileReport(file: "proposals/appointments.yaml", findings: waived, source: nil)
        let json = ReportFixtures.render(.json, ReportOptions(language: .en), files: [file], seconds: 0.5)
        assertGolden(json, "json-docs-example.json")
        let docs = try String(contentsOf: goldenURL("../../../docs/output.md"), encoding: .utf8)
        #expect(docs.contains("```json\n" + json + "```\n"))
        let text = ReportFixtures.render(.text, ReportOptions(language: .en), seconds: 1.234)
        #expect(docs.contains("```\n" + text + "```\n"))
    }
}
