public import DGLintModel

/// A decimal number held exactly as an integer mantissa and a count of decimal places.
///
/// Used to read amounts and numbers written as text without going through binary floating point, so that
/// `"45,000,000.50"` is exactly 45,000,000.50 and sums come out to the satang.
public struct ExactDecimal: Sendable {
    public init(mantissa: Int, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
    }

    /// The digits as an integer, with the sign: 1250 with `scale` 2 is 12.50.
    public var mantissa: Int
    /// How many of the mantissa's digits are decimals.
    public var scale: Int

    /// The number as a double (rounded to the nearest double).
    public var doubleValue: Double {
        var d = Double(mantissa)
        for _ in 0..<scale { d /= 10 }
        return d
    }

    /// The number times 10^`places` when that is a whole number that fits in an `Int`, else nil.
    public func scaled(toPlaces places: Int) -> Int? {
        var value = mantissa
        if places >= scale {
            for _ in 0..<(places - scale) {
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                value = product
            }
            return value
        }
        for _ in 0..<(scale - places) {
            guard value % 10 == 0 else { return nil }
            value /= 10
        }
        return value
    }

    /// The number times `factor`, or nil on overflow.
    public func multiplied(by factor: Int) -> ExactDecimal? {
        let (product, overflow) = mantissa.multipliedReportingOverflow(by: factor)
        return overflow ? nil : ExactDecimal(mantissa: product, scale: scale)
    }

    /// Reads an optionally signed decimal written with Arabic or Thai digits, optional thousands separators
    /// (`1,250,000`: groups of three after the first) and an optional fraction (`.50`). Surrounding spaces
    /// are ignored; anything else makes it nil.
    public static func parse(_ text: Substring) -> ExactDecimal? {
        let scalars = Array(text.unicodeScalars.drop { $0.properties.isWhitespace })
        var end = scalars.count
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        var i = 0
        var negative = false
        if i < end, scalars[i] == "-" || scalars[i] == "+" || scalars[i] == "\u{2212}" {
            negative = scalars[i] != "+"
            i += 1
        }
        var mantissa = 0
        var scale = 0
        var digitsInGroup = 0
        var groups = 0
        var sawDigit = false
        var sawComma = false
        while i < end {
            let c = scalars[i]
            if let digit = ThaiDigits.anyDigit(c) {
                let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(digit)
                guard !o1, !o2 else { return nil }
                mantissa = m2
                digitsInGroup += 1
                sawDigit = true
            } else if c == "," {
                // The first group has 1–3 digits, each later one exactly 3.
                guard digitsInGroup > 0, groups == 0 ? digitsInGroup <= 3 : digitsInGroup == 3 else { return nil }
                groups += 1
                digitsInGroup = 0
                sawComma = true
            } else {
                break
            }
            i += 1
        }
        guard sawDigit, !sawComma || digitsInGroup == 3 else { return nil }
        if i < end, scalars[i] == "." {
            i += 1
            var fractionDigits = 0
            while i < end, let digit = ThaiDigits.anyDigit(scalars[i]) {
                let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(digit)
                guard !o1, !o2 else { return nil }
                mantissa = m2
                fractionDigits += 1
                i += 1
            }
            guard fractionDigits > 0 else { return nil }
            scale = fractionDigits
        }
        guard i == end else { return nil }
        return ExactDecimal(mantissa: negative ? -mantissa : mantissa, scale: scale)
    }

    /// A JSON number as an exact decimal: integers as they are, doubles through their shortest decimal text.
    public static func from(_ value: Value) -> ExactDecimal? {
        switch value {
        case .int(let i): return ExactDecimal(mantissa: i, scale: 0)
        case .double(let d):
            guard d.isFinite else { return nil }
            if d == d.rounded(), abs(d) < 9e15 { return ExactDecimal(mantissa: Int(d), scale: 0) }
            return parse(Substring("\(d)"))
        default: return nil
        }
    }
}

extension ExactDecimal: Comparable {
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let places = max(lhs.scale, rhs.scale)
        if let a = lhs.scaled(toPlaces: places), let b = rhs.scaled(toPlaces: places) { return a < b }
        return lhs.doubleValue < rhs.doubleValue
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let places = max(lhs.scale, rhs.scale)
        if let a = lhs.scaled(toPlaces: places), let b = rhs.scaled(toPlaces: places) { return a == b }
        return lhs.doubleValue == rhs.doubleValue
    }
}
