import DGLintModel

/// The Thai and English texts of every violation.
enum Messages {
    /// A value kind for "expected …, found …": English with its article, Thai as a noun.
    static func kindName(_ value: Value) -> LocalizedText {
        switch value {
        case .null: typeName(.null)
        case .bool: typeName(.boolean)
        case .int: typeName(.integer)
        case .double(let d): d.rounded(.towardZero) == d ? typeName(.integer) : typeName(.number)
        case .string: typeName(.string)
        case .array: typeName(.array)
        case .object: typeName(.object)
        }
    }

    static func typeName(_ type: JSONType) -> LocalizedText {
        switch type {
        case .null: LocalizedText(th: "ค่าว่าง (null)", en: "null")
        case .boolean: LocalizedText(th: "ค่าจริง/เท็จ", en: "a boolean")
        case .integer: LocalizedText(th: "จำนวนเต็ม", en: "an integer")
        case .number: LocalizedText(th: "ตัวเลข", en: "a number")
        case .string: LocalizedText(th: "ข้อความ", en: "a string")
        case .array: LocalizedText(th: "รายการ (array)", en: "an array")
        case .object: LocalizedText(th: "ออบเจกต์", en: "an object")
        }
    }

    /// A value as short JSON for a message (long values are cut with an ellipsis).
    static func show(_ value: Value) -> String {
        let text = value.jsonText()
        let scalars = text.unicodeScalars
        guard scalars.count > 60 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(57))) + "…"
    }

    static let falseSchema = LocalizedText(
        th: "ไม่อนุญาตให้มีค่าในตำแหน่งนี้", en: "no value is allowed here")

    static func propertyNotAllowed(_ name: String) -> LocalizedText {
        LocalizedText(th: "ไม่อนุญาตให้มีฟิลด์ '\(name)'", en: "property '\(name)' is not allowed")
    }

    static func itemNotAllowed(_ index: Int) -> LocalizedText {
        LocalizedText(th: "ไม่อนุญาตให้มีรายการที่ \(index)", en: "item \(index) is not allowed")
    }

    static func tooDeep(_ limit: Int) -> LocalizedText {
        LocalizedText(
            th: "ข้อมูลหรือสคีมาซ้อนกันลึกเกิน \(limit) ระดับ จึงหยุดตรวจที่ตำแหน่งนี้",
            en: "the schema and data nest more than \(limit) levels deep; validation stopped here")
    }

    static func tooManySteps(_ limit: Int) -> LocalizedText {
        LocalizedText(
            th: "สคีมาต้องตรวจเกิน \(limit) ขั้นตอน จึงหยุดตรวจ; สคีมาย้อนกลับมาที่ตัวเองผ่านหลายทาง (anyOf, allOf, $ref)"
                + " ให้ลดทางที่ย้อนกลับ",
            en: "validation stopped after more than \(limit) steps: the schema leads back to itself through several "
                + "branches (anyOf, allOf, $ref); remove the branches that loop")
    }

    static func wrongType(_ types: [JSONType], found value: Value) -> LocalizedText {
        let names = types.map(typeName)
        let th = names.map(\.th).joined(separator: "หรือ")
        let en = names.map(\.en).joined(separator: " or ")
        let found = kindName(value)
        return LocalizedText(th: "ต้องเป็น\(th) แต่พบ\(found.th)", en: "expected \(en), found \(found.en)")
    }

    static func notInEnum(_ options: [Value]) -> LocalizedText {
        let shown = options.prefix(20).map { $0.stringValue ?? $0.jsonText() }
        let list = shown.joined(separator: ", ") + (options.count > 20 ? ", …" : "")
        return LocalizedText(th: "ต้องเป็นค่าใดค่าหนึ่งใน \(list)", en: "must be one of \(list)")
    }

    static func notConst(_ expected: Value) -> LocalizedText {
        LocalizedText(th: "ต้องมีค่าเท่ากับ \(show(expected))", en: "must be exactly \(show(expected))")
    }

    static func notMultiple(of divisor: Value) -> LocalizedText {
        LocalizedText(th: "ต้องเป็นพหุคูณของ \(show(divisor))", en: "must be a multiple of \(show(divisor))")
    }

    enum Bound { case maximum, exclusiveMaximum, minimum, exclusiveMinimum }

    static func bound(_ bound: Bound, _ limit: Value) -> LocalizedText {
        let n = show(limit)
        switch bound {
        case .maximum: return LocalizedText(th: "ต้องไม่เกิน \(n)", en: "must be at most \(n)")
        case .exclusiveMaximum: return LocalizedText(th: "ต้องน้อยกว่า \(n)", en: "must be less than \(n)")
        case .minimum: return LocalizedText(th: "ต้องไม่น้อยกว่า \(n)", en: "must be at least \(n)")
        case .exclusiveMinimum: return LocalizedText(th: "ต้องมากกว่า \(n)", en: "must be greater than \(n)")
        }
    }

    enum Limit { case maxLength, minLength, maxItems, minItems, maxProperties, minProperties }

    static func length(_ limit: Limit, _ n: Int, found: Int) -> LocalizedText {
        count(limit, n, found: found)
    }

    static func count(_ limit: Limit, _ n: Int, found: Int) -> LocalizedText {
        switch limit {
        case .maxLength:
            LocalizedText(
                th: "ต้องยาวไม่เกิน \(n) ตัวอักษร แต่พบ \(found) ตัวอักษร",
                en: "must be at most \(n) characters long, found \(found)")
        case .minLength:
            LocalizedText(
                th: "ต้องยาวอย่างน้อย \(n) ตัวอักษร แต่พบ \(found) ตัวอักษร",
                en: "must be at least \(n) characters long, found \(found)")
        case .maxItems:
            LocalizedText(
                th: "ต้องมีไม่เกิน \(n) รายการ แต่พบ \(found) รายการ", en: "must have at most \(n) items, found \(found)")
        case .minItems:
            LocalizedText(
                th: "ต้องมีอย่างน้อย \(n) รายการ แต่พบ \(found) รายการ",
                en: "must have at least \(n) items, found \(found)")
        case .maxProperties:
            LocalizedText(
                th: "ต้องมีไม่เกิน \(n) ฟิลด์ แต่พบ \(found) ฟิลด์", en: "must have at most \(n) properties, found \(found)")
        case .minProperties:
            LocalizedText(
                th: "ต้องมีอย่างน้อย \(n) ฟิลด์ แต่พบ \(found) ฟิลด์",
                en: "must have at least \(n) properties, found \(found)")
        }
    }

    static func noMatch(_ pattern: String) -> LocalizedText {
        LocalizedText(th: "ต้องตรงกับรูปแบบ \(pattern)", en: "must match the pattern \(pattern)")
    }

    static func duplicateItems(_ first: Int, _ second: Int) -> LocalizedText {
        LocalizedText(
            th: "รายการต้องไม่ซ้ำกัน แต่รายการที่ \(first) และ \(second) ซ้ำกัน",
            en: "items must be unique, but items \(first) and \(second) are equal")
    }

    static func containsTooFew(_ n: Int, found: Int) -> LocalizedText {
        LocalizedText(
            th: "ต้องมีรายการที่ตรงตามสคีมาของ contains อย่างน้อย \(n) รายการ แต่พบ \(found) รายการ",
            en: "must contain at least \(n) matching item\(n == 1 ? "" : "s"), found \(found)")
    }

    static func containsTooMany(_ n: Int, found: Int) -> LocalizedText {
        LocalizedText(
            th: "ต้องมีรายการที่ตรงตามสคีมาของ contains ไม่เกิน \(n) รายการ แต่พบ \(found) รายการ",
            en: "must contain at most \(n) matching item\(n == 1 ? "" : "s"), found \(found)")
    }

    static func missing(_ name: String) -> LocalizedText {
        LocalizedText(th: "ขาดฟิลด์ที่จำเป็น '\(name)'", en: "missing required property '\(name)'")
    }

    static func missingDependent(_ name: String, because trigger: String) -> LocalizedText {
        LocalizedText(
            th: "ต้องมีฟิลด์ '\(name)' เมื่อมีฟิลด์ '\(trigger)'",
            en: "property '\(name)' is required when '\(trigger)' is present")
    }

    static func badFormat(_ format: String) -> LocalizedText {
        LocalizedText(th: "ไม่อยู่ในรูปแบบ \(format) ที่ถูกต้อง", en: "is not a valid \(format)")
    }

    static func noAlternative(_ count: Int) -> LocalizedText {
        LocalizedText(
            th: "ไม่ตรงกับทางเลือกใดเลยจาก \(count) ทางเลือก", en: "does not match any of the \(count) alternatives")
    }

    static func severalAlternatives(_ matches: [Int]) -> LocalizedText {
        let list = matches.map(String.init).joined(separator: ", ")
        return LocalizedText(
            th: "ตรงกับมากกว่าหนึ่งทางเลือก (ที่ \(list)) แต่ต้องตรงเพียงทางเลือกเดียว",
            en: "matches more than one alternative (\(list)); exactly one is required")
    }

    static let matchesNot = LocalizedText(
        th: "ต้องไม่ตรงกับสคีมาใน not", en: "must not match the schema under 'not'")

    static func badPropertyName(_ name: String) -> LocalizedText {
        LocalizedText(
            th: "ชื่อฟิลด์ '\(name)' ไม่ตรงตามสคีมาของ propertyNames",
            en: "the property name '\(name)' does not match the 'propertyNames' schema")
    }
}
