import DGLintModel
import Foundation
import Testing

@testable import DGLintThai

@Suite struct ThaiHelpersTests {
    @Test(arguments: [
        ("๐๑๒๓๔๕๖๗๘๙", "0123456789"), ("๒๕๖๙", "2569"), ("ปี ๒๕๖๙ ครับ", "ปี 2569 ครับ"), ("2569", "2569"), ("", ""),
    ])
    func thaiDigitsNormalize(_ input: String, _ expected: String) {
        #expect(ThaiDigits.normalize(input) == expected)
        #expect(ThaiDigits.containsThaiDigits(input) == (input != expected))
    }

    @Test(
        arguments: [
            (Value.int(2569), 2569.0), ("๒๕๖๙", 2569), ("1,250,000", 1_250_000), ("72.5", 72.5), ("-3", -3),
            (" ๑,๐๐๐.๕ ", 1000.5), (.double(0.25), 0.25),
        ] as [(Value, Double)])
    func thaiNumberParses(_ value: Value, _ expected: Double) {
        #expect(ThaiNumber.parse(value) == expected)
    }

    @Test(
        arguments: ["", "abc", "1,25", "12,3456", ",100", "1.", "1e5", "12 บาท", "1..2"] as [Value] + [true, .null, []])
    func thaiNumberRejects(_ value: Value) {
        #expect(ThaiNumber.parse(value) == nil)
        #expect(ThaiNumber.exact(value) == nil)
    }

    @Test func thaiNumberDecimalIsExact() {
        #expect(ThaiNumber.exact("0.1") == ExactDecimal(mantissa: 1, scale: 1))
        #expect(ThaiNumber.exact("45,000,000.50") == ExactDecimal(mantissa: 45_000_000_5, scale: 1))
    }

    @Test(
        arguments: [
            (Value.int(45_000_000), 4_500_000_000), ("1,250,000", 125_000_000), ("12.5 ล้านบาท", 1_250_000_000),
            ("๑,๐๐๐,๐๐๐ บาท", 100_000_000), ("45,000,000.50 บาท", 4_500_000_050), ("3 แสนบาท", 30_000_000),
            ("2 หมื่น", 2_000_000), ("5 พันบาท", 500_000), ("1.5 พันล้านบาท", 150_000_000_000), ("฿1,200", 120_000),
            ("THB 500", 50_000), ("500 baht", 50_000), ("500 THB", 50_000), (.double(1234.56), 123_456),
            ("12.5ล้าน", 1_250_000_000),
        ] as [(Value, Int)])
    func bahtParses(_ value: Value, _ satang: Int) {
        #expect(Baht.parse(value) == BahtAmount(satang: satang))
    }

    @Test(
        arguments: ["", "หนึ่งล้านบาท", "12.5 ล้านดอลลาร์", "1.005", "USD 100", "1,2,3 บาท", "บาท"] as [Value] + [
            true, .null,
        ])
    func bahtRejectsWithAReason(_ value: Value) throws {
        #expect(Baht.parse(value) == nil)
        guard case .failure(let error) = Baht.read(value) else {
            Issue.record("expected a failure")
            return
        }
        #expect(!error.reason.th.isEmpty && !error.reason.en.isEmpty)
    }

    @Test func bahtSumsAreExactAndFormatted() throws {
        let parts = ["0.10", "0.20", "12.5 ล้านบาท"].compactMap { Baht.parse(.string($0)) }
        let sum = try #require(parts.reduce(BahtAmount(satang: 0)) { $0?.adding($1) })
        #expect(sum == Baht.parse("12,500,000.30"))
        #expect(sum.formatted == "12,500,000.30")
        #expect(BahtAmount(satang: -5).formatted == "-0.05")
        #expect(BahtAmount(satang: Int.max).adding(BahtAmount(satang: 1)) == nil)
    }

