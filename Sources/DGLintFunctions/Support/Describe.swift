import DGLintEngine
import DGLintModel
import DGLintThai

/// Renders paths, values and kinds for function messages, in both languages.
enum Describe {
    /// A path as dglint prints it in messages: `` `privacy.dpo` ``.
    static func field(_ path: [PathElement]) -> String {
        "`" + PathFormat.dotted(path) + "`"
    }

    /// A short rendering of a value: text in quotes (cut at 40 characters), numbers and others as JSON.
    static func value(_ value: Value) -> String {
        switch value {
        case .string(let s):
            let cut =
                s.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(s.unicodeScalars.prefix(40))) + "…" : s
            return "'" + cut + "'"
        case .array(let a): return a.isEmpty ? "[]" : "[…]"
        case .object(let o): return o.isEmpty ? "{}" : "{…}"
        default: return value.jsonText()
        }
    }

    /// The name of a kind of value.
    static func kind(_ kind: Value.Kind) -> LocalizedText {
        switch kind {
        case .null: LocalizedText(th: "ค่าว่าง (null)", en: "null")
        case .boolean: LocalizedText(th: "ค่าจริง/เท็จ", en: "true or false")
        case .integer: LocalizedText(th: "จำนวนเต็ม", en: "a whole number")
        case .number: LocalizedText(th: "ตัวเลข", en: "a number")
        case .string: LocalizedText(th: "ข้อความ", en: "text")
        case .array: LocalizedText(th: "รายการ", en: "a list")
        case .object: LocalizedText(th: "กลุ่มข้อมูล (object)", en: "a mapping (object)")
        }
    }

    /// A list of values for messages: `'a', 'b', 'c'`, at most `limit` of them.
    static func list(_ values: [Value], limit: Int = 10) -> String {
        let shown = values.prefix(limit).map(value).joined(separator: ", ")
        return values.count > limit ? shown + ", …" : shown
    }
}

/// Reading options while compiling, with errors that name the option.
enum Options {
    /// The option `name` as a field path, or nil when it is not given.
    static func field(_ options: FunctionOptions, _ name: String) throws(OptionError) -> FieldPath? {
        guard let text = options.string(name) else { return nil }
        do {
            return try FieldPath(text)
        } catch {
            throw OptionError("'\(text)' is not a valid field path: \(error.message)", option: name)
        }
    }

    /// The option `name` as a number (a JSON number, or a Thai-digit or money string), or nil when not given.
    static func number(_ options: FunctionOptions, _ name: String) throws(OptionError) -> ExactDecimal? {
        guard let value = options[name] else { return nil }
        guard let number = NumberReading.exact(value) else {
            throw OptionError("\(Describe.value(value)) is not a number", option: name)
        }
        return number
    }

    /// Checks that `min` ≤ `max` when both are given.
    static func checkOrder<T: Comparable>(_ min: T?, _ max: T?, minName: String, maxName: String)
        throws(OptionError)
    {
        if let min, let max, min > max {
            throw OptionError("'\(minName)' must not be greater than '\(maxName)'", option: maxName)
        }
    }
}

/// Reads numbers from targets: plain numbers, Thai-digit numbers, then money strings.
enum NumberReading {
    /// The value as an exact decimal, or nil when it is neither a number nor an amount of baht.
    static func exact(_ value: Value) -> ExactDecimal? {
        if let number = ThaiNumber.exact(value) { return number }
        if case .string = value, let amount = Baht.parse(value) {
            return ExactDecimal(mantissa: amount.satang, scale: 2)
        }
        return nil
    }

    /// The number in messages: exact decimals with thousands separators.
    static func format(_ number: ExactDecimal) -> String {
        let magnitude = number.mantissa.magnitude
        var digits = String(magnitude)
        if digits.count <= number.scale {
            digits = String(repeating: "0", count: number.scale - digits.count + 1) + digits
        }
        let whole = digits.dropLast(number.scale)
        let fraction = digits.suffix(number.scale)
        var grouped = ""
        for (i, ch) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return (number.mantissa < 0 ? "-" : "") + grouped + (fraction.isEmpty ? "" : "." + fraction)
    }
}
