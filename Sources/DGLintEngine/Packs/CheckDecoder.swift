import DGLintModel

/// Decodes one check of a rule (`field`, `function`, `with`), validating the options against the
/// function's declaration and compiling it.
struct CheckDecoder {
    var registry: FunctionRegistry
    var resources: ResourceLoader?
    var collector: DiagnosticCollector

    func decode(_ node: DecodingNode, what: String) -> Check? {
        guard
            node.checkMapping(
                collector, what: what, allowed: ["field", "function", "with"], required: ["function"], code: "pack")
        else { return nil }
        let field =
            node.child("field").map { ConditionDecoder.field($0, collector, what: "the 'field' of \(what)") }
            ?? .current
        guard let functionNode = node.child("function"),
            let name = functionNode.string(collector, what: "the 'function' of \(what)", code: "pack")
        else { return nil }
        guard let definition = registry[name] else {
            collector.error(
                "pack.unknown-function",
                "unknown function '\(name)'" + Suggestion.didYouMean(name, among: registry.names)
                    + " (`dglint rules functions` lists them all)", at: functionNode.location)
            return nil
        }
        let optionsNode = node.child("with")
        guard let options = validateOptions(optionsNode, definition.declaration, node: node) else { return nil }
        do {
            let function = try definition.compile(options)
            guard let field else { return nil }
            return Check(field: field, functionName: name, function: function, options: optionsNode?.value ?? [:])
        } catch {
            let optionNode = error.option.flatMap { optionsNode?.child($0) }
            let location =
                optionNode.map { node in error.offset.map(node.location(atOffset:)) ?? node.location }
                ?? optionsNode?.location ?? functionNode.location
            collector.error("pack.options", "the options of '\(name)': \(error.message)", at: location)
            return nil
        }
    }

    /// Checks names and types of the options against `declaration.options`; nil after reporting.
    private func validateOptions(_ node: DecodingNode?, _ declaration: FunctionDeclaration, node check: DecodingNode)
        -> FunctionOptions?
    {
        let schema = declaration.options
        let name = declaration.name
        guard let node else {
            if !schema.required.isEmpty || !schema.atLeastOneOf.isEmpty {
                let needed = (schema.required + schema.atLeastOneOf.flatMap { $0 }).map { "'\($0)'" }.joined(
                    separator: ", ")
                collector.error(
                    "pack.options", "the function '\(name)' needs options (\(needed)); add them under 'with'",
                    at: check.location)
                return nil
            }
            return FunctionOptions(resources: resources)
        }
        let allowed = schema.properties.map(\.name)
        guard
            node.checkMapping(
                collector, what: "the options ('with') of '\(name)'", allowed: allowed, required: schema.required,
                code: "pack")
        else { return nil }
        let before = collector.diagnostics.count
        var values: [String: Value] = [:]
        for (key, option) in node.members {
            guard let property = schema.property(key) else { continue }
            if let problem = Self.mismatch(option.value, property.type) {
                collector.error(
                    "pack.options",
                    "the option '\(key)' of '\(name)' must be \(property.type.description), but it \(problem)",
                    at: option.location)
            }
            values[key] = option.value
        }
        for group in schema.atLeastOneOf where !group.contains(where: { values[$0] != nil }) {
            collector.error(
                "pack.options",
                "the function '\(name)' needs one of " + group.map { "'\($0)'" }.joined(separator: ", "),
                at: node.location)
        }
        for group in schema.mutuallyExclusive {
            let given = group.filter { values[$0] != nil }
            if given.count > 1 {
                collector.error(
                    "pack.options",
                    "the options " + given.map { "'\($0)'" }.joined(separator: " and ")
                        + " of '\(name)' cannot be used together",
                    at: node.location)
            }
        }
        return collector.diagnostics.count == before ? FunctionOptions(values, resources: resources) : nil
    }

    /// Why `value` is not of `type`, or nil when it is.
    static func mismatch(_ value: Value, _ type: OptionType) -> String? {
        let found = "is \(DecodingNode.describe(value.kind))"
        switch type {
        case .any: return nil
        case .string, .field, .regex: return value.stringValue == nil ? found : nil
        case .boolean: return value.boolValue == nil ? found : nil
        case .integer: return value.intValue == nil || !value.isNumber ? found : nil
        case .count:
            guard value.isNumber, let count = value.intValue else { return found }
            return count < 0 ? "is \(count), which is negative" : nil
        case .number: return value.isNumber || value.stringValue != nil ? nil : found
        case .oneOf(let choices):
            guard let text = value.stringValue else { return found }
            return choices.contains(text) ? nil : "is '\(text)'" + Suggestion.didYouMean(text, among: choices)
        case .list(let element):
            let items = value.arrayValue ?? (value.stringValue != nil ? [value] : nil)
            guard let items else { return found }
            for (index, item) in items.enumerated() {
                if let problem = mismatch(item, element) { return "has an entry \(index + 1) that \(problem)" }
            }
            return nil
        }
    }
}
