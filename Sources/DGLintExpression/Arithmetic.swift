import DGLintThai

/// Evaluates the binary operators on values.
extension Evaluator {
    mutating func binary(
        _ op: BinaryOperator, _ l: ExpressionValue, _ r: ExpressionValue, at offset: Int
    ) throws(ExpressionFailure) -> ExpressionValue {
        switch op {
        case .equal: return .bool(l == r)
        case .notEqual: return .bool(l != r)
        case .in:
            switch r {
            case .list(let list):
                try charge(list.count, at: offset)
                return .bool(list.contains(l))
            case .map(let map): return .bool(map[l] != nil)
            default: throw Failures.noOverload("'in'", "test membership in", [r.type], at: offset)
            }
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return .bool(try compare(op, l, r, at: offset))
        case .add, .subtract, .multiply, .divide, .remainder:
            return try arithmetic(op, l, r, at: offset)
        }
    }

    private func compare(
        _ op: BinaryOperator, _ l: ExpressionValue, _ r: ExpressionValue, at offset: Int
    ) throws(ExpressionFailure) -> Bool {
        let order: Int
        switch (l, r) {
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
            guard let result = Numbers.compare(l, r) else { return false }
            order = result.rawValue
        case (.string(let a), .string(let b)):
            order = a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : (a == b ? 0 : 1)
        case (.bool(let a), .bool(let b)):
            order = a == b ? 0 : (!a ? -1 : 1)
        case (.date(let a), .date(let b)):
            order = a.dayNumber < b.dayNumber ? -1 : (a.dayNumber == b.dayNumber ? 0 : 1)
        default:
            throw Failures.noOverload("'\(op.rawValue)'", "compare", [l.type, r.type], at: offset)
        }
        switch op {
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        default: return order >= 0
        }
    }

    private mutating func arithmetic(
        _ op: BinaryOperator, _ l: ExpressionValue, _ r: ExpressionValue, at offset: Int
    ) throws(ExpressionFailure) -> ExpressionValue {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            return .int(try integer(op, a, b, at: offset))
        case (.double(let a), .double(let b)):
            switch op {
            case .add: return .double(a + b)
            case .subtract: return .double(a - b)
            case .multiply: return .double(a * b)
            case .divide: return .double(a / b)
            default: break
            }
        case (.string(let a), .string(let b)) where op == .add:
            try charge((a.utf8.count + b.utf8.count) / 64, at: offset)
            return .string(a + b)
        case (.list(let a), .list(let b)) where op == .add:
            let count = a.count + b.count
            guard count <= limits.maxListSize else {
                throw Failures.tooLarge(count, limit: limits.maxListSize, at: offset)
            }
            try charge(count, at: offset)
            return .list(ExpressionList(Array(a) + Array(b)))
        case (.date(let d), .int(let n)) where op == .add || op == .subtract:
            return .date(try Dates.shift(d, by: n, subtracting: op == .subtract, at: offset))
        case (.int(let n), .date(let d)) where op == .add:
            return .date(try Dates.shift(d, by: n, subtracting: false, at: offset))
        case (.date(let a), .date(let b)) where op == .subtract:
            return .int(Int64(a.dayNumber - b.dayNumber))
        default:
            break
        }
        throw Failures.noOverload("'\(op.rawValue)'", Operators.verb(op), [l.type, r.type], at: offset)
    }

    /// 64-bit integer arithmetic with overflow, division by zero and modulus by zero as failures. Division
    /// truncates toward zero and the remainder takes the sign of the dividend, as in CEL.
    private func integer(_ op: BinaryOperator, _ a: Int64, _ b: Int64, at offset: Int) throws(ExpressionFailure)
        -> Int64
    {
        let result: (partialValue: Int64, overflow: Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .divide:
            guard b != 0 else { throw Failures.divisionByZero(at: offset) }
            result = a.dividedReportingOverflow(by: b)
        default:
            guard b != 0 else { throw Failures.moduloByZero(at: offset) }
            result = a.remainderReportingOverflow(dividingBy: b)
        }
        guard !result.overflow else { throw Failures.overflow("\(a) \(op.rawValue) \(b)", at: offset) }
        return result.partialValue
    }
}
