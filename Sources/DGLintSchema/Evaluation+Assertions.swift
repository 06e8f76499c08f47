import DGLintModel

extension Evaluation {
    /// Whether an assertion of the validation or format vocabulary holds for `instance`; keywords that do not apply
    /// to the instance's type hold. Shared by the full evaluation and the quick check (``quick(_:_:length:depth:spent:)``).
    ///
    /// A switch on the check alone, the instance's kind tested in each case: a switch on the pair copied the instance
    /// (a retain and a release) for every keyword applied.
    func holds(_ check: Check, _ instance: Value) -> Bool {
        switch check {
        case .type(let type):
            return type.matches(instance)
        case .types(let types):
            return program.operands.types[types].contains { $0.matches(instance) }
        case .enumeration(let options):
            return options.contains { JSONEquality.equal(program.operands.values[$0], instance) }
        case .constant(let expected):
            return JSONEquality.equal(program.operands.values[expected], instance)
        case .multipleOf(let divisor):
            return !instance.isNumber || NumberMath.isMultiple(instance, of: program.operands.values[divisor])
        case .maximum(let limit):
            return NumberMath.compare(instance, program.operands.values[limit]).map { $0 <= 0 } ?? true
        case .exclusiveMaximum(let limit):
            return NumberMath.compare(instance, program.operands.values[limit]).map { $0 < 0 } ?? true
        case .minimum(let limit):
            return NumberMath.compare(instance, program.operands.values[limit]).map { $0 >= 0 } ?? true
        case .exclusiveMinimum(let limit):
            return NumberMath.compare(instance, program.operands.values[limit]).map { $0 > 0 } ?? true
        // A string has at least a quarter as many scalars as UTF-8 bytes and at most as many, which most often
        // settles a length without counting its scalars.
        case .maxLength(let limit):
            guard case .string(let text) = instance, text.utf8.count > limit else { return true }
            return text.unicodeScalars.count <= limit
        case .minLength(let limit):
            guard case .string(let text) = instance, (text.utf8.count + 3) / 4 < limit else { return true }
            return text.unicodeScalars.count >= limit
        case .pattern(let regex):
            guard case .string(let text) = instance else { return true }
            return program.operands.patterns[regex].matches(text)
        case .maxItems(let limit):
            guard case .array(let elements) = instance else { return true }
            return elements.count <= limit
        case .minItems(let limit):
            guard case .array(let elements) = instance else { return true }
            return elements.count >= limit
        case .uniqueItems:
            guard case .array(let elements) = instance else { return true }
            return JSONEquality.firstDuplicate(elements) == nil
        case .maxProperties(let limit):
            guard case .object(let members) = instance else { return true }
            return members.count <= limit
        case .minProperties(let limit):
            guard case .object(let members) = instance else { return true }
            return members.count >= limit
        case .required(let names):
            guard case .object(let members) = instance else { return true }
            return names.allSatisfy { members[program.operands.strings[$0]] != nil }
        case .dependentRequired(let pairs):
            guard case .object(let members) = instance else { return true }
            return program.operands.dependentRequired[pairs].allSatisfy { trigger, names in
                members[trigger] == nil || names.allSatisfy { members[$0] != nil }
            }
        case .format(let format):
            guard case .string(let text) = instance else { return true }
            return format.accepts(text)
        default:
            return true
        }
    }

    /// Applies an assertion of the validation or format vocabulary: when it does not hold (``holds(_:_:)``), reports
    /// why.
    mutating func applyAssertion(_ check: Check, to instance: Value) -> Bool {
        if holds(check, instance) { return true }
        switch check {
        case .type(let type):
            return fail("type", Messages.wrongType([type], found: instance))
        case .types(let types):
            let types = Array(program.operands.types[types])
            return fail("type", Messages.wrongType(types, found: instance))
        case .enumeration(let options):
            let options = Array(program.operands.values[options])
            return fail("enum", Messages.notInEnum(options))
        case .constant(let expected):
            let expected = program.operands.values[expected]
            return fail("const", Messages.notConst(expected))
        case .multipleOf(let divisor):
            let divisor = program.operands.values[divisor]
            return fail("multipleOf", Messages.notMultiple(of: divisor))
        case .maximum(let limit):
            let limit = program.operands.values[limit]
            return fail("maximum", Messages.bound(.maximum, limit))
        case .exclusiveMaximum(let limit):
            let limit = program.operands.values[limit]
            return fail("exclusiveMaximum", Messages.bound(.exclusiveMaximum, limit))
        case .minimum(let limit):
            let limit = program.operands.values[limit]
            return fail("minimum", Messages.bound(.minimum, limit))
        case .exclusiveMinimum(let limit):
            let limit = program.operands.values[limit]
            return fail("exclusiveMinimum", Messages.bound(.exclusiveMinimum, limit))
        case .maxLength(let limit):
            let length = instance.stringValue?.unicodeScalars.count ?? 0
            return fail("maxLength", Messages.length(.maxLength, limit, found: length))
        case .minLength(let limit):
            let length = instance.stringValue?.unicodeScalars.count ?? 0
            return fail("minLength", Messages.length(.minLength, limit, found: length))
        case .pattern(let regex):
            let source = program.operands.patterns[regex].source
            return fail("pattern", Messages.noMatch(source))
        case .maxItems(let limit):
            let count = instance.arrayValue?.count ?? 0
            return fail("maxItems", Messages.count(.maxItems, limit, found: count))
        case .minItems(let limit):
            let count = instance.arrayValue?.count ?? 0
            return fail("minItems", Messages.count(.minItems, limit, found: count))
        case .uniqueItems:
            guard case .array(let elements) = instance, let (first, second) = JSONEquality.firstDuplicate(elements)
            else { return true }
            return fail("uniqueItems", Messages.duplicateItems(first, second))
        case .maxProperties(let limit):
            let count = instance.objectValue?.count ?? 0
            return fail("maxProperties", Messages.count(.maxProperties, limit, found: count))
        case .minProperties(let limit):
            let count = instance.objectValue?.count ?? 0
            return fail("minProperties", Messages.count(.minProperties, limit, found: count))
        case .required(let names):
            guard case .object(let members) = instance else { return true }
            for position in names where members[program.operands.strings[position]] == nil {
                let name = program.operands.strings[position]
                report("required", Messages.missing(name), missing: name)
                if failFast { break }
            }
            return false
        case .dependentRequired(let pairs):
            guard case .object(let members) = instance else { return true }
            for (trigger, names) in program.operands.dependentRequired[pairs] where members[trigger] != nil {
                for name in names where members[name] == nil {
                    report("dependentRequired", Messages.missingDependent(name, because: trigger), missing: name)
                }
            }
            return false
        case .format(let format):
            return fail("format", Messages.badFormat(format.rawValue))
        default:
            return true
        }
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
        // Strings first, each value tested apart: a switch on the pair copied both (the options of an `enum` are
        // mostly strings).
        if case .string(let x) = a {
            guard case .string(let y) = b else { return false }
            return x.hasSameScalars(as: y)
        }
        switch (a, b) {
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
