import DGLintEngine
import DGLintModel
import DGLintReporters
import Testing

@Suite struct TextReporterTests {
    @Test func textThaiCaret() {
        assertGolden(ReportFixtures.render(.text, ReportOptions(language: .th)), "text-thai-caret.txt")
    }

    @Test func textEnglish() {
        let out = ReportFixtures.render(.text, ReportOptions(language: .en), seconds: 1.234)
        assertGolden(out, "text-english.txt")
    }

    @Test func textColor() {
        let out = ReportFixtures.render(.text, ReportOptions(language: .en, color: true))
        #expect(out.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        assertGolden(out.replacingOccurrences(of: "\u{1B}", with: "␛"), "text-color.txt")
    }

    @Test func textQuiet() {
        let out = ReportFixtures.render(.text, ReportOptions(language: .th, failOn: .warning, quiet: true))
        assertGolden(out, "text-quiet.txt")
    }

    @Test func withoutColorThereAreNoEscapes() {
        let out = ReportFixtures.render(.text, ReportOptions(language: .th))
        #expect(!out.unicodeScalars.contains("\u{1B}"))
    }

    @Test func aFileWithoutFindingsPrintsNothingButTheSummary() {
        let out = ReportFixtures.render(.text, ReportOptions(language: .en), files: [ReportFixtures.cleanReport])
        #expect(out == "1 file checked: 0 errors, 0 warnings, 0 info in 0 files\n")
        let th = ReportFixtures.render(.text, ReportOptions(language: .th), files: [ReportFixtures.cleanReport])
        #expect(th == "ตรวจ 1 ไฟล์: ข้อผิดพลาด 0, คำเตือน 0, ข้อมูล 0 ใน 0 ไฟล์\n")
    }

    @Test(arguments: [(0.0, "0.00"), (1.234, "1.23"), (2.005, "2.01"), (12, "12.00"), (-1, "0.00"), (.nan, "0.00")])
    func secondsHaveTwoDecimals(_ seconds: Double, _ text: String) {
        var summary = RunSummary()
        summary.seconds = seconds
        var reporter = TextReporter(options: ReportOptions(language: .en))
        var out = ""
        reporter.end(summary, into: &out)
        #expect(out.hasSuffix(" (\(text) s)\n"))
    }
}
