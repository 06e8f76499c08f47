import DGLintEngine
import DGLintModel
import Testing

@testable import DGLintReporters

/// The `--timings` table, in both languages.
@Suite("The timings table")
struct TimingsTableTests {
    private var timings: CheckTimings {
        var timings = CheckTimings()
        timings.files = 2
        timings.documents = 3
        timings.reading = 1_500_000
        timings.parsing = 12_340_000
        timings.packConditions = 850
        timings.waivers = 120_300
        for (rule, pack, nanoseconds, documents, findings) in [
            ("THVAL-01", "thai-fields", UInt64(30_000_000), 3, 2), ("STRUCT-00", "proposal", 45_000_000, 3, 0),
            ("PDPA-06", "pdpa", 9_000, 1, 1), ("PDPA-07", "pdpa", 9_000, 1, 0),
        ] {
            timings.record(
                CheckTimings.RuleTime(
                    rule: rule, pack: pack, nanoseconds: nanoseconds, documents: documents, findings: findings))
        }
        return timings
    }

    @Test("English: phases, then every rule slowest first, ties by id")
    func english() {
        let text = TimingsTable.render(timings, wallSeconds: 0.0912, language: .en)
        #expect(
            text == """
                Timings: 2 files, 3 documents; 91.2 ms wall clock, 89.0 ms measured.
                phase                       time   share
                reading files             1.5 ms   1.7 %
                parsing YAML and JSON    12.3 ms  13.9 %
                pack conditions (when)    850 ns   0.0 %
                rules                    75.0 ms  84.3 %
                waivers and ordering    120.3 µs   0.1 %

                rule       pack            time   share  per document  findings
                STRUCT-00  proposal     45.0 ms  50.6 %       15.0 ms         0
                THVAL-01   thai-fields  30.0 ms  33.7 %       10.0 ms         2
                PDPA-06    pdpa          9.0 µs   0.0 %        9.0 µs         1
                PDPA-07    pdpa          9.0 µs   0.0 %        9.0 µs         0

                """)
    }

    @Test("Thai, with the slowest two rules listed and the rest summed")
    func thaiWithLimit() {
        let text = TimingsTable.render(timings, wallSeconds: nil, language: .th, limit: 2)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "เวลาที่ใช้: 2 ไฟล์ 3 เอกสาร; เวลาที่วัดได้ 89.0 ms")
        #expect(lines[1].hasPrefix("ขั้นตอน"))
        #expect(lines.contains { $0.hasPrefix("แยกวิเคราะห์ YAML และ JSON") && $0.hasSuffix("13.9 %") })
        #expect(lines.contains { $0.hasPrefix("STRUCT-00  proposal") })
        #expect(!lines.contains { $0.hasPrefix("PDPA-06") })
        #expect(lines.dropLast().last == "… อีก 2 กฎ: 18.0 µs, 0.0 %")
    }

    @Test("Thai headings line up by display width: every row of a table ends at the same column")
    func thaiColumns() {
        let lines = TimingsTable.render(timings, wallSeconds: nil, language: .th).split(separator: "\n")
        let phaseRows = lines[1...6]
        #expect(Set(phaseRows.map { DisplayWidth.of($0) }).count == 1, "\(phaseRows)")
        let ruleRows = lines[7...]
        #expect(ruleRows.count == 5)
        #expect(Set(ruleRows.map { DisplayWidth.of($0) }).count == 1, "\(ruleRows)")
    }

    @Test(
        "durations keep three or four figures in a fitting unit",
        arguments: [
            (UInt64(0), "0 ns"), (999, "999 ns"), (1_000, "1.0 µs"), (120_340, "120.3 µs"), (999_949, "999.9 µs"),
            (12_345_678, "12.3 ms"), (1_080_000_000, "1.08 s"), (65_000_000_000, "65.00 s"),
        ])
    func durations(nanoseconds: UInt64, text: String) {
        #expect(TimingsTable.duration(nanoseconds) == text)
    }

    @Test("shares are of the whole, to one decimal; nothing measured is 0.0 %")
    func shares() {
        #expect(TimingsTable.share(1, of: 3) == "33.3 %")
        #expect(TimingsTable.share(0, of: 0) == "0.0 %")
        #expect(TimingsTable.fixed(0.05, decimals: 2) == "0.05")
        #expect(TimingsTable.fixed(2.5, decimals: 0) == "3")
    }
}
