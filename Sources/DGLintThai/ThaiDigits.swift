/// Thai digits ๐๑๒๓๔๕๖๗๘๙ (U+0E50–U+0E59), which mean 0–9 wherever a number, year or date is expected.
public enum ThaiDigits {
    /// The scalar value of ๐ (THAI DIGIT ZERO).
    static let zero: UInt32 = 0x0E50

    /// `text` with every Thai digit replaced by the Arabic digit of the same value; other characters unchanged.
    ///
    /// `ThaiDigits.normalize("๒๕๖๙-๐๓-๓๑")` is `"2569-03-31"`.
    public static func normalize(_ text: String) -> String {
        guard containsThaiDigits(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let digit = value(of: scalar), let arabic = Unicode.Scalar(0x30 + UInt32(digit)) {
                out.append(arabic)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `text` contains at least one Thai digit.
    public static func containsThaiDigits(_ text: String) -> Bool {
        text.unicodeScalars.contains { value(of: $0) != nil }
    }

    /// The value 0–9 of a Thai digit, or nil for any other scalar.
    public static func value(of scalar: Unicode.Scalar) -> Int? {
        (zero...zero + 9).contains(scalar.value) ? Int(scalar.value - zero) : nil
    }

    /// The value 0–9 of an Arabic (ASCII) or Thai digit, or nil for any other scalar.
    static func anyDigit(_ scalar: Unicode.Scalar) -> Int? {
        if ("0"..."9").contains(scalar) { return Int(scalar.value - 0x30) }
        return value(of: scalar)
    }
}
