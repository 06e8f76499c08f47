public import DGLintModel

/// An amount of money in baht, held exactly in satang (1 baht = 100 satang) so that sums are exact.
public struct BahtAmount: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The amount in satang.
    public var satang: Int

    public init(satang: Int) {
        self.satang = satang
    }

    /// The amount in baht as a double, for display and approximate comparisons only.
    public var baht: Double { Double(satang) / 100 }

    /// The sum of this amount and `other`, or nil if it overflows.
    public func adding(_ other: BahtAmount) -> BahtAmount? {
        let (sum, overflow) = satang.addingReportingOverflow(other.satang)
        return overflow ? nil : BahtAmount(satang: sum)
    }

    /// The amount with thousands separators and two decimals: `45,000,000.50`.
    public var formatted: String {
        let magnitude = satang.magnitude
        let whole = String(magnitude / 100)
        var grouped = ""
        for (i, ch) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        let cents = magnitude % 100
        return (satang < 0 ? "-" : "") + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    public var description: String { formatted }

    public static func < (lhs: BahtAmount, rhs: BahtAmount) -> Bool { lhs.satang < rhs.satang }
}

/// Why a value is not an amount of baht, in both languages.
public struct BahtParseError: Error, Hashable, Sendable {
    public var reason: LocalizedText
}

/// Reads amounts of baht: numbers, or text such as `"1,250,000"`, `"12.5 ล้านบาท"`, `"๑,๐๐๐,๐๐๐ บาท"`,
/// `"45,000,000.50 บาท"`, `"3 แสนบาท"`, `"฿1,200"`, `"THB 500"` or `"500 baht"`.
///
/// The multipliers พัน (10³), หมื่น (10⁴), แสน (10⁵) and ล้าน (10⁶) may follow the number, optionally
/// combined (`1.5 พันล้านบาท` is 1,500,000,000); then an optional unit `บาท`, `THB`, `baht` or `฿`; a prefix
/// `฿` or `THB` is also accepted. Amounts finer than one satang are refused rather than rounded.
public enum Baht {
    /// The amount, or nil when the value is not an amount of baht.
    public static func parse(_ value: Value) -> BahtAmount? {
        try? read(value).get()
    }

    /// The amount, or the reason it is not one.
    public static func read(_ value: Value) -> Result<BahtAmount, BahtParseError> {
        switch value {
        case .int, .double:
            guard let exact = ExactDecimal.from(value) else { return .failure(error(.notFinite)) }
            return amount(exact)
        case .string(let text):
            return read(text: text)
        default:
            return .failure(error(.notAmount))
        }
    }

    /// Reads an amount written as text.
    ///
    /// A text of ASCII digits, commas and points only (`"1,250,000"`, `"72.50"`) has no currency, unit or
    /// multiplier to look for, and is read as a number directly: ``readWords(text:)`` would find nothing to
    /// take off it, at the cost of a dozen string searches.
    public static func read(text: String) -> Result<BahtAmount, BahtParseError> {
        guard isPlainNumber(text) else { return readWords(text: text) }
        guard let number = ExactDecimal.parse(Substring(text)) else { return .failure(error(.notNumber(text))) }
        guard let scaled = number.multiplied(by: 1) else { return .failure(error(.tooLarge)) }
        return amount(scaled)
    }

