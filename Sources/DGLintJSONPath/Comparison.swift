import DGLintModel

/// The comparison rules of RFC 9535 section 2.3.5.2.2, where `nil` stands for Nothing (an empty nodelist).
///
/// `==` is deep equality (numbers numerically, strings by Unicode scalars, arrays element-wise, objects
/// member-wise regardless of order) and Nothing equals only Nothing. `<` holds only between two numbers
/// or two strings (by Unicode scalar values); `<=`, `>` and `>=` derive from `<` and `==`.
enum Comparison {
    /// Applies `op` to `left` and `right`.
    static func compare(_ left: Value?, _ op: ComparisonOp, _ right: Value?) -> Bool {
        guard let left, let right else {
            // Nothing equals only Nothing, and is ordered with nothing.
            let bothNothing = left == nil && right == nil
            switch op {
            case .equal, .lessOrEqual, .greaterOrEqual: return bothNothing
            case .notEqual: return !bothNothing
            case .less, .greater: return false
            }
        }
        return compare(left, op, right)
    }

    /// Applies `op` to two values (neither Nothing).
    static func compare(_ left: Value, _ op: ComparisonOp, _ right: Value) -> Bool {
        switch op {
        case .equal: deepEqual(left, right)
        case .notEqual: !deepEqual(left, right)
        case .less: less(left, right)
        case .lessOrEqual: less(left, right) || deepEqual(left, right)
        case .greater: less(right, left)
        case .greaterOrEqual: less(right, left) || deepEqual(left, right)
        }
    }

    /// `<`: numbers numerically, strings by Unicode scalar values; false for anything else.
    static func less(_ left: Value, _ right: Value) -> Bool {
        if case .string(let a) = left, case .string(let b) = right {
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        }
        return numericOrder(left, right) == .some(-1)
    }

    /// Deep equality of two JSON values.
    static func deepEqual(_ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a.hasSameScalars(as: b)
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return false }
            return left.sharesStorage(with: right) || zip(a, b).allSatisfy { deepEqual($0, $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            // A node compared with itself (`@ != $.timeline` for the member `timeline`) shares its storage.
            if left.sharesStorage(with: right) { return true }
            for (key, value) in a {
                guard let other = b.entry(sameScalarsAs: key)?.value, deepEqual(value, other) else { return false }
            }
            return true
        default:
            return numericOrder(left, right) == .some(0)
        }
    }

    /// -1, 0 or 1 when both values are numbers and ordered; nil otherwise (including NaN).
    static func numericOrder(_ left: Value, _ right: Value) -> Int? {
        switch (left, right) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.double(let a), .double(let b)): return order(a, b)
        case (.int(let a), .double(let b)): return order(integer: a, b)
        case (.double(let a), .int(let b)): return order(integer: b, a).map { -$0 }
        default: return nil
        }
    }

    private static func order(_ a: Double, _ b: Double) -> Int? {
        if a < b { return -1 }
        if a > b { return 1 }
        return a == b ? 0 : nil
    }

    /// Compares an integer with a double exactly, even beyond 2^53.
    private static func order(integer a: Int, _ b: Double) -> Int? {
        guard !b.isNaN else { return nil }
        if b >= 9_223_372_036_854_775_808.0 { return -1 }
        if b < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = b.rounded(.down)
        let truncated = Int(whole)
        if a < truncated { return -1 }
        if a > truncated { return 1 }
        return whole == b ? 0 : -1
    }
}
