import DGLintReporters
import Testing

@Suite struct DisplayWidthTests {
    /// Thai above and below vowels and tone marks take no column.
    @Test(arguments: [0x0E31] + Array(0x0E34...0x0E3A) + Array(0x0E47...0x0E4E))
    func thaiCombiningMarksAreZeroWidth(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayWidth.of(scalar) == 0)
    }

    @Test(
        arguments: [
            ("a", 1), ("~", 1), (" ", 1), ("ก", 1), ("\u{0E33}", 1), ("é", 1), ("ｱ", 1), ("\u{00AD}", 1),
            ("日", 2), ("の", 2), ("한", 2), ("Ａ", 2), ("\u{3000}", 2), ("😀", 2), ("\u{20000}", 2),
            ("\u{0301}", 0), ("\u{200B}", 0), ("\u{FE0F}", 0), ("\u{1160}", 0), ("\u{1B}", 0),
        ] as [(Unicode.Scalar, Int)])
    func scalarWidths(_ scalar: Unicode.Scalar, _ width: Int) {
        #expect(DisplayWidth.of(scalar) == width, "U+\(String(scalar.value, radix: 16, uppercase: true))")
    }

    @Test(arguments: [
        ("", 0), ("title", 5), ("ระบบนัดหมายที่ดี", 12), ("กรมการแพทย์", 10), ("น้ำ", 2), ("日本語", 6),
        ("a日b", 4), ("a\tb", 5), ("\tx", 5), ("abcd\t", 8), ("日\t", 4), ("ที่\t", 4),
    ])
    func stringWidths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width, "\(text)")
    }
}