    /// Whether `text` is not empty and holds nothing but ASCII digits, commas and points.
    static func isPlainNumber(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }
    }

    /// Reads an amount written as text, with whatever currency, unit and multipliers it has.
    static func readWords(text: String) -> Result<BahtAmount, BahtParseError> {
        if let (code, _) = foreignCurrency(in: text) { return .failure(error(.otherCurrency(code))) }
        var rest = Substring(text.trimmingSpaces)
        if rest.isEmpty { return .failure(error(.empty)) }
        for prefix in ["฿", "THB", "thb"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = Substring(String(rest).trimmingSpaces)
        for suffix in ["บาท", "THB", "thb", "Baht", "baht", "BAHT", "฿"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            break
        }
        var multiplier = 1
        rest = Substring(String(rest).trimmingSpaces)
        var millions = 0
        while rest.hasSuffix("ล้าน"), millions < 2 {
            rest = rest.dropLast("ล้าน".count)
            multiplier *= 1_000_000
            millions += 1
        }
        for (word, factor) in [("พัน", 1_000), ("หมื่น", 10_000), ("แสน", 100_000)] where rest.hasSuffix(word) {
            rest = rest.dropLast(word.count)
            multiplier *= factor
            break
        }
        guard let number = ExactDecimal.parse(rest) else {
            return .failure(error(.notNumber(text)))
        }
        guard let scaled = number.multiplied(by: multiplier) else { return .failure(error(.tooLarge)) }
        return amount(scaled)
    }

    private static func amount(_ number: ExactDecimal) -> Result<BahtAmount, BahtParseError> {
        guard number.scale <= 2 || number.scaled(toPlaces: 2) != nil else {
            return .failure(error(.finerThanSatang))
        }
        guard let satang = number.scaled(toPlaces: 2) else { return .failure(error(.tooLarge)) }
        return .success(BahtAmount(satang: satang))
    }

    /// The currency named in `text` when it is not baht — an ISO 4217 code before or after the number
    /// (`USD 3,500`, `3,500 EUR`) or a symbol ($, €, £, ¥) — and the text without it.
    public static func foreignCurrency(in text: String) -> (code: String, rest: String)? {
        let trimmed = text.trimmingSpaces
        for (symbol, code) in [("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY")] where trimmed.hasPrefix(symbol) {
            return (code, String(trimmed.dropFirst(symbol.count)).trimmingSpaces)
        }
        let scalars = Array(trimmed.unicodeScalars)
        func isCode(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
            part.count == 3 && part.allSatisfy { ("A"..."Z").contains($0) }
                && String(String.UnicodeScalarView(part)) != "THB"
        }
        if scalars.count > 4, isCode(scalars[0..<3]), scalars[3].properties.isWhitespace {
            return (
                String(String.UnicodeScalarView(scalars[0..<3])),
                String(String.UnicodeScalarView(scalars[4...])).trimmingSpaces
            )
        }
        let n = scalars.count
        if n > 4, isCode(scalars[(n - 3)...]), scalars[n - 4].properties.isWhitespace {
            return (
                String(String.UnicodeScalarView(scalars[(n - 3)...])),
                String(String.UnicodeScalarView(scalars[..<(n - 4)])).trimmingSpaces
            )
        }
        return nil
    }

    private enum Problem {
        case notAmount, notFinite, empty, notNumber(String), tooLarge, finerThanSatang, otherCurrency(String)
    }

    private static func error(_ problem: Problem) -> BahtParseError {
        let reason: LocalizedText
        switch problem {
        case .notAmount:
            reason = LocalizedText(th: "ไม่ใช่จำนวนเงิน", en: "it is not an amount of money")
        case .notFinite:
            reason = LocalizedText(th: "ไม่ใช่ตัวเลขที่ใช้ได้", en: "it is not a finite number")
        case .empty:
            reason = LocalizedText(th: "ข้อความว่างเปล่า", en: "the text is empty")
        case .otherCurrency(let code):
            reason = LocalizedText(
                th: "จำนวนเงินนี้เป็นสกุล \(code) ไม่ใช่บาท กรุณาระบุเป็นบาท หรือบันทึกใน foreign_currency พร้อมอัตราแลกเปลี่ยน",
                en:
                    "the amount is in \(code), not baht; give it in baht, or record it under foreign_currency with its rate"
            )
        case .notNumber(let text):
            reason = LocalizedText(
                th: "อ่าน '\(text)' เป็นจำนวนเงินไม่ได้ (ตัวอย่างที่ใช้ได้: 1,250,000 หรือ 12.5 ล้านบาท)",
                en: "'\(text)' cannot be read as an amount (write it like 1,250,000 or 12.5 ล้านบาท)")
        case .tooLarge:
            reason = LocalizedText(th: "จำนวนเงินมากเกินไป", en: "the amount is too large")
        case .finerThanSatang:
            reason = LocalizedText(
                th: "มีทศนิยมละเอียดกว่าหนึ่งสตางค์", en: "it has more decimals than one satang (0.01 baht)")
        }
        return BahtParseError(reason: reason)
    }
}

/// An amount of money in any currency, for where the format allows an explicit other currency.
public enum MoneyReader {
    /// The currency (`THB` unless the text names another) and the amount, exact to two decimals.
    public static func read(_ value: Value) -> Result<(currency: String, amount: BahtAmount), BahtParseError> {
        if case .string(let text) = value, let (code, rest) = Baht.foreignCurrency(in: text) {
            return Baht.read(text: rest).map { (code, $0) }
        }
        return Baht.read(value).map { ("THB", $0) }
    }
}
