import DGLintModel

// The applicators that evaluate an array's items or an object's members.

extension Evaluation {
    /// `prefixItems`: each schema applies to the item at its index.
    /// `schemas` are positions in ``Operands/schemas``.
    mutating func applyPrefixItems(_ schemas: Range<Int>, _ instance: Value, _ annotations: inout Annotations) -> Bool {
        guard case .array(let elements) = instance else { return true }
        var valid = true
        for (index, position) in zip(elements.indices, schemas)
        where !evaluateChild(
            program.operands.schemas[position], elements[index], at: .item(index), keyword: .index(index))
        {
            valid = false
            if failFast { break }
        }
        if annotating { annotations.itemsPrefix = max(annotations.itemsPrefix, min(schemas.count, elements.count)) }
        return valid
    }

    /// `items`: the schema applies to every item after those `prefixItems` covers.
    mutating func applyItems(_ prefixCount: Int, _ schema: Int, _ instance: Value, _ annotations: inout Annotations)
        -> Bool
    {
        guard case .array(let elements) = instance else { return true }
        var valid = true
        for index in elements.indices.dropFirst(prefixCount)
        where !evaluateChild(schema, elements[index], at: .item(index)) {
            valid = false
            if failFast { break }
        }
        annotations.allItems = true
        return valid
    }

    /// `contains` with `minContains`/`maxContains`: counts the items that match.
    mutating func applyContains(
        _ schema: Int, _ minimum: Int, _ maximum: Int?, _ minExplicit: Bool, _ instance: Value,
        _ annotations: inout Annotations
    ) -> Bool {
        guard case .array(let elements) = instance else { return true }
        var count = 0
        for (index, element) in elements.enumerated() {
            var ignored = Annotations()
            guard probe(schema, element, &ignored) else { continue }
            count += 1
            if annotating { annotations.items.insert(index) }
        }
        var valid = true
        if count < minimum {
            let keyword = minExplicit ? "minContains" : "contains"
            report(keyword, Messages.containsTooFew(minimum, found: count), sibling: minExplicit)
            valid = false
        }
        if let maximum, count > maximum {
            report("maxContains", Messages.containsTooMany(maximum, found: count), sibling: true)
            valid = false
        }
        return valid
    }

    /// `properties`: each named member is evaluated against its schema.
    mutating func applyProperties(_ table: Int, _ instance: Value, _ annotations: inout Annotations) -> Bool {
        guard case .object(let members) = instance else { return true }
        let schemas = program.operands.tables[table]
        var valid = true
        for (position, (name, member)) in members.enumerated() {
            guard let schema = schemas.value(for: name) else { continue }
            if annotating { annotations.properties.insert(name) }
            if !evaluateChild(schema, member, at: .member(position), keyword: .member(depth: instanceSteps.count)) {
                valid = false
                if failFast { break }
            }
        }
        return valid
    }

    /// `patternProperties`: members whose names match a pattern are evaluated against its schema.
    mutating func applyPatternProperties(_ pairs: Range<Int>, _ instance: Value, _ annotations: inout Annotations)
        -> Bool
    {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for (member, (name, value)) in members.enumerated() {
            for position in pairs where program.operands.patternSchemas[position].regex.matches(name) {
                if annotating { annotations.properties.insert(name) }
                let schema = program.operands.patternSchemas[position].schema
                if !evaluateChild(schema, value, at: .member(member), keyword: .pattern(position)) { valid = false }
            }
            if !valid, failFast { break }
        }
        return valid
    }

    /// `additionalProperties`: members neither named in `properties` nor matched by `patternProperties`.
    mutating func applyAdditionalProperties(
        _ schema: Int, _ named: Int, _ patterns: Range<Int>, _ instance: Value, _ annotations: inout Annotations
    ) -> Bool {
        guard case .object(let members) = instance else { return true }
        let named = program.operands.tables[named]
        var valid = true
        for (position, (name, member)) in members.enumerated() {
            guard !named.contains(name), !program.operands.patterns[patterns].contains(where: { $0.matches(name) })
            else { continue }
            if annotating { annotations.properties.insert(name) }
            if !evaluateChild(schema, member, at: .member(position)) {
                valid = false
                if failFast { break }
            }
        }
        return valid
    }

    /// `propertyNames`: every member name, as a string, must match the schema.
    mutating func applyPropertyNames(_ schema: Int, _ instance: Value) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for name in members.keys {
            var ignored = Annotations()
            if !probe(schema, .string(name), &ignored) {
                report("propertyNames", Messages.badPropertyName(name), at: .key(name))
                valid = false
                if failFast { break }
            }
        }
        return valid
    }
}
