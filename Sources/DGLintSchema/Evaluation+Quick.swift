import DGLintModel

/// What a quick check found (``Evaluation/quick(_:_:length:depth:spent:)``).
enum QuickOutcome {
    case valid
    case invalid
    /// Left to the full evaluation: a keyword the quick check does not take, a schema that collects annotations,
    /// nesting at the depth limit, or more steps than are left.
    case unknown
}

// The quick check: evaluation as it goes when it fails fast (``Evaluation/failFast``) — nothing recorded, the
// keyword and instance paths never built — in functions that change nothing, so that the full evaluation can take
// over from the start of a schema when the quick check cannot say, or when a violation has to be recorded.
//
// Most instances are valid, and most of their subtrees are. The full evaluation pays, for every schema object it
// evaluates, for the state a violation would need (the keyword and instance paths, the keyword being applied, the
// dynamic scope, annotations) and for the frames of some five functions; the quick check for two or three, and a
// type keyword is tested without a call.
//
// It takes the steps the full evaluation would take, to the step: one for each schema object, and for each
// violation it finds inside a probe (where the full evaluation counts one without recording it) the length of
// the keyword path the violation would have, plus two. It never lets them run out: it answers `.unknown` before
// the steps it counted exceed those left, and the full evaluation then runs out where it always did.

extension Evaluation {
    /// Evaluates node `index` against `instance` as a fail-fast evaluation would, changing nothing: `.valid` or
    /// `.invalid` with the steps that evaluation takes added to `spent`, or `.unknown`. `length` is the length the
    /// keyword path has at the node, `depth` the depth the node is evaluated at.
    func quick(_ index: Int, _ instance: Value, length: Int, depth: Int, spent: inout Int) -> QuickOutcome {
        let node = program.nodes[index]
        switch node.body {
        case .boolean(let value):
            // A `false` schema counts no step when failing fast.
            return value ? .valid : .invalid
        case .keywords(let keywords):
            spent += 1
            guard spent <= steps, depth < Self.maxDepth, !node.collectsAnnotations else { return .unknown }
            for position in keywords {
                let check = program.keywords[position].check
                // The most common keyword, tested here rather than through a call.
                if case .type(let type) = check {
                    if type.matches(instance) { continue }
                    return violation(length, &spent)
                }
                let outcome = quickKeyword(check, instance, length: length, depth: depth + 1, spent: &spent)
                if outcome != .valid { return outcome }
            }
            return .valid
        }
    }

    /// One keyword of a schema object, as ``applyKeywords`` applies it when failing fast; `depth` is that of the
    /// schemas it applies.
    ///
    /// Each applicator has its own small function, as in the full evaluation: the quick check recurses through
    /// these frames, and one large switch would reserve stack for every case's locals at every level.
    private func quickKeyword(_ check: Check, _ instance: Value, length: Int, depth: Int, spent: inout Int)
        -> QuickOutcome
    {
        switch check {
        case .ref(let target): quick(target, instance, length: length + 1, depth: depth, spent: &spent)
        case .allOf(let list): quickAllOf(list, instance, length: length, depth: depth, spent: &spent)
        case .anyOf(let list): quickAnyOf(list, instance, length: length, depth: depth, spent: &spent)
        case .properties(let table): quickProperties(table, instance, length: length, depth: depth, spent: &spent)
        case .additionalProperties(let schema, let named, let patterns):
            quickAdditionalProperties(
                schema, named, patterns, instance, length: length, depth: depth, spent: &spent)
        case .propertyNames(let schema):
            quickPropertyNames(schema, instance, length: length, depth: depth, spent: &spent)
        case .prefixItems(let schemas): quickPrefixItems(schemas, instance, length: length, depth: depth, spent: &spent)
        case .items(let prefixCount, let schema):
            quickItems(prefixCount, schema, instance, length: length, depth: depth, spent: &spent)
        case .dynamicRef, .oneOf, .not, .conditional, .dependentSchemas, .contains, .patternProperties,
            .unevaluatedItems, .unevaluatedProperties:
            .unknown
        case .dependentRequired(let pairs): quickDependentRequired(pairs, instance, length: length, spent: &spent)
        // An assertion; `required` stops at the first name missing when failing fast, so one violation.
        default: holds(check, instance) ? .valid : violation(length, &spent)
        }
    }

    /// `allOf`: each schema in place, below its index.
    private func quickAllOf(_ list: Range<Int>, _ instance: Value, length: Int, depth: Int, spent: inout Int)
        -> QuickOutcome
    {
        for position in list {
            let schema = program.operands.schemas[position]
            let outcome = quick(schema, instance, length: length + 2, depth: depth, spent: &spent)
            if outcome != .valid { return outcome }
        }
        return .valid
    }

