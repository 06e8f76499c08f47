import DGLintModel

extension Evaluation {
    /// Applies one compiled keyword to `instance`; `annotations` is the enclosing schema object's accumulator.
    func apply(_ check: Check, to instance: Value, _ annotations: inout Annotations) -> Bool {
        switch check {
        case .ref(let target):
            return evaluate(target, instance, &annotations)
        case .dynamicRef(let anchor, let initial):
            let target = scope.lazy.compactMap { self.program.dynamicAnchors[$0][anchor] }.first ?? initial
            return evaluate(target, instance, &annotations)
        case .allOf(let list):
            var valid = true
            for (index, schema) in list.enumerated()
            where !evaluateInPlace(schema, instance, &annotations, keyword: String(index)) {
                valid = false
                if failFast { break }
            }
            return valid
        case .anyOf(let list):
            var matched = false
            for schema in list where probe(schema, instance, &annotations) {
                matched = true
                if !program.collectsAnnotations { break }
            }
            if !matched { report("anyOf", Messages.noAlternative(list.count)) }
            return matched
        case .oneOf(let list):
            return applyOneOf(list, instance, &annotations)
        case .not(let schema):
            var ignored = Annotations()
            guard probe(schema, instance, &ignored) else { return true }
            report("not", Messages.matchesNot)
            return false
        case .conditional(let condition, let then, let otherwise):
            var found = Annotations()
            let holds = probe(condition, instance, &found)
            if holds { annotations.merge(found) }
            guard let branch = holds ? then : otherwise else { return true }
            return evaluateSibling(branch, instance, &annotations, keyword: holds ? "then" : "else")
        case .dependentSchemas(let pairs):
            guard case .object(let members) = instance else { return true }
            var valid = true
            for (name, schema) in pairs where members[name] != nil {
                if !evaluateInPlace(schema, instance, &annotations, keyword: name) {
                    valid = false
                    if failFast { break }
                }
            }
            return valid
        case .unevaluatedItems(let schema):
            guard case .array(let elements) = instance else { return true }
            var valid = true
            for (index, element) in elements.enumerated() where !annotations.isItemEvaluated(index) {
                if !evaluateChild(schema, element, at: .index(index)) {
                    valid = false
                    if failFast { break }
                }
            }
            annotations.allItems = true
            return valid
        case .unevaluatedProperties(let schema):
            guard case .object(let members) = instance else { return true }
            var valid = true
            for (name, member) in members where !annotations.properties.contains(name) {
                if !evaluateChild(schema, member, at: .key(name)) {
                    valid = false
                    if failFast { break }
                }
            }
            annotations.properties.formUnion(members.keys)
            return valid
        case .prefixItems, .items, .contains:
            return applyArray(check, instance, &annotations)
        case .properties, .patternProperties, .additionalProperties, .propertyNames:
            return applyObject(check, instance, &annotations)
        default:
            return applyAssertion(check, to: instance)
        }
    }

    private func applyOneOf(_ list: [Int], _ instance: Value, _ annotations: inout Annotations) -> Bool {
        var matches: [Int] = []
        var found = Annotations()
        for (index, schema) in list.enumerated() where probe(schema, instance, &found) {
            matches.append(index)
            if matches.count > 1 { break }
        }
        if matches.count == 1 {
            annotations.merge(found)
            return true
        }
        report("oneOf", matches.isEmpty ? Messages.noAlternative(list.count) : Messages.severalAlternatives(matches))
        return false
    }

    /// Evaluates `index` in place under the sibling keyword `keyword` (`then`, `else`) instead of the current one.
    private func evaluateSibling(
        _ index: Int, _ instance: Value, _ annotations: inout Annotations, keyword: String
    ) -> Bool {
        let current = keywordPath.removeLast()
        keywordPath.append(keyword)
        let valid = evaluate(index, instance, &annotations)
        keywordPath.removeLast()
        keywordPath.append(current)
        return valid
    }

    private func applyArray(_ check: Check, _ instance: Value, _ annotations: inout Annotations) -> Bool {
        guard case .array(let elements) = instance else { return true }
        var valid = true
        switch check {
        case .prefixItems(let schemas):
            for (index, schema) in zip(elements.indices, schemas)
            where !evaluateChild(
                schema, elements[index], at: .index(index), keyword: String(index))
            {
                valid = false
                if failFast { break }
            }
            annotations.itemsPrefix = max(annotations.itemsPrefix, min(schemas.count, elements.count))
        case .items(let prefixCount, let schema):
            for index in elements.indices.dropFirst(prefixCount)
            where !evaluateChild(schema, elements[index], at: .index(index)) {
                valid = false
                if failFast { break }
            }
            annotations.allItems = true
        case .contains(let schema, let minimum, let maximum, let minExplicit):
            var count = 0
            for (index, element) in elements.enumerated() {
                var ignored = Annotations()
                guard probe(schema, element, &ignored) else { continue }
                count += 1
                annotations.items.insert(index)
            }
            if count < minimum {
                let keyword = minExplicit ? "minContains" : "contains"
                report(keyword, Messages.containsTooFew(minimum, found: count), sibling: minExplicit)
                valid = false
            }
            if let maximum, count > maximum {
                report("maxContains", Messages.containsTooMany(maximum, found: count), sibling: true)
                valid = false
            }
        default:
            break
        }
        return valid
    }

    private func applyObject(_ check: Check, _ instance: Value, _ annotations: inout Annotations) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for (name, member) in members {
            switch check {
            case .properties(let named):
                guard let schema = named[name] else { continue }
                annotations.properties.insert(name)
                if !evaluateChild(schema, member, at: .key(name), keyword: name) { valid = false }
            case .patternProperties(let pairs):
                for (regex, schema) in pairs where regex.matches(name) {
                    annotations.properties.insert(name)
                    if !evaluateChild(schema, member, at: .key(name), keyword: regex.source) { valid = false }
                }
            case .additionalProperties(let schema, let named, let patterns):
                guard !named.contains(name), !patterns.contains(where: { $0.matches(name) }) else { continue }
                annotations.properties.insert(name)
                if !evaluateChild(schema, member, at: .key(name)) { valid = false }
            case .propertyNames(let schema):
                var ignored = Annotations()
                if !probe(schema, .string(name), &ignored) {
                    report("propertyNames", Messages.badPropertyName(name), at: .key(name))
                    valid = false
                }
            default:
                break
            }
            if !valid, failFast { break }
        }
        return valid
    }
}
