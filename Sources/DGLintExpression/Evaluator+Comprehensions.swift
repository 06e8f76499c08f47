/// The macros `all`, `exists`, `exists_one`, `map` and `filter`, over the elements of a list or the keys of
/// a map.
///
/// The elements are read from the range one at a time into the variable's slot; only `map` and `filter`
/// build a list.
extension Evaluator {
    mutating func comprehension(_ c: Comprehension, _ node: Node) throws(ExpressionFailure) -> ExpressionValue {
        let range = try evaluate(c.range)
        let elements: ExpressionList
        switch range {
        case .list(let list):
            guard list.count <= limits.maxListSize else {
                throw Failures.tooLarge(list.count, limit: limits.maxListSize, at: node.at)
            }
            elements = list
        case .map(let map):
            guard map.count <= limits.maxListSize else {
                throw Failures.tooLarge(map.count, limit: limits.maxListSize, at: node.at)
            }
            elements = ExpressionList(map.keys)
        default:
            throw Failures.noOverload("\(c.macro.rawValue)()", "iterate over", [range.type], at: node.at)
        }
        locals.enter(c.slot)
        defer { locals.leave(c.slot) }
        switch c.macro {
        case .all, .exists:
            return try quantifier(c, elements, decisive: c.macro == .exists, node)
        case .existsOne:
            var count = 0
            for i in elements.indices {
                try charge(1, at: node.at)
                locals[c.slot] = Local(value: elements[i], position: i)
                if try predicate(c.predicate, of: c.macro) { count += 1 }
            }
            return .bool(count == 1)
        case .map, .filter:
            // Room for every element at once (filter's upper bound), rather than growing from empty.
            var results: [ExpressionValue] = []
            results.reserveCapacity(elements.count)
            for i in elements.indices {
                try charge(1, at: node.at)
                let element = elements[i]
                locals[c.slot] = Local(value: element, position: i)
                if c.predicate != nil {
                    guard try predicate(c.predicate, of: c.macro) else { continue }
                }
                if let transform = c.transform {
                    results.append(try evaluate(transform))
                } else {
                    results.append(element)
                }
            }
            return .list(ExpressionList(results))
        }
    }

    /// `all` (decisive false) and `exists` (decisive true): the decisive value wins over errors from other
    /// elements, as for `&&` and `||`; with none, the first error is thrown.
    private mutating func quantifier(
        _ c: Comprehension, _ elements: ExpressionList, decisive: Bool, _ node: Node
    ) throws(ExpressionFailure) -> ExpressionValue {
        var firstError: ExpressionFailure?
        // Taken out of the comprehension once, rather than copied out for each element.
        let predicate = c.predicate
        for i in elements.indices {
            try charge(1, at: node.at)
            locals[c.slot] = Local(value: elements[i], position: i)
            do {
                if try self.predicate(predicate, of: c.macro) == decisive { return .bool(decisive) }
            } catch {
                if exhausted { throw error }
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        return .bool(!decisive)
    }

    /// The predicate of a comprehension (none is true) for the element in the variable's slot, which must be a
    /// bool.
    private mutating func predicate(_ predicate: Node?, of macro: Comprehension.Macro) throws(ExpressionFailure)
        -> Bool
    {
        guard let predicate else { return true }
        let value = try evaluate(predicate)
        guard case .bool(let b) = value else {
            throw Failures.notBool("the condition of \(macro.rawValue)()", value.type, at: predicate.start)
        }
        return b
    }
}
