import DGLintTestSupport
import Foundation
import Testing

/// `dglint check --timings`: the report is unchanged, and standard error ends with where the time went —
/// every phase, then every rule of the run once, slowest first.
@Suite struct TimingsCommandTests {
    private func check(_ extra: [String], language: String) throws -> CommandRunner.Outcome {
        try TemporaryFolder.with("dglint-timings") { folder in
            try CommandRunner.run(
                try CommandRunner.binary(),
                ["check", "--format", "json", "--lang", language, "--jobs", "2"] + extra + [
                    CommandRunner.packageRoot + "/fixtures/proposals/clean-example.yaml",
                    CommandRunner.packageRoot + "/fixtures/proposals/hospital-appointment.yaml",
                ],
                in: folder.path(""), stdin: "", outputs: try folder.makeFolder("outputs"),
                extraEnvironment: ["SOURCE_DATE_EPOCH": "0"])
        }
    }

    @Test func theReportIsTheSameAndTheTableListsEveryRuleOnce() throws {
        let plain = try check([], language: "en")
        let timed = try check(["--timings"], language: "en")
        #expect(timed.status == plain.status)
        #expect(timed.stdout == plain.stdout)
        #expect(plain.stderr.isEmpty, "\(plain.stderr)")

        let lines = timed.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("Timings: 2 files, 2 documents; ") == true, "\(timed.stderr)")
        for phase in [
            "reading files", "parsing YAML and JSON", "pack conditions (when)", "rules", "waivers and ordering",
        ] {
            #expect(lines.contains { $0.hasPrefix(phase + " ") && $0.hasSuffix(" %") }, "no row for \(phase)")
        }
        let header = try #require(lines.firstIndex { $0.hasPrefix("rule ") })
        let rows = lines[(header + 1)...].filter { !$0.isEmpty }
        let ids = rows.map { String($0.prefix { $0 != " " }) }
        #expect(Set(ids).count == ids.count, "a rule is listed twice")
        #expect(ids.contains("STRUCT-00") && ids.contains("THVAL-01") && ids.contains("PDPA-06"))
        // The packs' rules with findings; WAIVER-… findings come from the document's waivers, timed as a phase.
        let reported = Set(plain.stdout.split(separator: "\"rule\": \"").dropFirst().map { $0.prefix { $0 != "\"" } })
            .filter { !$0.hasPrefix("WAIVER-") }
        #expect(reported.count >= 3)
        #expect(reported.allSatisfy { ids.contains(String($0)) }, "a rule with findings is missing from the table")
        // Slowest first: the time column, read back, never increases.
        let nanoseconds = rows.map { row -> Double in
            let words = row.split(separator: " ")
            let value = Double(words[2]) ?? -1
            let unit: Double = ["ns": 1, "µs": 1e3, "ms": 1e6, "s": 1e9][String(words[3])] ?? -1
            return value * unit
        }
        #expect(nanoseconds.allSatisfy { $0 >= 0 })
        #expect(zip(nanoseconds, nanoseconds.dropFirst()).allSatisfy { $0 >= $1 * 0.999 }, "\(rows.prefix(5))")
    }

    @Test func theTableIsInThaiWithLangTh() throws {
        let timed = try check(["--timings", "--packs", "proposal"], language: "th")
        #expect(timed.stderr.hasPrefix("เวลาที่ใช้: 2 ไฟล์ 2 เอกสาร; "), "\(timed.stderr)")
        #expect(timed.stderr.contains("\nแยกวิเคราะห์ YAML และ JSON "))
        #expect(timed.stderr.contains("\nSTRUCT-00  proposal "))
        #expect(!timed.stderr.contains("THVAL-01"))
    }

    @Test func filesThatCannotBeParsedCountAmongTheFiles() throws {
        try TemporaryFolder.with("dglint-timings") { folder in
            _ = try folder.write(
                "in/good.yaml",
                try String(
                    contentsOfFile: CommandRunner.packageRoot + "/fixtures/proposals/clean-example.yaml",
                    encoding: .utf8))
            _ = try folder.write("in/broken.yaml", "format: [unclosed\n")
            _ = try folder.write("in/empty.yaml", "")
            let timed = try CommandRunner.run(
                try CommandRunner.binary(), ["check", "--timings", "--lang", "en", "--format", "json", "in"],
                in: folder.path(""), stdin: "", outputs: try folder.makeFolder("outputs"), extraEnvironment: [:])
            #expect(timed.status == 1)
            #expect(timed.stderr.hasPrefix("Timings: 3 files, 1 document; "), "\(timed.stderr)")
        }
    }
}