    /// `anyOf`: each schema probed below the keyword; the first that matches settles it (no annotations are
    /// collected here).
    private func quickAnyOf(_ list: Range<Int>, _ instance: Value, length: Int, depth: Int, spent: inout Int)
        -> QuickOutcome
    {
        for position in list {
            let schema = program.operands.schemas[position]
            switch quick(schema, instance, length: length + 1, depth: depth, spent: &spent) {
            case .valid: return .valid
            case .invalid: continue
            case .unknown: return .unknown
            }
        }
        return violation(length, &spent)
    }

    /// `properties`: each named member below the keyword and its name.
    private func quickProperties(_ table: Int, _ instance: Value, length: Int, depth: Int, spent: inout Int)
        -> QuickOutcome
    {
        guard case .object(let members) = instance else { return .valid }
        let schemas = program.operands.tables[table]
        // By position in the object's own arrays: iterating the object copied each member, name and value.
        let names = members.keys.elements
        let values = members.values.elements
        for index in names.indices {
            guard let schema = schemas.value(for: names[index]) else { continue }
            let outcome = quick(schema, values[index], length: length + 2, depth: depth, spent: &spent)
            if outcome != .valid { return outcome }
        }
        return .valid
    }

    /// `additionalProperties`: each member neither named nor matched, below the keyword.
    private func quickAdditionalProperties(
        _ schema: Int, _ named: Int, _ patterns: Range<Int>, _ instance: Value, length: Int, depth: Int,
        spent: inout Int
    ) -> QuickOutcome {
        guard case .object(let members) = instance else { return .valid }
        let named = program.operands.tables[named]
        for (name, member) in members {
            guard !named.contains(name), !program.operands.patterns[patterns].contains(where: { $0.matches(name) })
            else { continue }
            let outcome = quick(schema, member, length: length + 1, depth: depth, spent: &spent)
            if outcome != .valid { return outcome }
        }
        return .valid
    }

    /// `propertyNames`: each name probed below the keyword, a violation of the keyword for the first that fails.
    private func quickPropertyNames(_ schema: Int, _ instance: Value, length: Int, depth: Int, spent: inout Int)
        -> QuickOutcome
    {
        guard case .object(let members) = instance else { return .valid }
        for name in members.keys {
            switch quick(schema, .string(name), length: length + 1, depth: depth, spent: &spent) {
            case .valid: continue
            case .invalid: return violation(length, &spent)
            case .unknown: return .unknown
            }
        }
        return .valid
    }

    /// `prefixItems`: each item with a schema, below the keyword and the item's index.
    private func quickPrefixItems(_ schemas: Range<Int>, _ instance: Value, length: Int, depth: Int, spent: inout Int)
        -> QuickOutcome
    {
        guard case .array(let elements) = instance else { return .valid }
        for (index, position) in zip(elements.indices, schemas) {
            let schema = program.operands.schemas[position]
            let outcome = quick(schema, elements[index], length: length + 2, depth: depth, spent: &spent)
            if outcome != .valid { return outcome }
        }
        return .valid
    }

    /// `items`: each item after the prefix, below the keyword.
    private func quickItems(
        _ prefixCount: Int, _ schema: Int, _ instance: Value, length: Int, depth: Int, spent: inout Int
    ) -> QuickOutcome {
        guard case .array(let elements) = instance else { return .valid }
        for index in elements.indices.dropFirst(prefixCount) {
            let outcome = quick(schema, elements[index], length: length + 1, depth: depth, spent: &spent)
            if outcome != .valid { return outcome }
        }
        return .valid
    }

    /// `dependentRequired`: every missing name is a violation, failing fast or not.
    private func quickDependentRequired(_ pairs: Int, _ instance: Value, length: Int, spent: inout Int)
        -> QuickOutcome
    {
        guard case .object(let members) = instance else { return .valid }
        var outcome = QuickOutcome.valid
        for (trigger, names) in program.operands.dependentRequired[pairs] where members[trigger] != nil {
            for name in names where members[name] == nil {
                outcome = violation(length, &spent)
                if outcome == .unknown { return .unknown }
            }
        }
        return outcome
    }

    /// A violation of a keyword of the schema object whose keyword path has `length` steps: counted as
    /// ``report(_:_:sibling:at:missing:)`` counts it, `.unknown` when that is more steps than are left.
    private func violation(_ length: Int, _ spent: inout Int) -> QuickOutcome {
        spent += length + 2
        return spent <= steps ? .invalid : .unknown
    }
}
