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
    ///
    /// Looks for the UTF-8 form of ๐–๙ (E0 B9 90 to E0 B9 99) among the bytes instead of decoding scalars: in
    /// valid UTF-8 an E0 byte always starts a scalar, so the three bytes are one of those digits and nothing else.
    public static func containsThaiDigits(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i + 2 < bytes.count {
                if bytes[i] == 0xE0 && bytes[i + 1] == 0xB9 && bytes[i + 2] & 0xF0 == 0x90 && bytes[i + 2] <= 0x99 {
                    return true
                }
                i += 1
            }
            return false
        }
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
