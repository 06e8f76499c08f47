import DGLintModel

extension Evaluation {
    /// Applies an assertion of the validation or format vocabulary; keywords that do not apply to the instance's
    /// type pass.
    mutating func applyAssertion(_ check: Check, to instance: Value) -> Bool {
        // A switch on the check alone, the instance's kind tested in each case: a switch on the pair copied the
        // instance (a retain and a release) for every keyword applied.
        switch check {
        case .type(let type):
            guard type.matches(instance) else { return fail("type", Messages.wrongType([type], found: instance)) }
        case .types(let types):
            guard program.operands.types[types].contains(where: { $0.matches(instance) }) else {
                let types = program.operands.types[types]
                return fail("type", Messages.wrongType(Array(types), found: instance))
            }
        case .enumeration(let options):
            guard options.contains(where: { JSONEquality.equal(program.operands.values[$0], instance) }) else {
                let options = program.operands.values[options]
                return fail("enum", Messages.notInEnum(Array(options)))
            }
        case .constant(let expected):
            guard JSONEquality.equal(program.operands.values[expected], instance) else {
                let expected = program.operands.values[expected]
                return fail("const", Messages.notConst(expected))
            }
        case .multipleOf(let divisor):
            guard instance.isNumber else { break }
            guard NumberMath.isMultiple(instance, of: program.operands.values[divisor]) else {
                let divisor = program.operands.values[divisor]
                return fail("multipleOf", Messages.notMultiple(of: divisor))
            }
        case .maximum(let limit):
            if let order = NumberMath.compare(instance, program.operands.values[limit]), order > 0 {
                let limit = program.operands.values[limit]
                return fail("maximum", Messages.bound(.maximum, limit))
            }
        case .exclusiveMaximum(let limit):
            if let order = NumberMath.compare(instance, program.operands.values[limit]), order >= 0 {
                let limit = program.operands.values[limit]
                return fail("exclusiveMaximum", Messages.bound(.exclusiveMaximum, limit))
            }
        case .minimum(let limit):
            if let order = NumberMath.compare(instance, program.operands.values[limit]), order < 0 {
                let limit = program.operands.values[limit]
                return fail("minimum", Messages.bound(.minimum, limit))
            }
        case .exclusiveMinimum(let limit):
            if let order = NumberMath.compare(instance, program.operands.values[limit]), order <= 0 {
                let limit = program.operands.values[limit]
                return fail("exclusiveMinimum", Messages.bound(.exclusiveMinimum, limit))
            }
        // A string has at least a quarter as many scalars as UTF-8 bytes and at most as many, which most often
        // settles a length without counting its scalars.
        case .maxLength(let limit):
            guard case .string(let text) = instance, text.utf8.count > limit else { break }
            let length = text.unicodeScalars.count
            if length > limit { return fail("maxLength", Messages.length(.maxLength, limit, found: length)) }
        case .minLength(let limit):
            guard case .string(let text) = instance, (text.utf8.count + 3) / 4 < limit else { break }
            let length = text.unicodeScalars.count
            if length < limit { return fail("minLength", Messages.length(.minLength, limit, found: length)) }
        case .pattern(let regex):
            guard case .string(let text) = instance else { break }
            guard program.operands.patterns[regex].matches(text) else {
                let source = program.operands.patterns[regex].source
                return fail("pattern", Messages.noMatch(source))
            }
        case .maxItems(let limit):
            guard case .array(let elements) = instance else { break }
            if elements.count > limit {
                return fail("maxItems", Messages.count(.maxItems, limit, found: elements.count))
            }
        case .minItems(let limit):
            guard case .array(let elements) = instance else { break }
            if elements.count < limit {
                return fail("minItems", Messages.count(.minItems, limit, found: elements.count))
            }
        case .uniqueItems:
            guard case .array(let elements) = instance else { break }
            if let (first, second) = JSONEquality.firstDuplicate(elements) {
                return fail("uniqueItems", Messages.duplicateItems(first, second))
            }
        case .maxProperties(let limit):
            guard case .object(let members) = instance else { break }
            if members.count > limit {
                return fail("maxProperties", Messages.count(.maxProperties, limit, found: members.count))
            }
        case .minProperties(let limit):
            guard case .object(let members) = instance else { break }
            if members.count < limit {
                return fail("minProperties", Messages.count(.minProperties, limit, found: members.count))
            }
        case .required(let names):
            guard case .object(let members) = instance else { break }
            var valid = true
            for position in names where members[program.operands.strings[position]] == nil {
                let name = program.operands.strings[position]
                report("required", Messages.missing(name), missing: name)
                valid = false
                if failFast { break }
            }
            return valid
        case .dependentRequired(let pairs):
            guard case .object(let members) = instance else { break }
            var valid = true
            for (trigger, names) in program.operands.dependentRequired[pairs] where members[trigger] != nil {
                for name in names where members[name] == nil {
                    report("dependentRequired", Messages.missingDependent(name, because: trigger), missing: name)
                    valid = false
                }
            }
            return valid
        case .format(let format):
            guard case .string(let text) = instance else { break }
            guard format.accepts(text) else { return fail("format", Messages.badFormat(format.rawValue)) }
        default:
            break
        }
        return true
    }

    private mutating func fail(_ keyword: String, _ message: @autoclosure () -> LocalizedText) -> Bool {
        report(keyword, message())
        return false
    }
}

/// Equality as JSON Schema defines it: numbers by value (`1 == 1.0`), strings by Unicode scalars (not by
/// canonical equivalence as Swift's `==` does), arrays in order, objects regardless of member order.
enum JSONEquality {
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x.hasSameScalars(as: y)
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            return x.allSatisfy { key, value in y[key].map { equal(value, $0) } ?? false }
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
            return NumberMath.compare(a, b) == 0
        default:
            return a == b
        }
    }

    /// The indices of the first two equal elements, or nil when all differ.
    static func firstDuplicate(_ elements: [Value]) -> (Int, Int)? {
        var seen: [Int: [Int]] = [:]
        for (index, element) in elements.enumerated() {
            let hash = element.hashValue
            for earlier in seen[hash] ?? [] where equal(elements[earlier], element) {
                return (earlier, index)
            }
            seen[hash, default: []].append(index)
        }
        return nil
    }
}
