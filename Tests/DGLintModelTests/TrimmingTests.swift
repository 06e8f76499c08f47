import Testing

@testable import DGLintModel

/// `trimmingSpaces` returns a string that needs no trimming as it is, and trims the others as Unicode's
/// `White_Space` property says.
@Suite struct TrimmingTests {
    /// The general method: scalars looked up one by one.
    static func reference(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    @Test(arguments: [
        "", " ", "\t\n", "a", " a", "a ", " a b ", "2569-03-31", "๒๕๖๙", "\u{3000}ก\u{00A0}", "ก\u{0085}",
        "\u{2028}x", "x\u{200B}", "\u{200B}", "1,200 บาท", "\r\n12\u{000B}", "\u{000C}", "\u{001F}a\u{007F}", "é ",
        "👍🏽", " 👍🏽 ",
    ])
    func sameAsLookingUpEveryScalar(_ text: String) {
        #expect(Array(text.trimmingSpaces.utf8) == Array(Self.reference(text).utf8))
        #expect(text.isBlank == Self.reference(text).isEmpty)
    }

    @Test func asciiWhiteSpaceWithoutPropertyLookUps() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            #expect(scalar.isSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
        for scalar in ["\u{85}", "\u{A0}", "\u{3000}", "ก", "\u{200B}", "\u{FEFF}"] as [Unicode.Scalar] {
            #expect(scalar.isSpace == scalar.properties.isWhitespace)
        }
    }
}
