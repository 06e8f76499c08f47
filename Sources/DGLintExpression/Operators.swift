/// The operators' overloads: which operand types each accepts and what it gives, for the checker and the
/// evaluator alike.
///
/// As in CEL, arithmetic does not mix types (`1 + 1.5` has no overload: write `1.0 + 1.5` or
/// `double(1) + 1.5`), while comparisons and equality compare ints and doubles by value.
enum Operators {
    /// The verb of an operator in "cannot add int and string".
    static func verb(_ op: BinaryOperator) -> String {
        switch op {
        case .add: "add"
        case .subtract: "subtract"
        case .multiply: "multiply"
        case .divide: "divide"
        case .remainder: "take the remainder of"
        case .in: "test membership in"
        default: "compare"
        }
    }

    /// The result type of an arithmetic operator on two known types, or nil when there is no overload.
    static func arithmetic(_ op: BinaryOperator, _ l: ExpressionType, _ r: ExpressionType) -> ExpressionType? {
        switch (op, l, r) {
        case (.add, .int, .int), (.subtract, .int, .int), (.multiply, .int, .int), (.divide, .int, .int),
            (.remainder, .int, .int), (.subtract, .date, .date):
            .int
        case (.add, .double, .double), (.subtract, .double, .double), (.multiply, .double, .double),
            (.divide, .double, .double):
            .double
        case (.add, .string, .string): .string
        case (.add, .list, .list): .list
        case (.add, .date, .int), (.add, .int, .date), (.subtract, .date, .int): .date
        default: nil
        }
    }

    /// Whether `<`, `<=`, `>`, `>=` accept the two types.
    static func comparable(_ l: ExpressionType, _ r: ExpressionType) -> Bool {
        (l.isNumeric && r.isNumeric) || (l == r && [.string, .bool, .date].contains(l))
    }
}

/// The static type of a binary expression, or a compile error when the operand types are known and no
/// overload accepts them.
enum StaticTypes {
    static func binary(
        _ op: BinaryOperator, _ l: ExpressionType?, _ r: ExpressionType?, at offset: Int
    ) throws(ExpressionError) -> ExpressionType? {
        switch op {
        case .equal, .notEqual:
            return .bool
        case .in:
            if let r, r != .list, r != .map {
                throw ExpressionError(message: "'in' cannot test membership in \(r)", offset: offset)
            }
            return .bool
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            if let l, let r, !Operators.comparable(l, r) {
                throw ExpressionError(message: "'\(op.rawValue)' cannot compare \(l) and \(r)", offset: offset)
            }
            return .bool
        case .add, .subtract, .multiply, .divide, .remainder:
            guard let l, let r else { return nil }
            guard let result = Operators.arithmetic(op, l, r) else {
                let hint = l.isNumeric && r.isNumeric ? " (convert one side with double() or int())" : ""
                throw ExpressionError(
                    message: "'\(op.rawValue)' cannot \(Operators.verb(op)) \(l) and \(r)\(hint)", offset: offset)
            }
            return result
        }
    }
}
