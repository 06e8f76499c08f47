import DGLintEngine
import DGLintModel
import Foundation
import Testing

@testable import DGLintReporters

@Suite struct SARIFReporterTests {
    @Test(arguments: [Language.th, .en])
    func sarifGolden(_ language: Language) {
        assertGolden(ReportFixtures.review(.sarif, language), "sarif-\(language.rawValue).json")
    }

    @Test func sarifEmpty() {
        assertGolden(ReportFixtures.review(.sarif, .en, files: []), "sarif-empty.json")
    }

    /// Every SARIF golden file, and what the reporter writes now, is valid against the OASIS schema.
    @Test(.enabled(if: SARIFSchema.unavailable == nil, "needs python3, jsonschema and the SARIF schema"))
    func goldenFilesAreValidSARIF() throws {
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("dglint-sarif-\(UUID()).json")
        try ReportFixtures.review(.sarif, .th).write(to: fresh, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: fresh) }
        let golden = ["sarif-th.json", "sarif-en.json", "sarif-empty.json"].map(goldenURL)
        let result = try #require(SARIFSchema.validate(golden + [fresh]))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("4 files 0 errors"))
    }

    /// The check above can fail: a log with a level SARIF does not have is rejected.
    @Test(.enabled(if: SARIFSchema.unavailable == nil, "needs python3, jsonschema and the SARIF schema"))
    func theSchemaCheckRejectsAnInvalidLog() throws {
        let broken = ReportFixtures.review(.sarif, .en).replacingOccurrences(
            of: "\"level\" : \"note\"", with: "\"level\" : \"notice\"")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dglint-sarif-\(UUID()).json")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try #require(SARIFSchema.validate([file]))
        #expect(result.status == 1)
        #expect(result.output.contains("'notice' is not one of"))
    }

    @Test func resultsCarryRegionsFingerprintsAndSuppressions() throws {
        let log = try json(ReportFixtures.review(.sarif, .en))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        #expect(run["language"] as? String == "en")
        let tool = try #require(run["tool"] as? [String: Any])
        let rules = try #require((tool["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count == ReportFixtures.rules.count)
        let extensions = try #require(tool["extensions"] as? [[String: Any]])
        #expect(extensions.map { $0["name"] as? String } == ["proposal", "budget"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 11)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let waived = try #require(results.first { $0["ruleId"] as? String == "TAGS-02" })
        let suppression = try #require((waived["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "inSource")
        #expect(suppression["justification"] as? String == "แท็กว่างจะลบในฉบับถัดไป")
        let baselined = try #require(results.first { $0["ruleId"] as? String == "BUDGET-01" })
        #expect((baselined["suppressions"] as? [[String: Any]])?.first?["kind"] as? String == "external")
        let location = try #require((waived["locations"] as? [[String: Any]])?.first)
        let region = try #require((location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 6 && region["startColumn"] as? Int == 27)
        #expect(region["endColumn"] as? Int == 29)
        #expect(
            (waived["partialFingerprints"] as? [String: String])?["dglint/v1"] == "466f0da9ac1a53959f514152a2f29826")
    }

    @Test func thaiFileNamesArePercentEncoded() throws {
        let uri = SARIFReporter.uri(ReportFixtures.hostileFile)
        #expect(uri.hasPrefix("%E0%B8%81%E0%B8%A3%E0%B8%A1"))  // กรม
        #expect(uri.contains("/") && !uri.contains(" ") && !uri.contains(":") && !uri.contains(","))
        #expect(uri.contains("%3A%2050%25%2C%20"))
        #expect(URL(string: uri)?.path == ReportFixtures.hostileFile)
        #expect(SARIFReporter.uri("/srv/a b.yaml") == "file:///srv/a%20b.yaml")
    }

    @Test func onlyWebReferencesBecomeHelpLinks() throws {
        let log = try json(ReportFixtures.review(.sarif, .en))
        let rules = try #require(
            (((log["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?[
                "rules"] as? [[String: Any]])
        let html = try #require(rules.first { $0["id"] as? String == "HTML-01" })
        #expect(html["helpUri"] == nil)
        let structure = try #require(rules.first { $0["id"] as? String == "STRUCT-01" })
        #expect(structure["helpUri"] as? String == "https://www.dga.or.th/document-sharing/")
        #expect((structure["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
