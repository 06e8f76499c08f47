import DGLintModel

/// Exact comparisons and divisibility of JSON numbers, whether held as `Int` or `Double`.
enum NumberMath {
    /// Compares two numbers exactly (an `Int` beyond 2^53 is not rounded to a double); nil when either is not a
    /// number or is NaN.
    static func compare(_ lhs: Value, _ rhs: Value) -> Int? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a < b ? -1 : a > b ? 1 : 0
        case (.double(let a), .double(let b)):
            guard !a.isNaN, !b.isNaN else { return nil }
            return a < b ? -1 : a > b ? 1 : 0
        case (.int(let a), .double(let b)): return compare(int: a, double: b)
        case (.double(let a), .int(let b)): return compare(int: b, double: a).map { -$0 }
        default: return nil
        }
    }

    private static func compare(int a: Int, double b: Double) -> Int? {
        if b.isNaN { return nil }
        if b >= 0x1p63 { return -1 }
        if b < -0x1p63 { return 1 }
        let whole = Int(b.rounded(.down))
        if a < whole { return -1 }
        if a > whole { return 1 }
        return b > b.rounded(.down) ? -1 : 0
    }

    /// Whether `value` is an integer multiple of `divisor` (> 0), computed on the exact decimal forms of both, so
    /// that 0.0075 is a multiple of 0.0001 and 1e308 is not a multiple of 0.123456789.
    static func isMultiple(_ value: Value, of divisor: Value) -> Bool {
        if case .int(let a) = value, case .int(let b) = divisor, b != 0 { return a % b == 0 }
        guard let a = Decimal(value), let b = Decimal(divisor), b.digits != 0 else { return false }
        if a.digits == 0 { return true }
        // a = ma·10^ea, b = mb·10^eb. With e = min(ea, eb): a is a multiple of b when
        // mb·10^(eb−e) divides ma·10^(ea−e).
        let e = min(a.exponent, b.exponent)
        // When the divisor's scaled digits pass 10^37, a's unscaled digits (< 10^20) cannot be a multiple.
        let limit = UInt128.max / 10
        var modulus = b.digits
        for _ in 0..<(b.exponent - e) {
            guard modulus <= limit / 10 else { return false }
            modulus *= 10
        }
        var remainder = a.digits % modulus
        for _ in 0..<(a.exponent - e) {
            remainder = (remainder * 10) % modulus
            if remainder == 0 { return true }
        }
        return remainder == 0
    }

    /// A finite number as decimal digits and a power of ten (the shortest form that reads back as the same
    /// double), sign dropped.
    struct Decimal {
        var digits: UInt128
        var exponent: Int

        init?(_ value: Value) {
            switch value {
            case .int(let i):
                self.init(digits: UInt128(i.magnitude), exponent: 0)
            case .double(let d):
                guard d.isFinite else { return nil }
                self.init(text: "\(d.magnitude)")
            default:
                return nil
            }
        }

        private init(digits: UInt128, exponent: Int) {
            self.digits = digits
            self.exponent = exponent
        }

        /// Reads Swift's description of a double: `1234.5`, `1e-08`, `1.2e+20`.
        private init?(text: String) {
            var digits: UInt128 = 0
            var exponent = 0
            var seenPoint = false
            var rest = Substring(text)
            while let c = rest.first, c != "e", c != "E" {
                rest = rest.dropFirst()
                if c == "." {
                    seenPoint = true
                    continue
                }
                guard let digit = c.wholeNumberValue else { return nil }
                digits = digits * 10 + UInt128(digit)
                if seenPoint { exponent -= 1 }
            }
            if !rest.isEmpty {
                guard let power = Int(rest.dropFirst().drop { $0 == "+" }) else { return nil }
                exponent += power
            }
            while digits != 0, digits % 10 == 0 {
                digits /= 10
                exponent += 1
            }
            self.digits = digits
            self.exponent = exponent
        }
    }
}
