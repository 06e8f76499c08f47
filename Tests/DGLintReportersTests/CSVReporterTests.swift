import DGLintEngine
import DGLintModel
import Testing

@testable import DGLintReporters

@Suite struct CSVReporterTests {
    @Test(arguments: [Language.th, .en])
    func csvGolden(_ language: Language) {
        // Foundation drops a byte order mark when it reads the golden file back, so it is compared
        // without; `startsWithABOMAndEndsLinesInCRLF` checks the mark.
        let out = ReportFixtures.review(.csv, language)
        #expect(out.hasPrefix("\u{FEFF}"))
        assertGolden(String(out.dropFirst()), "csv-\(language.rawValue).csv")
    }

    @Test func startsWithABOMAndEndsLinesInCRLF() {
        let out = ReportFixtures.review(.csv, .th)
        #expect(Array(out.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let header = CSVReporter.columns.joined(separator: ",")
        #expect(out.hasPrefix("\u{FEFF}" + header + "\r\n"))
        #expect(out.hasSuffix("\r\n"))
        // Every LF belongs to a CR LF, except the one inside the quoted multi-line message.
        let crlf = out.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        #expect(crlf.filter { $0.last != UInt8(ascii: "\r") }.count == 1)
    }

    @Test func rowsParseBackToTheirFields() throws {
        let rows = parse(String(ReportFixtures.review(.csv, .en).dropFirst()))
        #expect(rows.count == 12)
        #expect(rows.allSatisfy { $0.count == CSVReporter.columns.count })
        let markup = try #require(rows.first { $0[7] == "HTML-01" })
        #expect(markup[0] == ReportFixtures.hostileFile)
        #expect(markup[11] == "The title holds <script>alert('x')</script> | not allowed\nplease fix")
        let formula = try #require(rows.first { $0[7] == "NOTE-01" })
        #expect(formula[11] == "'=1+2 is not text, \"check it\"")
        let waived = try #require(rows.first { $0[7] == "TAGS-02" })
        #expect(waived[15] == "true" && waived[16] == "แท็กว่างจะลบในฉบับถัดไป" && waived[17] == "false")
        let unplaced = try #require(rows.first { $0[7] == "BUDGET-04" })
        #expect(unplaced[1] == "0" && unplaced[2] == "" && unplaced[3] == "")
        let second = try #require(rows.first { $0[7] == "NAME-02" })
        #expect(second[1] == "1" && second[2] == "11")
    }

    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-5", "'-5"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
        ("a=b", "a=b"), ("ข้อความ", "ข้อความ"), ("", ""),
    ])
    func formulasAreGuarded(_ text: String, _ guarded: String) {
        #expect(CSVReporter.guarded(text) == guarded)
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVReporter.field(.text("a,b")) == "\"a,b\"")
        #expect(CSVReporter.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVReporter.field(.text("two\r\nlines")) == "\"two\r\nlines\"")
        #expect(CSVReporter.field(.text("plain ไทย")) == "plain ไทย")
        #expect(CSVReporter.field(.number("-1")) == "-1")
    }

    /// An RFC 4180 reader, to check that what is written reads back as it was meant.
    func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field += "\""
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\r", pending == "\n" {
                pending = scalars.next()
                rows.append(row + [field])
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return rows
    }
}
