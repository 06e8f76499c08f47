/// How one number compares with another.
enum NumberOrder: Int {
    case ascending = -1
    case same = 0
    case descending = 1
}

/// Exact comparison of ints and doubles, and the arithmetic helpers that need care.
enum Numbers {
    /// How `i` compares with `d`, exactly (no rounding of `i` to a double); nil when `d` is NaN.
    static func compare(_ i: Int64, _ d: Double) -> NumberOrder? {
        if d.isNaN { return nil }
        if d >= 9_223_372_036_854_775_808.0 { return .ascending }
        if d < -9_223_372_036_854_775_808.0 { return .descending }
        let whole = d.rounded(.towardZero)
        let truncated = Int64(whole)
        if i < truncated { return .ascending }
        if i > truncated { return .descending }
        let fraction = d - whole
        return fraction > 0 ? .ascending : fraction < 0 ? .descending : .same
    }

    /// How two numbers (ints or doubles) compare; nil when either is not a number or is NaN.
    static func compare(_ a: ExpressionValue, _ b: ExpressionValue) -> NumberOrder? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? .ascending : x > y ? .descending : .same
        case (.double(let x), .double(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? .ascending : x > y ? .descending : .same
        case (.int(let x), .double(let y)): return compare(x, y)
        case (.double(let x), .int(let y)):
            return compare(y, x).map {
                $0 == .ascending
                    ? .descending : $0 == .descending ? .ascending : .same
            }
        default: return nil
        }
    }

    /// A double as text: the shortest form that reads back the same, whole numbers without `.0`.
    static func text(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "+Inf" : "-Inf" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    /// The exact sum of `values` read as the decimals they print as, rounded once to a double; nil when a
    /// value has no short decimal form or the sum overflows (the caller then adds in floating point).
    static func decimalSum(_ values: [Double]) -> Double? {
        var parts: [(mantissa: Int64, scale: Int)] = []
        parts.reserveCapacity(values.count)
        for value in values {
            guard value.isFinite else { return nil }
            // A whole number prints as its digits (`text(_:)`), so it is its own mantissa: no text to make
            // and read back. Amounts of baht mostly are.
            if value == value.rounded() && abs(value) < 1e15 {
                parts.append((Int64(value), 0))
                continue
            }
            let text = "\(value)"
            guard !text.contains("e") else { return nil }
            let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
            let scale = pieces.count == 2 ? pieces[1].count : 0
            guard let mantissa = Int64(pieces.joined()) else { return nil }
            parts.append((mantissa, scale))
        }
        let scale = parts.map(\.scale).max() ?? 0
        var total: Int64 = 0
        for part in parts {
            var m = part.mantissa
            for _ in part.scale..<scale {
                let (p, o) = m.multipliedReportingOverflow(by: 10)
                if o { return nil }
                m = p
            }
            let (s, o) = total.addingReportingOverflow(m)
            if o { return nil }
            total = s
        }
        // Whole numbers: the conversion rounds to the nearest double as reading the digits back would.
        if scale == 0 { return Double(total) }
        let negative = total < 0
        var digits = String(total.magnitude)
        while digits.count <= scale { digits = "0" + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        return Double((negative ? "-" : "") + digits)
    }
}