    @Test(arguments: [
        ("2569-03-31", 2569, 2026, 3, 31, 2569), ("๒๕๖๗-๐๒-๒๙", 2567, 2024, 2, 29, 2567),
        ("2568-10-01", 2568, 2025, 10, 1, 2569), ("2569-09-30", 2569, 2026, 9, 30, 2569),
        ("2024-02-29", 2567, 2024, 2, 29, 2567),
    ])
    func thaiDateParses(_ text: String, _ be: Int, _ ce: Int, _ month: Int, _ day: Int, _ fiscal: Int) throws {
        let date = try #require(ThaiDate.parse(.string(text)))
        #expect(date.beYear == be && date.ceYear == ce && date.month == month && date.day == day)
        #expect(date.fiscalYear == fiscal)
        #expect(date.isLikelyCE == (text.hasPrefix("20")))
    }

    @Test(arguments: [
        "2566-02-29", "2569-02-30", "2569-13-01", "2569-04-31", "2569-00-10", "31/03/2569", "2569-3-31", "x",
    ])
    func thaiDateRejects(_ text: String) {
        #expect(ThaiDate.parse(.string(text)) == nil)
    }

    @Test func thaiDateArithmetic() throws {
        let start = try #require(ThaiDate.parse("2568-10-01"))
        let end = try #require(ThaiDate.parse("2569-09-30"))
        #expect(end.dayNumber - start.dayNumber == 364)
        #expect(start < end)
        #expect(ThaiDate(year: 2513, month: 1, day: 1)?.dayNumber == 0)  // 1970-01-01
        #expect(ThaiDate.parse(.int(2569)) == nil)
        #expect(ThaiDate.read(text: "2566-02-29") == .failure(.noSuchDay(year: 2566, month: 2, day: 29)))
        #expect(ThaiDate.isLeap(ceYear: 2000) && !ThaiDate.isLeap(ceYear: 1900))
    }

    @Test func thaiYear() {
        #expect(ThaiYear.parse(2569)?.beYear == 2569)
        #expect(ThaiYear.parse("๒๕๖๙")?.written == 2569)
        #expect(ThaiYear.parse("2026")?.isLikelyCE == true)
        #expect(ThaiYear.parse("2026")?.beYear == 2569)
        #expect(ThaiYear.parse(.double(2569.5)) == nil)
        #expect(ThaiYear.parse("25690") == nil)
        #expect(ThaiYear.parse("ปี") == nil)
    }

    /// The check digit, computed here independently of the code under test.
    static func withCheckDigit(_ first12: String) -> String {
        let digits = first12.compactMap(\.wholeNumberValue)
        var sum = 0
        for i in 1...12 { sum += digits[i - 1] * (14 - i) }
        return first12 + String((11 - sum % 11) % 10)
    }

    @Test(arguments: ["110170020345", "310100123456", "123456789012", "500000000000", "999999999999"])
    func citizenIDValid(_ first12: String) {
        let id = Self.withCheckDigit(first12)
        #expect(ThaiCitizenID.isValid(id))
        let d = Array(id)
        #expect(ThaiCitizenID.isValid("\(d[0])-\(String(d[1...4]))-\(String(d[5...9]))-\(String(d[10...11]))-\(d[12])"))
        #expect(ThaiCitizenID.isValid(ThaiDigitsTestHelper.toThai(id)))
        let last = id.last?.wholeNumberValue ?? 0
        #expect(!ThaiCitizenID.isValid(String(id.dropLast()) + String((last + 1) % 10)))
    }

    @Test(arguments: ["", "123", "12345678901234", "1-1017-00203-45-X", "1101700203451a"])
    func citizenIDInvalidShapes(_ text: String) {
        #expect(!ThaiCitizenID.isValid(text))
    }
}

enum ThaiDigitsTestHelper {
    static func toThai(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { s in
                    ("0"..."9").contains(s) ? Unicode.Scalar(s.value - 0x30 + 0x0E50) ?? s : s
                }))
    }
}
