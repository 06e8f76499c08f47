import DGLintModel
import Testing

@Suite("Severity, languages and bilingual texts")
struct SeverityAndTextTests {
    @Test("severities order hint < info < warning < error")
    func order() {
        #expect(Severity.allCases.shuffled().sorted() == [.hint, .info, .warning, .error])
        #expect(Severity.warning < .error)
        #expect(!(Severity.error < .warning))
        #expect(Severity.info >= .info)
        #expect(Severity.hint < .info)
        #expect(Severity.allCases.max() == .error)
    }

    @Test(
        "severity names in both languages",
        arguments: [
            (Severity.error, "error", "ข้อผิดพลาด"), (.warning, "warning", "คำเตือน"), (.info, "info", "ข้อมูล"),
            (.hint, "hint", "คำแนะนำ"),
        ])
    func names(severity: Severity, en: String, th: String) {
        #expect(severity.name(in: .en) == en)
        #expect(severity.name(in: .th) == th)
        #expect(severity.rawValue == en)
    }

    @Test(
        "a LANG-style locale names a language",
        arguments: [
            ("en_US.UTF-8", Language?.some(.en)), ("th_TH.UTF-8", .th), ("th", .th), ("EN", .en), ("en-GB", .en),
            ("C", nil), ("C.UTF-8", nil), ("POSIX", nil), ("", nil), ("fr_FR.UTF-8", nil), ("english", nil),
            ("thai", nil),
        ])
    func locale(locale: String, language: Language?) {
        #expect(Language(locale: locale) == language)
    }

    @Test("a text falls back to the other language when its own is empty")
    func fallback() {
        let both = LocalizedText(th: "ไทย", en: "English")
        #expect(both.text(.th) == "ไทย")
        #expect(both.text(.en) == "English")
        #expect(LocalizedText(th: "", en: "English").text(.th) == "English")
        #expect(LocalizedText(th: "ไทย", en: "").text(.en) == "ไทย")
        #expect(LocalizedText(th: "", en: "").text(.en) == "")
        #expect(LocalizedText("same") == LocalizedText(th: "same", en: "same"))
    }

    @Test("map transforms each language with its own tag")
    func map() {
        let text = LocalizedText(th: "ก", en: "a").map { text, language in "\(language.rawValue):\(text)" }
        #expect(text == LocalizedText(th: "th:ก", en: "en:a"))
    }

    @Test("positions order by line, then column")
    func positions() {
        let a = SourcePosition(line: 1, column: 9, offset: 8)
        let b = SourcePosition(line: 2, column: 1, offset: 10)
        let c = SourcePosition(line: 2, column: 3, offset: 12)
        #expect([c, b, a].sorted() == [a, b, c])
        #expect(a.description == "1:9")
        #expect(SourceRange(at: b) == SourceRange(start: b, end: b))
        #expect(SourceRange(start: a, end: c).description == "1:9-2:3")
    }

    @Test("diagnostics render as file:line:col: severity: message, notes below")
    func diagnosticDescription() {
        let here = SourceRange(at: SourcePosition(line: 14, column: 5, offset: 200))
        let there = SourceRange(at: SourcePosition(line: 3, column: 3, offset: 20))
        let diagnostic = Diagnostic(
            code: "pack.duplicate-rule", message: "rule id 'A-1' is defined twice",
            location: SourceLocation(file: "rules/a/pack.yaml", range: here),
            notes: [
                .init("first defined here", at: SourceLocation(file: "rules/a/pack.yaml", range: there)),
                .init("no place"),
            ])
        #expect(
            diagnostic.description == """
                rules/a/pack.yaml:14:5: error: rule id 'A-1' is defined twice
                rules/a/pack.yaml:3:3: note: first defined here
                note: no place
                """)
        let unplaced = Diagnostic(
            code: "x", severity: .warning, message: "m", location: SourceLocation(file: "f.yaml", range: nil))
        #expect(unplaced.description == "f.yaml: warning: m")
        #expect(DiagnosticList([unplaced, unplaced]).description == "f.yaml: warning: m\nf.yaml: warning: m")
    }
}
