import DGLintEngine
import DGLintModel
import DGLintReporters
import Testing

@Suite struct HTMLReporterTests {
    @Test(arguments: [Language.th, .en])
    func htmlGolden(_ language: Language) {
        assertGolden(ReportFixtures.review(.html, language), "html-\(language.rawValue).html")
    }

    @Test func markupFromAProposalIsEscaped() {
        let out = ReportFixtures.review(.html, .en)
        #expect(!out.contains("<script"))
        #expect(out.contains("The title holds &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | not allowed"))
        #expect(out.contains("<mark>&quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;</mark>"))
        #expect(!out.contains("javascript:"))
        #expect(!out.contains("\u{1B}"))
    }

    @Test func thePageLoadsNothingFromOutside() {
        for language in Language.allCases {
            let out = ReportFixtures.review(.html, language)
            for forbidden in ["<link", "<script", "<img", "<iframe", "@import", "url(", "src="] {
                #expect(!out.contains(forbidden), "\(forbidden)")
            }
            // The only addresses are the two reference links, in the help of the findings that cite them.
            let addresses = out.components(separatedBy: "://").count - 1
            #expect(addresses == 2)
            #expect(out.components(separatedBy: "<a href=\"https://").count - 1 == addresses)
        }
    }

    @Test func languageHeadingsFontsAndPrint() {
        let th = ReportFixtures.review(.html, .th)
        #expect(th.contains("<html lang=\"th\">"))
        #expect(th.contains("<h2>สรุป</h2>") && th.contains("<figcaption>ปัญหาตามหน่วยงาน (โฟลเดอร์)</figcaption>"))
        #expect(
            th.contains("\"Sarabun\", \"TH Sarabun New\", \"Noto Sans Thai\", \"Leelawadee UI\", Tahoma, sans-serif"))
        #expect(th.contains("@media print") && th.contains("break-before: page"))
        let en = ReportFixtures.review(.html, .en)
        #expect(en.contains("<html lang=\"en\">") && en.contains("<h2>Summary</h2>"))
    }

    @Test func chartsAreInlineSVGGroupedByFolder() {
        let out = ReportFixtures.review(.html, .en)
        #expect(out.components(separatedBy: "<svg ").count == 5)
        #expect(out.contains("<title>proposals: 7</title>"))
        #expect(out.contains("<title>กรมทดสอบ: 2</title>"))
        #expect(out.contains("<title>STRUCT-01 rationale-present: 1</title>"))
    }

    @Test func onlyTheFirstFindingsOfAFileKeepTheirDetails() {
        let many = (0...ReportLimits.findingsPerFile).map { index in
            ReportFixtures.finding(
                "STRUCT-01", "rationale-present", .error, th: "ข้อ \(index)", en: "item \(index)", path: [.index(index)],
                range: nil)
        }
        let file = FileReport(file: "big.yaml", findings: many, source: nil)
        let out = ReportFixtures.review(.html, .en, files: [file])
        #expect(out.components(separatedBy: "<li class=\"finding").count == ReportLimits.findingsPerFile + 1)
        #expect(out.contains("Details of the first 2000 of 2001 findings are shown"))
        #expect(out.contains("<tr><th>error</th><td class=\"n\">2001</td></tr>"))
    }
}
