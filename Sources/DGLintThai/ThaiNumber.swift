public import DGLintModel

/// Reads numbers the way Thai proposals write them: JSON numbers, or text with Arabic or Thai digits,
/// optional thousands separators and decimals (`"1,250,000"`, `"๒๕๖๙"`, `"72.5"`).
///
/// Units, words and exponents are not numbers here; for money with `บาท` or `ล้าน` use ``Baht``.
public enum ThaiNumber {
    /// The value as a double: a JSON number, or a numeric string; nil for anything else.
    public static func parse(_ value: Value) -> Double? {
        switch value {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .string(let s): return ExactDecimal.parse(Substring(s))?.doubleValue
        default: return nil
        }
    }

    /// The value as an exact decimal, for comparisons and sums inside this module.
    public static func exact(_ value: Value) -> ExactDecimal? {
        switch value {
        case .int, .double: ExactDecimal.from(value)
        case .string(let s): ExactDecimal.parse(Substring(s))
        default: nil
        }
    }
}
