import DGLintModel

/// The run-time failures, each with its Thai and English wording, in one place.
enum Failures {
    static func make(_ th: String, _ en: String, at offset: Int?) -> ExpressionFailure {
        ExpressionFailure(message: LocalizedText(th: th, en: en), offset: offset)
    }

    static func noSuchKey(_ key: String, in operand: String, at offset: Int) -> ExpressionFailure {
        make("ไม่พบคีย์ '\(key)' ใน \(operand)", "no such key '\(key)' in \(operand)", at: offset)
    }

    static func divisionByZero(at offset: Int) -> ExpressionFailure {
        make("หารด้วยศูนย์", "division by zero", at: offset)
    }

    static func moduloByZero(at offset: Int) -> ExpressionFailure {
        make("หารเอาเศษด้วยศูนย์", "modulus by zero", at: offset)
    }

    static func overflow(_ operation: String, at offset: Int) -> ExpressionFailure {
        make("จำนวนเต็มล้นใน \(operation)", "integer overflow in \(operation)", at: offset)
    }

    /// An operator or function given operands it does not accept: `'+' cannot add int and string`.
    static func noOverload(_ what: String, _ verb: String, _ types: [ExpressionType], at offset: Int)
        -> ExpressionFailure
    {
        let list = types.map(\.description).joined(separator: " and ")
        return make(
            "\(what) ใช้กับ \(list) ไม่ได้", "\(what) cannot \(verb) \(list)", at: offset)
    }

    static func indexOutOfRange(_ index: Int64, size: Int, at offset: Int) -> ExpressionFailure {
        make(
            "ตำแหน่ง \(index) อยู่นอกช่วงของรายการที่มี \(size) สมาชิก",
            "index \(index) out of range for a list of size \(size)", at: offset)
    }

    static func notBool(_ what: String, _ type: ExpressionType, at offset: Int) -> ExpressionFailure {
        make("\(what) ต้องเป็น bool แต่ได้ \(type)", "\(what) must be a bool, not \(type)", at: offset)
    }

    static func budget(_ limit: Int, at offset: Int) -> ExpressionFailure {
        make(
            "นิพจน์ใช้ขั้นตอนการคำนวณเกินงบประมาณ \(limit) ขั้น",
            "expression exceeded its evaluation budget of \(limit) steps", at: offset)
    }

    static func tooLarge(_ size: Int, limit: Int, at offset: Int) -> ExpressionFailure {
        make(
            "รายการมี \(size) สมาชิก เกินขีดจำกัด \(limit)",
            "list of \(size) elements exceeds the budget limit of \(limit) elements", at: offset)
    }

    static func noSelf(at offset: Int) -> ExpressionFailure {
        make(
            "ไม่มี self ในบริบทนี้ (กฎไม่ได้ระบุโหนดที่ตรวจ)",
            "'self' is not available here (the rule is not looking at a node)", at: offset)
    }

    static func conversion(_ text: String, to type: ExpressionType, at offset: Int) -> ExpressionFailure {
        make("แปลง \(text) เป็น \(type) ไม่ได้", "cannot convert \(text) to \(type)", at: offset)
    }

    static func repeatedKey(_ key: String, at offset: Int) -> ExpressionFailure {
        make("คีย์ \(key) ซ้ำในแมป", "repeated key \(key) in a map literal", at: offset)
    }

    static func reason(_ what: String, _ reason: LocalizedText, at offset: Int) -> ExpressionFailure {
        make("\(what): \(reason.th)", "\(what): \(reason.en)", at: offset)
    }
}
