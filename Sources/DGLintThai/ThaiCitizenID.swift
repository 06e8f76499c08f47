/// Thai citizen identification numbers (เลขประจำตัวประชาชน): 13 digits whose last is a check digit.
public enum ThaiCitizenID {
    /// The 13 digits of `text` (Arabic or Thai; dashes and spaces between them ignored), or nil when the text
    /// holds anything else or not exactly 13 digits.
    public static func digits(of text: String) -> [Int]? {
        var digits: [Int] = []
        for scalar in text.unicodeScalars {
            if let d = ThaiDigits.anyDigit(scalar) {
                digits.append(d)
            } else if scalar != "-" && scalar != " " {
                return nil
            }
        }
        return digits.count == 13 ? digits : nil
    }

    /// The check digit for the first twelve digits: (11 − Σ dᵢ·(14−i) mod 11) mod 10, i = 1…12.
    public static func checkDigit(_ first12: some Collection<Int>) -> Int {
        var sum = 0
        for (offset, digit) in first12.prefix(12).enumerated() {
            sum += digit * (13 - offset)
        }
        return (11 - sum % 11) % 10
    }

    /// Whether `text` is 13 digits whose last is the right check digit.
    public static func isValid(_ text: String) -> Bool {
        guard let digits = digits(of: text) else { return false }
        return checkDigit(digits.prefix(12)) == digits[12]
    }
}
