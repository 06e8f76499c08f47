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
