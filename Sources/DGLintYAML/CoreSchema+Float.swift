/// Core-schema floats: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf` and `.nan`.
extension CoreSchema {
    /// The float `text` spells, or nil when it is not core-schema float syntax.
    static func float(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = text.count
        var i = 0
        var sign = 1.0
        if count > 0 && (text[0] == UInt8(ascii: "-") || text[0] == UInt8(ascii: "+")) {
            sign = text[0] == UInt8(ascii: "-") ? -1 : 1
            i = 1
        }
        if i < count && text[i] == UInt8(ascii: ".") {
            let rest = UnsafeBufferPointer(rebasing: text[(i + 1)...])
            if rest.elementsEqual("inf".utf8) || rest.elementsEqual("Inf".utf8) || rest.elementsEqual("INF".utf8) {
                return sign * .infinity
            }
            if i == 0
                && (rest.elementsEqual("nan".utf8) || rest.elementsEqual("NaN".utf8) || rest.elementsEqual("NAN".utf8))
            {
                return .nan
            }
        }
        let integerDigits = digits(text, from: &i)
        var fractionDigits = 0
        if i < count && text[i] == UInt8(ascii: ".") {
            i += 1
            fractionDigits = digits(text, from: &i)
            // `.` needs digits after it when there are none before it; `1.` is a float.
            guard integerDigits > 0 || fractionDigits > 0 else { return nil }
        } else if integerDigits == 0 {
            return nil
        }
        if i < count && (text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E")) {
            i += 1
            if i < count && (text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+")) { i += 1 }
            guard digits(text, from: &i) > 0 else { return nil }
        }
        guard i == count else { return nil }
        return Double(String(decoding: text, as: UTF8.self))
    }

    /// Skips ASCII digits from `index` and returns how many there were.
    private static func digits(_ text: UnsafeBufferPointer<UInt8>, from index: inout Int) -> Int {
        let start = index
        while index < text.count && text[index] >= UInt8(ascii: "0") && text[index] <= UInt8(ascii: "9") {
            index += 1
        }
        return index - start
    }
}
