import DGLintEngine
import DGLintModel
import DGLintReporters
import Foundation
import Testing

/// Every machine-readable report, and the ones people read, carry the run's audit stamp: the dglint
/// version, each pack's version and sha256, the configuration digest, the start time and the language.
@Suite struct AuditStampTests {
    static let started = "2026-11-27T04:30:00Z"
    static let digest = String(repeating: "c3", count: 32)
    static let proposalSHA = String(repeating: "a1", count: 32)
    static let budgetSHA = String(repeating: "b2", count: 32)

    @Test func csvRowsEndWithTheStamp() throws {
        let text = String(ReportFixtures.review(.csv, .en, run: ReportFixtures.stampedRun).dropFirst())
        let rows = CSVReporterTests().parse(text)
        let header = try #require(rows.first)
        #expect(
            Array(header.suffix(5)) == ["pack_sha256", "dglint_version", "started_at", "configuration_sha256", "lang"])
        #expect(header.prefix(18).last == "baselined", "the existing columns stay where they were")
        let budget = try #require(rows.first { $0[7] == "BUDGET-04" })
        #expect(Array(budget.suffix(5)) == [Self.budgetSHA, "0.1.0", Self.started, Self.digest, "en"])
        let proposal = try #require(rows.first { $0[7] == "STRUCT-01" })
        #expect(proposal[10] == "1.2.0" && proposal[18] == Self.proposalSHA)
        // dglint's own input checks belong to no pack file: no sha256.
        let input = try #require(rows.first { $0[7] == "INPUT-02" })
        #expect(Array(input.suffix(5)) == ["", "0.1.0", Self.started, Self.digest, "en"])
        // Without a start time or digest (golden files) those cells are empty, not left out.
        let plain = CSVReporterTests().parse(String(ReportFixtures.review(.csv, .th).dropFirst()))
        #expect(plain.allSatisfy { $0.count == CSVReporter.columns.count })
        #expect(plain.dropFirst().allSatisfy { $0[20] == "" && $0[21] == "" && $0[22] == "th" })
    }

    @Test func gitLabIssuesCarryTheEngineAndTheStamp() throws {
        let out = ReportFixtures.review(.gitlab, .th, run: ReportFixtures.stampedRun)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect(issues.count == 9)
        for issue in issues {
            #expect(issue["engine_name"] as? String == "dglint")
            let stamp = try #require(issue["dglint"] as? [String: Any])
            #expect(stamp["version"] as? String == "0.1.0")
            let run = try #require(stamp["run"] as? [String: String])
            #expect(run == ["started_at": Self.started, "configuration_sha256": Self.digest, "lang": "th"])
        }
        let packs = try issues.map { issue in
            let stamp = try #require(issue["dglint"] as? [String: Any])
            return try #require(stamp["pack"] as? [String: String])
        }
        #expect(packs[0] == ["id": "budget", "version": "2.0.1", "sha256": Self.budgetSHA])
        #expect(packs[1] == ["id": "proposal", "version": "1.2.0", "sha256": Self.proposalSHA])
        #expect(packs.last == ["id": "dglint", "version": "0.1.0"])
        let plain = ReportFixtures.review(.gitlab, .en)
        #expect(!plain.contains("started_at") && !plain.contains("configuration_sha256"))
    }

    @Test func gitHubLogStartsWithPlainStampLines() {
        let lines = ReportFixtures.review(.github, .en, run: ReportFixtures.stampedRun).split(separator: "\n")
        #expect(lines[0] == "dglint 0.1.0, language en, started \(Self.started), configuration sha256 \(Self.digest)")
        #expect(lines[1] == "packs: proposal 1.2.0 (sha256 a1a1a1a1a1a1), budget 2.0.1 (sha256 b2b2b2b2b2b2)")
        #expect(lines[2].hasPrefix("::error "))
        #expect(!lines.contains { $0.hasPrefix("::notice") && $0.contains("sha256") })
    }

    @Test func aPackCannotStartAWorkflowCommandInTheStamp() {
        var run = ReportFixtures.stampedRun
        run.packs[0].id = "evil\n::error file=x::forged"
        let out = ReportFixtures.review(.github, .en, files: [], run: run)
        #expect(!out.split(separator: "\n").contains { $0.hasPrefix("::") })
        #expect(out.contains("packs: evil ::error file=x::forged 1.2.0"))
    }

    @Test(arguments: [Language.th, .en])
    func markdownHasAnAuditBlock(_ language: Language) {
        let out = ReportFixtures.review(.markdown, language, run: ReportFixtures.stampedRun)
        let block =
            language == .th
            ? "## ข้อมูลสำหรับการตรวจสอบย้อนหลัง\n\n| รายการ | ค่า |\n|---|---|\n| โปรแกรม | dglint 0.1.0 |\n"
                + "| ภาษาของรายงาน | th |\n| เริ่มตรวจเมื่อ (UTC) | \(Self.started) |\n"
                + "| SHA-256 ของการตั้งค่า | `\(Self.digest)` |\n\n| ชุดกฎ | รุ่น | SHA-256 |\n|---|---|---|\n"
            : "## Audit stamp\n\n| Item | Value |\n|---|---|\n| Program | dglint 0.1.0 |\n"
                + "| Report language | en |\n| Started (UTC) | \(Self.started) |\n"
                + "| Configuration SHA-256 | `\(Self.digest)` |\n\n| Pack | Version | SHA-256 |\n|---|---|---|\n"
        #expect(
            out.contains(
                block + "| proposal | 1.2.0 | `\(Self.proposalSHA)` |\n| budget | 2.0.1 | `\(Self.budgetSHA)` |\n"))
        // The stamp is part of the head, before the first file.
        #expect(
            (out.range(of: block)?.lowerBound ?? out.endIndex) < (out.range(of: "### ")?.lowerBound ?? out.startIndex))
    }

    @Test(arguments: [Language.th, .en])
    func htmlHasAnAuditSection(_ language: Language) {
        let out = ReportFixtures.review(.html, language, run: ReportFixtures.stampedRun)
        let heading = language == .th ? "ข้อมูลสำหรับการตรวจสอบย้อนหลัง" : "Audit stamp"
        let started = language == .th ? "เริ่มตรวจเมื่อ (UTC)" : "Started (UTC)"
        #expect(out.contains("<section class=\"audit\">\n<h2>\(heading)</h2>\n<table>\n"))
        #expect(out.contains("<tr><th>\(started)</th><td>\(Self.started)</td></tr>\n"))
        #expect(out.contains("<td><code class=\"sha\">\(Self.digest)</code></td></tr>\n</table>\n"))
        #expect(
            out.contains("<tr><td>budget</td><td>2.0.1</td><td><code class=\"sha\">\(Self.budgetSHA)</code></td></tr>"))
        let audit = out.range(of: "<section class=\"audit\">")?.lowerBound ?? out.endIndex
        #expect(audit > (out.range(of: "<section class=\"summary\">")?.lowerBound ?? out.endIndex))
        #expect(audit < (out.range(of: "<section class=\"proposal\">")?.lowerBound ?? out.startIndex))
        let plain = ReportFixtures.review(.html, language)
        #expect(!plain.contains(started) && plain.contains("<section class=\"audit\">"))
    }
}
