import DGLintEngine
import DGLintKit
import DGLintModel
import DGLintTestSupport
import Foundation
import Testing

/// `Linter.check`: a file that cannot be parsed is a finding of its own, and the others go on.
@Suite struct LinterCheckTests {
    private func withDemo<T>(_ body: (TemporaryFolder, Linter) throws -> T) throws -> T {
        try TemporaryFolder.with { folder in
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo"))
            return try body(folder, try KitFixtures.linter(rulesPath: [folder.path("packs")]))
        }
    }

    @Test func aSyntaxErrorIsOneInput02FindingAtItsPositionAndOtherFilesStillReport() throws {
        let broken = MarkedText("name: ok\ntitle:\n  th: ระบบ1️⃣: ผิด\n  en: x\n")
        try withDemo { folder, linter in
            let before = try folder.write("in/a.yaml", "title: no name here\n")
            let bad = try folder.write("in/b.yaml", broken.text)
            let after = try folder.write("in/c.yaml", "name: ระบบ\n")
            let reports = try [before, bad, after].map { file in try linter.check(.file(file)) }
            #expect(reports.map(\.file) == [before, bad, after])
            #expect(reports[0].findings.map(\.rule) == ["DEMO-01"])
            #expect(reports[2].findings.isEmpty)
            let finding = try #require(reports[1].findings.first)
            #expect(reports[1].findings.count == 1)
            #expect(finding.rule == "INPUT-02" && finding.pack == "dglint" && finding.severity == .error)
            #expect(finding.range?.start.line == broken[1].line)
            #expect(finding.range?.start.column == broken[1].column)
            #expect(finding.message.en.hasPrefix("The file is not valid YAML or JSON: "))
            #expect(finding.message.th.hasPrefix("ไฟล์ไม่ใช่ YAML หรือ JSON ที่ถูกต้อง: "))
            #expect(reports[1].source == broken.text)
            // The text is kept for quoting findings: a file without any has none.
            #expect(reports[0].source == "title: no name here\n")
            #expect(reports[2].source == nil)
        }
    }

    @Test func aUTF16FileIsCheckedAndQuotedAsTheUTF8ItsPositionsDescribe() throws {
        let text = "title: ระบบ\nother: x\n"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try withDemo { folder, linter in
            let file = folder.path("utf16.yaml")
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let report = try linter.check(.file(file))
            #expect(report.findings.map(\.rule) == ["DEMO-01"])
            #expect(report.source == text)
        }
    }

    @Test func anUnclosedQuoteSaysWhereTheQuotedValueStarts() throws {
        try withDemo { folder, linter in
            let file = try folder.write("quote.yaml", "name: ok\ntitle:\n  th: \"ระบบที่เขียนผิด\n  en: x\n")
            let findings = try linter.check(.file(file)).findings
            #expect(findings.map(\.rule) == ["INPUT-02"])
            #expect(findings.first?.message.en.contains("a quoted scalar that starts at 3:7") == true)
        }
    }

    @Test func aDuplicateKeyIsAnInput02FindingAtTheSecondKey() throws {
        let marked = MarkedText("name: a\nbudget: 1\n1️⃣name: b\n")
        try withDemo { folder, linter in
            let file = try folder.write("dup.yaml", marked.text)
            let findings = try linter.check(.file(file)).findings
            #expect(findings.map(\.rule) == ["INPUT-02"])
            #expect(findings.first?.range?.start == marked[1])
        }
    }

    @Test func anEmptyFileIsAnInput03Warning() throws {
        try withDemo { folder, linter in
            let file = try folder.write("empty.yaml", "# only a comment\n")
            let findings = try linter.check(.file(file)).findings
            #expect(findings.map(\.rule) == ["INPUT-03"])
            #expect(findings.first?.severity == .warning)
            #expect(findings.first?.message.en == "The file is empty: it holds no YAML or JSON document")
        }
    }

    @Test func aFolderGivenAsAFileIsAnInput01Finding() throws {
        try withDemo { folder, linter in
            let findings = try linter.check(.file(folder.path("packs"))).findings
            #expect(findings.map(\.rule) == ["INPUT-01"])
            #expect(findings.first?.message.en == "The file cannot be read: it is a folder")
        }
    }

    @Test func findingsPointAtTheirNodeAndDocument() throws {
        let marked = MarkedText("1️⃣title: first\n---\nname: second\n---\n2️⃣title: third\n")
        try withDemo { folder, linter in
            let file = try folder.write("stream.yaml", marked.text)
            let findings = try linter.check(.file(file)).findings
            #expect(findings.map(\.rule) == ["DEMO-01", "DEMO-01"])
            #expect(findings.map(\.document) == [0, 2])
            #expect(findings.map { $0.range?.start } == [marked[1], marked[2]])
            #expect(findings.map(\.file) == [file, file])
            #expect(findings.first?.message.en == "A name is required at $['name']")
        }
    }

    @Test func textIsCheckedLikeAFile() throws {
        try withDemo { _, linter in
            let report = linter.check(text: "title: x\n", file: "<stdin>")
            #expect(report.file == "<stdin>")
            #expect(report.findings.map(\.normalizedPath) == ["$['name']"])
        }
    }

    @Test func aConfigurationCanTurnARuleOffOrChangeItsSeverityForItsFolder() throws {
        try withDemo { folder, linter in
            try folder.write("off/.dglint.yaml", "rules: {DEMO-01: off}\n")
            try folder.write("soft/.dglint.yaml", "rules: {DEMO-01: info}\n")
            let files = try ["off/p.yaml", "soft/p.yaml", "plain/p.yaml"].map { try folder.write($0, "x: 1\n") }
            let findings = try files.map { try linter.check(.file($0)).findings.map(\.severity) }
            #expect(findings == [[], [.info], [.error]])
        }
    }

    @Test func aConfigurationNamingAnUnknownRuleIsAnErrorWithASuggestion() throws {
        try withDemo { folder, linter in
            try folder.write("p/.dglint.yaml", "rules: {DEMO-1: off}\n")
            let file = try folder.write("p/p.yaml", "x: 1\n")
            #expect {
                _ = try linter.check(.file(file))
            } throws: { error in
                (error as? DiagnosticList)?.diagnostics.map(\.message) == [
                    "no loaded pack defines the rule 'DEMO-1'; did you mean 'DEMO-01'?"
                ]
            }
        }
    }

    @Test func theRunInfoListsThePacksWithTheirDigestAndTheInputRules() throws {
        try withDemo { _, linter in
            let info = try linter.runInfo(language: .en)
            #expect(info.packs.map(\.id) == ["demo"])
            #expect(info.packs.first?.sha256.count == 64)
            #expect(
                info.rules.map(\.id) == [
                    "DEMO-01", "INPUT-01", "INPUT-02", "INPUT-03", "WAIVER-01", "WAIVER-02", "WAIVER-03", "WAIVER-04",
                ])
        }
    }
}
