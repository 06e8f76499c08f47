import DGLintModel
import DGLintRegex
import Testing

@testable import DGLintExpression

/// Strings are equal in expressions when their Unicode scalars are, compared as UTF-8 bytes: not canonically
/// (`é` and `e` + U+0301 differ), and as comparing the scalars one by one would.
@Suite struct StringEqualityTests {
    static let texts = [
        "", "a", "b", "ab", "ba", "é", "e\u{0301}", "ก", "กา", "ข", "๒๕๖๙", "2569", "😀", "😁", "a😀", "hardware",
        "Hardware", "software", "\u{0}", "\u{7F}", "\u{80}", "\u{FFFF}", "\u{10FFFF}",
    ]

    @Test(arguments: texts)
    func sameAsComparingScalars(_ a: String) {
        for b in Self.texts {
            let expected = a.unicodeScalars.elementsEqual(b.unicodeScalars)
            #expect(
                (ExpressionValue.string(a) == .string(b)) == expected,
                "\(a.unicodeScalars.map(\.value)) \(b.unicodeScalars.map(\.value))")
        }
    }

    @Test func notCanonicalEquivalence() throws {
        let expression = try Expression.compile(#"'é' == 'e\u0301' || 'é' != 'é'"#)
        #expect(expression.test(current: nil, root: .null, data: .null) == .success(false))
    }
}

/// A pattern built at run time is compiled once and kept by its text (``PatternCache``): two patterns that are
/// canonically equivalent but hold other scalars are other regular expressions, and each must be compiled for
/// itself rather than taken for the one kept first.
@Suite struct PatternCacheTests {
    @Test func canonicallyEquivalentPatternsAreKeptApart() throws {
        let expression = try Expression.compile("root.text.matches('^' + root.letter + '$')")
        let decomposed = "e\u{0301}"
        let precomposed = "\u{E9}"
        for (text, letter, expected) in [
            (decomposed, decomposed, true), (decomposed, precomposed, false), (precomposed, precomposed, true),
            (precomposed, decomposed, false), (decomposed, decomposed, true),
        ] {
            let root: Value = ["text": .string(text), "letter": .string(letter)]
            #expect(
                expression.test(current: nil, root: root) == .success(expected),
                "\(text.unicodeScalars.map(\.value)) against \(letter.unicodeScalars.map(\.value))")
        }
    }

    @Test func aKeptPatternIsTheSameScalars() throws {
        let cache = PatternCache()
        let first = try cache.compile("^(ก|e\u{0301})$")
        #expect(first.matches("e\u{0301}"))
        #expect(!first.matches("\u{E9}"))
        let second = try cache.compile("^(ก|\u{E9})$")
        #expect(second.matches("\u{E9}"))
        #expect(!second.matches("e\u{0301}"))
        #expect(try cache.compile("^(ก|e\u{0301})$").matches("e\u{0301}"))
    }
}
