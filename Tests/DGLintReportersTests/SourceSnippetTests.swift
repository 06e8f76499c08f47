import DGLintModel
import Testing

@testable import DGLintReporters

@Suite struct SourceSnippetTests {
    /// The snippet for the first marked range of `marked`, which must sit on one line.
    func snippet(_ marked: String) throws -> SourceSnippet {
        let source = MarkedSource(marked)
        let range = try #require(source.ranges.first)
        return try #require(SourceSnippet(range, in: SourceLines(source.text)))
    }

    @Test func caretAfterThaiCombiningMarks() throws {
        // "  agency: {name: " is 17 columns, กรมการแพทย์ 10 (11 scalars, ์ takes none), ", code: " 8.
        let s = try snippet("  agency: {name: กรมการแพทย์, code: ⦃\"12-34\"⦄}")
        #expect(s.line == "  agency: {name: กรมการแพทย์, code: \"12-34\"}")
        #expect(s.marker == String(repeating: " ", count: 35) + "^~~~~~~")
    }

    @Test func underlineOfThaiTextCountsColumnsNotScalars() throws {
        // ระบบนัดหมายที่ดี is 16 scalars, 4 of them combining marks: 12 columns.
        let s = try snippet("  title: ⦃ระบบนัดหมายที่ดี⦄  # หมายเหตุ")
        #expect(s.marker == "         ^" + String(repeating: "~", count: 11))
    }

    @Test func wideCharactersTakeTwoColumns() throws {
        #expect(try snippet("日本語 ⦃x⦄").marker == "       ^")
        #expect(try snippet("⦃日本⦄語").marker == "^~~~")
    }

    @Test func tabsAreExpandedInLineAndCaretAlike() throws {
        // "  total:" is 8 columns; the tab runs to the next stop at 12.
        let s = try snippet("  total:\t⦃-5⦄\t# x")
        #expect(s.line == "  total:    -5  # x")
        #expect(s.marker == String(repeating: " ", count: 12) + "^~")
    }

    @Test func rangeRunningOnToLaterLinesIsUnderlinedToTheEndOfItsFirstLine() throws {
        let s = try snippet("key: ⦃{a: 1,\n  b: 2}⦄")
        #expect(s.line == "key: {a: 1,")
        #expect(s.marker == "     ^~~~~~")
    }

    @Test func emptyRangeAndRangePastTheEndGetABareCaret() {
        #expect(SourceSnippet("abc", from: 2, to: 2).marker == " ^")
        #expect(SourceSnippet("abc", from: 9, to: 12).marker == "   ^")
        #expect(SourceSnippet("", from: 1, to: nil).marker == "^")
    }

    @Test func controlCharactersAreShownAsReplacementCharacters() {
        let s = SourceSnippet("a\u{1B}[2J\u{202E}b", from: 7, to: 8)
        #expect(s.line == "a\u{FFFD}[2J\u{FFFD}b")
        #expect(s.marker == "      ^")
    }

    @Test func longLinesAreCutToAWindowAroundTheRange() {
        let text = String(repeating: "a", count: 199) + "XY" + String(repeating: "b", count: 299)
        let s = SourceSnippet(Substring(text), from: 200, to: 202)
        #expect(s.line.unicodeScalars.count == SourceSnippet.maxScalars + 2)
        #expect(s.line.hasPrefix("…" + String(repeating: "a", count: SourceSnippet.contextBefore) + "XY"))
        #expect(s.line.hasSuffix("b…"))
        #expect(s.marker == String(repeating: " ", count: SourceSnippet.contextBefore + 1) + "^~")
    }

    @Test func linesBreakAtNewlineCarriageReturnAndBoth() {
        let lines = SourceLines("a\r\nb\rc\n")
        #expect(lines[1] == "a")
        #expect(lines[2] == "b")
        #expect(lines[3] == "c")
        #expect(lines[4] == "")
        #expect(lines[5] == nil)
        #expect(lines[0] == nil)
    }

    @Test func noSnippetWhenTheLineIsNotInTheText() {
        let range = SourceRange(at: SourcePosition(line: 7, column: 1, offset: 90))
        #expect(SourceSnippet(range, in: SourceLines("one line")) == nil)
    }
}
