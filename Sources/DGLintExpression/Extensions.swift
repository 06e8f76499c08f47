import DGLintJSONPath
import DGLintModel
import DGLintThai

/// dglint's own functions: `sum`, `thai.digits`, `baht`, `date`, `fiscalYear` and `query`.
extension Evaluator {
    mutating func extensionCall(
        _ builtin: Builtin, _ args: Arguments, _ precompiled: Precompiled?, _ node: Node
    ) throws(ExpressionFailure) -> ExpressionValue {
        let at = node.at
        switch builtin {
        case .sum:
            guard case .list(let list) = args[0] else {
                throw Failures.noOverload("sum()", "add up", [args[0].type], at: at)
            }
            try charge(list.count, at: at)
            return try Self.sum(list, at: at)
        case .thaiDigits:
            guard case .string(let s) = args[0] else {
                throw Failures.noOverload("thai.digits()", "read digits of", [args[0].type], at: at)
            }
            return .string(ThaiDigits.normalize(s))
        case .baht:
            let input: Value
            switch args[0] {
            case .int(let i): input = .int(Int(i))
            case .double(let d): input = .double(d)
            case .string(let s): input = .string(s)
            default: throw Failures.noOverload("baht()", "read an amount from", [args[0].type], at: at)
            }
            switch Baht.read(input) {
            case .success(let amount): return .double(Double(amount.satang) / 100)
            case .failure(let error): throw Failures.reason("baht()", error.reason, at: at)
            }
        case .date:
            switch args[0] {
            case .date: return args[0]
            case .string(let s):
                switch ThaiDate.read(text: s) {
                case .success(let date): return .date(date)
                case .failure(.noSuchDay):
                    throw Failures.make("ไม่มีวันที่ '\(s)'", "date(): there is no day '\(s)'", at: at)
                case .failure:
                    throw Failures.make(
                        "date(): '\(s)' ไม่ใช่วันที่แบบ YYYY-MM-DD (ปี พ.ศ.)",
                        "date(): '\(s)' is not a date written YYYY-MM-DD (BE year)", at: at)
                }
            default: throw Failures.noOverload("date()", "read a date from", [args[0].type], at: at)
            }
        case .fiscalYear:
            guard case .date(let d) = args[0] else {
                throw Failures.noOverload("fiscalYear()", "give the fiscal year of", [args[0].type], at: at)
            }
            return .int(Int64(d.fiscalYear))
        case .query:
            guard case .query(let query) = precompiled else { return .list(ExpressionList([])) }
            let nodes = query.select(root)
            guard nodes.count <= limits.maxListSize else {
                throw Failures.tooLarge(nodes.count, limit: limits.maxListSize, at: at)
            }
            try charge(nodes.count, at: at)
            return .list(ExpressionList(nodes.map { ExpressionValue($0.value) }))
        default:
            throw Failures.make("ไม่รู้จักฟังก์ชัน", "internal error: \(builtin.rawValue) is not an extension", at: at)
        }
    }

    /// Ints add to an int (overflow is a failure); with any double the result is a double, added exactly as
    /// decimals so that amounts of baht sum to the satang.
    static func sum(_ list: ExpressionList, at offset: Int) throws(ExpressionFailure) -> ExpressionValue {
        var total: Int64 = 0
        var doubles: [Double] = []
        var allInts = true
        for (i, element) in list.enumerated() {
            switch element {
            case .int(let n):
                doubles.append(Double(n))
                if allInts {
                    let (s, o) = total.addingReportingOverflow(n)
                    guard !o else { throw Failures.overflow("sum()", at: offset) }
                    total = s
                }
            case .double(let d):
                allInts = false
                doubles.append(d)
            default:
                throw Failures.make(
                    "sum() ต้องการรายการของตัวเลข แต่สมาชิกที่ \(i) เป็น \(element.type)",
                    "sum() needs a list of numbers, but element \(i) is \(element.type)", at: offset)
            }
        }
        if allInts { return .int(total) }
        return .double(Numbers.decimalSum(doubles) ?? doubles.reduce(0, +))
    }
}

/// Day arithmetic on dates.
enum Dates {
    /// `date` moved by `days` (backwards when `subtracting`); the result is written with its BE year.
    static func shift(_ date: ThaiDate, by days: Int64, subtracting: Bool, at offset: Int) throws(ExpressionFailure)
        -> ThaiDate
    {
        let delta = subtracting ? -Int(clamping: days) : Int(clamping: days)
        let (target, overflow) = date.dayNumber.addingReportingOverflow(delta)
        guard !overflow, abs(target) < 3_000_000, let result = civil(fromDayNumber: target) else {
            throw Failures.make("วันที่อยู่นอกช่วงที่รองรับ", "date arithmetic out of range", at: offset)
        }
        return result
    }

    /// The date of a day number (days since 1970-01-01 CE), after Howard Hinnant's `civil_from_days`.
    static func civil(fromDayNumber z: Int) -> ThaiDate? {
        let shifted = z + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let ceYear = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return ThaiDate(year: ceYear + 543, month: month, day: day)
    }
}
