import Testing

@testable import DGLintExpression

/// `Text` measures and searches strings by their UTF-8 bytes; it must answer as the same operations on Unicode
/// scalars do.
@Suite struct TextTests {
    static let samples = [
        "", "a", "ab", "aab", "abab", "maintenance", "Maintenance plan", "บำรุงรักษา", "ค่าบำรุงรักษาระบบ",
        "e\u{301}", "\u{E9}", "🇹🇭", "a🇹🇭b", "ทดสอบ test", "test", "tes", "st", "ab\u{0}c",
    ]

    static func scalarsContain(_ s: String, _ part: String) -> Bool {
        let a = Array(s.unicodeScalars)
        let b = Array(part.unicodeScalars)
        guard !b.isEmpty else { return true }
        guard b.count <= a.count else { return false }
        return (0...(a.count - b.count)).contains { a[$0..<$0 + b.count].elementsEqual(b) }
    }

    /// Counting eight bytes at a time: every length around the word's, scalars of one to four bytes straddling
    /// the words' edges at every offset.
    @Test func scalarCountCountsAsScalarsDo() {
        let pieces = [
            "a", "é", "ก", "😀", "e\u{301}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}",
        ]
        for first in pieces.indices {
            for length in 0..<40 {
                var s = ""
                for k in 0..<length { s += pieces[(first + k * k + k) % pieces.count] }
                for prefix in ["", "x", "xy", "xyz"] {
                    let text = prefix + s
                    #expect(Text.scalarCount(text) == text.unicodeScalars.count, "\(text.unicodeScalars.map(\.value))")
                }
            }
        }
    }

    @Test func everyPairAnswersAsScalarsDo() {
        var strings = Self.samples
        // Strings made of a few bytes and scalars, so that partial matches and repeats occur.
        let pieces = ["a", "b", "ก", "ข", "\u{E9}", "e\u{301}"]
        for n in 0..<200 {
            var s = ""
            var seed = n
            for _ in 0..<(n % 7) {
                s += pieces[seed % pieces.count]
                seed = seed / pieces.count + n * 7 + 3
            }
            strings.append(s)
        }
        for s in strings {
            #expect(Text.scalarCount(s) == s.unicodeScalars.count)
            for part in strings {
                #expect(Text.contains(s, part) == Self.scalarsContain(s, part), "\(s) contains \(part)")
                #expect(Text.hasPrefix(s, part) == s.unicodeScalars.starts(with: part.unicodeScalars))
                #expect(
                    Text.hasSuffix(s, part)
                        == s.unicodeScalars.reversed().starts(with: part.unicodeScalars.reversed()))
            }
        }
    }
}
