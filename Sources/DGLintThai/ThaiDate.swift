public import DGLintModel

/// A calendar date written the Thai way: ISO `YYYY-MM-DD` with a Buddhist Era year (`2569-03-31`), in Arabic
/// or Thai digits (`๒๕๖๙-๐๓-๓๑`).
///
/// A year below 2400 is taken as a Christian Era year (``isLikelyCE``), so `2024-02-29` is 29 February 2024
/// (B.E. 2567). Whether the date exists is decided on the CE year: B.E. 2567 = 2024 is a leap year.
public struct ThaiDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year as written.
    public let writtenYear: Int
    public let month: Int
    public let day: Int

    /// Creates a date from the year as written, or nil when there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1, (1...12).contains(month), day >= 1,
            day <= Self.daysIn(month: month, ceYear: Self.ceYear(written: year))
        else { return nil }
        self.writtenYear = year
        self.month = month
        self.day = day
    }

    /// Whether the year looks like a Christian Era year (below 2400).
    public var isLikelyCE: Bool { writtenYear < 2400 }
    /// The Buddhist Era year (CE + 543).
    public var beYear: Int { isLikelyCE ? writtenYear + 543 : writtenYear }
    /// The Christian Era year (BE − 543).
    public var ceYear: Int { Self.ceYear(written: writtenYear) }

    /// The Thai fiscal year (in BE) the date falls in: FY N runs from 1 October N−1 to 30 September N.
    public var fiscalYear: Int { month >= 10 ? beYear + 1 : beYear }

    /// Days since 1970-01-01 CE (negative before): subtract two of them to get the days between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil, on the proleptic Gregorian calendar.
        let y = month <= 2 ? ceYear - 1 : ceYear
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date in BE as `YYYY-MM-DD`, with Arabic digits.
    public var description: String { Self.format(year: beYear, month: month, day: day) }

    /// The date as written (its year unchanged), as `YYYY-MM-DD`.
    public var writtenDescription: String { Self.format(year: writtenYear, month: month, day: day) }

    public static func < (lhs: ThaiDate, rhs: ThaiDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// Whether `ceYear` is a Gregorian leap year.
    public static func isLeap(ceYear: Int) -> Bool {
        (ceYear % 4 == 0 && ceYear % 100 != 0) || ceYear % 400 == 0
    }

    /// The number of days of `month` in `ceYear`.
    public static func daysIn(month: Int, ceYear: Int) -> Int {
        switch month {
        case 2: isLeap(ceYear: ceYear) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func ceYear(written year: Int) -> Int { year < 2400 ? year : year - 543 }

    public static func format(year: Int, month: Int, day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension ThaiDate {
    /// Why a value is not a date.
    public enum ParseError: Error, Hashable, Sendable {
        /// The value is not text.
        case notText
        /// The text is not `YYYY-MM-DD`.
        case badFormat(String)
        /// The text has the right shape but names no real day (such as 2566-02-30).
        case noSuchDay(year: Int, month: Int, day: Int)
    }

    /// The date, or nil when the value is not a real date written `YYYY-MM-DD`.
    public static func parse(_ value: Value) -> ThaiDate? {
        try? read(value).get()
    }

    /// The date, or why the value is not one.
    public static func read(_ value: Value) -> Result<ThaiDate, ParseError> {
        guard case .string(let text) = value else { return .failure(.notText) }
        return read(text: text)
    }

    /// Reads `YYYY-MM-DD` (Arabic or Thai digits; surrounding spaces ignored).
    public static func read(text: String) -> Result<ThaiDate, ParseError> {
        if let (year, month, day) = asciiFields(text) {
            guard let date = ThaiDate(year: year, month: month, day: day) else {
                return .failure(.noSuchDay(year: year, month: month, day: day))
            }
            return .success(date)
        }
        return readScalars(text)
    }

    /// Reads `YYYY-MM-DD` scalar by scalar: the general way, which ``read(text:)`` takes for any text that is not
    /// exactly ten ASCII digits and dashes.
    static func readScalars(_ text: String) -> Result<ThaiDate, ParseError> {
        let scalars = Array(text.trimmingSpaces.unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return .failure(.badFormat(text)) }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard let d = ThaiDigits.anyDigit(scalars[i]) else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return .failure(.badFormat(text))
        }
        guard let date = ThaiDate(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(year: year, month: month, day: day))
        }
        return .success(date)
    }
}

extension ThaiDate {
    /// The year, month and day of `text` when it is exactly `YYYY-MM-DD` in ASCII digits, read from its UTF-8
    /// bytes; nil for any other text (Thai digits, surrounding spaces, another shape), which
    /// ``read(text:)`` reads scalar by scalar instead.
    static func asciiFields(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    let digit = bytes[i] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    n = n * 10 + Int(digit)
                }
                return n
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
    }
}

/// A year written the Thai way: `2569`, `"2569"` or `"๒๕๖๙"`; Buddhist Era unless it is below 2400.
public struct ThaiYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year as written.
    public let written: Int

    public init(_ written: Int) {
        self.written = written
    }

    /// Whether the year looks like a Christian Era year (below 2400).
    public var isLikelyCE: Bool { written < 2400 }
    /// The Buddhist Era year.
    public var beYear: Int { isLikelyCE ? written + 543 : written }
    /// The Christian Era year.
    public var ceYear: Int { beYear - 543 }

    public var description: String { String(written) }

    public static func < (lhs: ThaiYear, rhs: ThaiYear) -> Bool { lhs.beYear < rhs.beYear }

    /// The year: a whole number or a text of one to four digits (Arabic or Thai), from 1 to 9999; else nil.
    public static func parse(_ value: Value) -> ThaiYear? {
        switch value {
        case .int, .double:
            guard let n = value.intValue, (1...9999).contains(n) else { return nil }
            return ThaiYear(n)
        case .string(let text):
            let scalars = Array(text.trimmingSpaces.unicodeScalars)
            guard (1...4).contains(scalars.count) else { return nil }
            var n = 0
            for scalar in scalars {
                guard let d = ThaiDigits.anyDigit(scalar) else { return nil }
                n = n * 10 + d
            }
            return n >= 1 ? ThaiYear(n) : nil
        default:
            return nil
        }
    }
}
