import DGLintModel

// Each applicator has its own small function, and `apply` only dispatches: evaluation recurses through these
// frames, and a single large switch would reserve stack for every case's locals at every level (notably in debug
// builds), cutting the nesting a thread's stack can hold several times over.

extension Evaluation {
    /// Applies one compiled keyword to `instance`; `annotations` is the enclosing schema object's accumulator.
    mutating func apply(_ check: Check, to instance: Value, _ annotations: inout Annotations) -> Bool {
        switch check {
        case .ref(let target): descend(target, instance, &annotations)
        case .dynamicRef(let anchor, let initial): applyDynamicRef(anchor, initial, instance, &annotations)
        case .allOf(let list): applyAllOf(list, instance, &annotations)
        case .anyOf(let list): applyAnyOf(list, instance, &annotations)
        case .oneOf(let list): applyOneOf(list, instance, &annotations)
        case .not(let schema): applyNot(schema, instance)
        case .conditional(let condition, let then, let otherwise):
            applyConditional(condition, then, otherwise, instance, &annotations)
        case .dependentSchemas(let pairs): applyDependentSchemas(pairs, instance, &annotations)
        case .prefixItems(let schemas): applyPrefixItems(schemas, instance, &annotations)
        case .items(let prefixCount, let schema): applyItems(prefixCount, schema, instance, &annotations)
        case .contains(let schema, let minimum, let maximum, let minExplicit):
            applyContains(schema, minimum, maximum, minExplicit, instance, &annotations)
        case .properties(let schemas): applyProperties(schemas, instance, &annotations)
        case .patternProperties(let pairs): applyPatternProperties(pairs, instance, &annotations)
        case .additionalProperties(let schema, let named, let patterns):
            applyAdditionalProperties(schema, named, patterns, instance, &annotations)
        case .propertyNames(let schema): applyPropertyNames(schema, instance)
        case .unevaluatedItems(let schema): applyUnevaluatedItems(schema, instance, &annotations)
        case .unevaluatedProperties(let schema): applyUnevaluatedProperties(schema, instance, &annotations)
        default: applyAssertion(check, to: instance)
        }
    }

    private mutating func applyDynamicRef(
        _ anchor: Int, _ initial: Int, _ instance: Value, _ annotations: inout Annotations
    ) -> Bool {
        let anchor = program.operands.strings[anchor]
        var target = initial
        for resource in scope {
            if let found = program.dynamicAnchors[resource][anchor] {
                target = found
                break
            }
        }
        return descend(target, instance, &annotations)
    }

    /// `list` and those of `anyOf` and `oneOf` are positions in ``Operands/schemas``.
    private mutating func applyAllOf(_ list: Range<Int>, _ instance: Value, _ annotations: inout Annotations) -> Bool {
        var valid = true
        for position in list
        where !evaluateInPlace(
            program.operands.schemas[position], instance, &annotations, keyword: .index(position - list.lowerBound))
        {
            valid = false
            if failFast { break }
        }
        return valid
    }

    private mutating func applyAnyOf(_ list: Range<Int>, _ instance: Value, _ annotations: inout Annotations) -> Bool {
        var matched = false
        for position in list where probe(program.operands.schemas[position], instance, &annotations) {
            matched = true
            // The other alternatives only add annotations: needless where none are collected.
            if !annotating { break }
        }
        if !matched { report("anyOf", Messages.noAlternative(list.count)) }
        return matched
    }

    private mutating func applyOneOf(_ list: Range<Int>, _ instance: Value, _ annotations: inout Annotations) -> Bool {
        var matches: [Int] = []
        var found = Annotations()
        for position in list where probe(program.operands.schemas[position], instance, &found) {
            matches.append(position - list.lowerBound)
            if matches.count > 1 { break }
        }
        if matches.count == 1 {
            annotations.merge(found)
            return true
        }
        report("oneOf", matches.isEmpty ? Messages.noAlternative(list.count) : Messages.severalAlternatives(matches))
        return false
    }

    private mutating func applyNot(_ schema: Int, _ instance: Value) -> Bool {
        var ignored = Annotations()
        guard probe(schema, instance, &ignored) else { return true }
        report("not", Messages.matchesNot)
        return false
    }

    private mutating func applyConditional(
        _ condition: Int, _ then: Int?, _ otherwise: Int?, _ instance: Value, _ annotations: inout Annotations
    ) -> Bool {
        var found = Annotations()
        let holds = probe(condition, instance, &found)
        if holds { annotations.merge(found) }
        guard let branch = holds ? then : otherwise else { return true }
        // Evaluated under the sibling keyword (`then`, `else`) instead of `if`.
        return descend(branch, instance, &annotations, as: holds ? .then : .else)
    }

    private mutating func applyDependentSchemas(_ entry: Int, _ instance: Value, _ annotations: inout Annotations)
        -> Bool
    {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for (index, (name, schema)) in program.operands.dependentSchemas[entry].enumerated() where members[name] != nil
        {
            if !evaluateInPlace(schema, instance, &annotations, keyword: .dependency(entry: entry, index: index)) {
                valid = false
                if failFast { break }
            }
        }
        return valid
    }

    private mutating func applyUnevaluatedItems(_ schema: Int, _ instance: Value, _ annotations: inout Annotations)
        -> Bool
    {
        guard case .array(let elements) = instance else { return true }
        var valid = true
        for (index, element) in elements.enumerated() where !annotations.isItemEvaluated(index) {
            if !evaluateChild(schema, element, at: .item(index)) {
                valid = false
                if failFast { break }
            }
        }
        annotations.allItems = true
        return valid
    }

    private mutating func applyUnevaluatedProperties(
        _ schema: Int, _ instance: Value, _ annotations: inout Annotations
    ) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for (position, (name, member)) in members.enumerated() where !annotations.properties.contains(name) {
            if !evaluateChild(schema, member, at: .member(position)) {
                valid = false
                if failFast { break }
            }
        }
        annotations.properties.formUnion(members.keys)
        return valid
    }
}
