import DGLintModel
import Testing

@testable import DGLintThai

/// `ThaiDate.read(text:)` reads a date written in ASCII digits from its UTF-8 bytes; every text reads as it
/// does scalar by scalar.
@Suite struct ThaiDateReadTests {
    @Test(arguments: [
        "2569-03-31", "2566-02-29", "2567-02-29", "2026-01-01", "0000-01-01", "9999-12-31", "2569-13-01",
        "2569-00-10", "2569-04-31", "๒๕๖๙-๐๓-๓๑", "2569-๐๓-31", " 2569-03-31", "2569-03-31 ", "2569/03/31",
        "2569-3-31", "25690-3-31", "2569-03-3a", "a569-03-31", "2569-03-31x", "2569--3-31", ":569-03-31",
        "2569-0/-31", "", "2569-03-3\u{0660}", "\u{3000}2569-03-31", "１２３４-０１-０１",
    ])
    func sameAsReadingScalars(_ text: String) {
        #expect("\(ThaiDate.read(text: text))" == "\(ThaiDate.readScalars(text))", "\(text)")
    }

    /// The bytes are read only for the exact shape in ASCII; the others go the general way.
    @Test func asciiShapeOnly() throws {
        let fields = try #require(ThaiDate.asciiFields("2569-03-31"))
        #expect(fields == (2569, 3, 31))
        let noSuchDay = try #require(ThaiDate.asciiFields("2566-02-29"))
        #expect(noSuchDay == (2566, 2, 29))
        for text in ["๒๕๖๙-๐๓-๓๑", " 2569-03-31", "2569-3-31 ", "2569--3-31", "2569/03/31", "１２３４-０１-０１"] {
            #expect(ThaiDate.asciiFields(text) == nil, "\(text)")
        }
    }
}

/// `ThaiDigits.containsThaiDigits` finds ๐–๙ among UTF-8 bytes exactly where a scalar-by-scalar search does.
@Suite struct ThaiDigitSearchTests {
    @Test(arguments: [
        "", "2569", "๐", "๙", "x๙", "๙x", "ปี ๒๕๖๙", "ปี", "\u{0E4F}", "\u{0E5A}", "\u{0E5B}", "ก๚", "\u{0E50}\u{0E59}",
        "\u{0F50}", "\u{0E90}", "เงิน 1,200 บาท", "👍๕", "ab\u{0E59}", "\u{1E59}", "\u{0E49}\u{0E50}",
    ])
    func sameAsDecodingScalars(_ text: String) {
        let expected = text.unicodeScalars.contains { (0x0E50...0x0E59).contains($0.value) }
        #expect(ThaiDigits.containsThaiDigits(text) == expected, "\(text.unicodeScalars.map(\.value))")
    }
}

/// `Baht.read(text:)` reads a plain number without looking for currencies, units and multipliers; every text
/// reads as the general method reads it.
@Suite struct BahtPlainNumberTests {
    @Test(arguments: [
        "1,250,000", "1250000", "72.50", "72.505", "0", "0.01", ".5", "5.", "1,25", "12,3456", ",100", "1..2", "",
        "1,000,000.00", "9,223,372,036,854,775,807", "99999999999999999999", "1,0,0", ",", ".", "00012",
        "12.5 ล้านบาท", "๑,๐๐๐,๐๐๐ บาท", "฿1,200", "THB 500", "500 baht", "USD 3,500", "$12", " 1,200", "1,200 ",
        "-3", "1e5", "3 แสนบาท", "1.5 พันล้านบาท",
    ])
    func sameAsTheGeneralMethod(_ text: String) {
        #expect(Baht.read(text: text) == Baht.readWords(text: text), "\(text)")
        let plain = !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
        #expect(Baht.isPlainNumber(text) == plain)
    }
}
