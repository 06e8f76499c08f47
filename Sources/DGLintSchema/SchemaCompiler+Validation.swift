import DGLintModel

extension SchemaCompiler {
    /// Compiles a keyword of the validation vocabulary, checking its value's shape; nil for other keywords.
    mutating func compileValidation(_ name: String, _ value: Value, at key: LocationKey) throws(SchemaError) -> Check? {
        switch name {
        case "type":
            let types = try types(value, at: key)
            return types.count == 1 ? .type(types[0]) : .types(Operands.run(types, in: &operands.types))
        case "enum":
            guard case .array(let options) = value else { throw error("'enum' must be an array", at: key, name) }
            return .enumeration(Operands.run(options, in: &operands.values))
        case "const":
            return .constant(Operands.add(value, to: &operands.values))
        case "multipleOf":
            guard value.isNumber, NumberMath.compare(value, 0) == 1 else {
                throw error("'multipleOf' must be a number greater than 0, found \(value.jsonText())", at: key, name)
            }
            return .multipleOf(Operands.add(value, to: &operands.values))
        case "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum":
            guard value.isNumber, NumberMath.compare(value, value) != nil else {
                throw error("'\(name)' must be a number, found \(value.jsonText())", at: key, name)
            }
            let index = Operands.add(value, to: &operands.values)
            switch name {
            case "maximum": return .maximum(index)
            case "exclusiveMaximum": return .exclusiveMaximum(index)
            case "minimum": return .minimum(index)
            default: return .exclusiveMinimum(index)
            }
        case "maxLength": return .maxLength(try nonNegativeInteger(value, at: key, name))
        case "minLength": return .minLength(try nonNegativeInteger(value, at: key, name))
        case "maxItems": return .maxItems(try nonNegativeInteger(value, at: key, name))
        case "minItems": return .minItems(try nonNegativeInteger(value, at: key, name))
        case "maxProperties": return .maxProperties(try nonNegativeInteger(value, at: key, name))
        case "minProperties": return .minProperties(try nonNegativeInteger(value, at: key, name))
        case "minContains", "maxContains":
            _ = try nonNegativeInteger(value, at: key, name)
            return nil
        case "pattern":
            guard case .string(let pattern) = value else { throw error("'pattern' must be a string", at: key, name) }
            return .pattern(Operands.add(try regex(pattern, at: key, name), to: &operands.patterns))
        case "uniqueItems":
            guard case .bool(let unique) = value else {
                throw error("'uniqueItems' must be true or false", at: key, name)
            }
            return unique ? .uniqueItems : nil
        case "required":
            return .required(Operands.run(try strings(value, at: key, name), in: &operands.strings))
        case "dependentRequired":
            guard case .object(let map) = value else {
                throw error("'dependentRequired' must be an object of string arrays", at: key, name)
            }
            var pairs: [(name: String, required: [String])] = []
            for (property, names) in map { pairs.append((property, try strings(names, at: key, name, property))) }
            return .dependentRequired(Operands.add(pairs, to: &operands.dependentRequired))
        default:
            return nil
        }
    }

    private func types(_ value: Value, at key: LocationKey) throws(SchemaError) -> [JSONType] {
        let names: [Value]
        switch value {
        case .string: names = [value]
        case .array(let list) where !list.isEmpty: names = list
        default:
            throw error(
                "'type' must be a type name or a non-empty array of type names, found \(value.jsonText())", at: key,
                "type")
        }
        var types: [JSONType] = []
        for name in names {
            guard case .string(let text) = name, let type = JSONType(rawValue: text) else {
                let known = JSONType.allCases.map(\.rawValue).joined(separator: ", ")
                throw error("unknown type \(name.jsonText()); the types are \(known)", at: key, "type")
            }
            guard !types.contains(type) else { throw error("'type' lists \"\(text)\" twice", at: key, "type") }
            types.append(type)
        }
        return types
    }

    private func strings(_ value: Value, at key: LocationKey, _ tokens: String...) throws(SchemaError) -> [String] {
        let pointer = tokens.reduce(into: key.pointer) { out, token in out += "/" + JSONPointer.escape(token) }
        let location = LocationKey(document: key.document, pointer: pointer)
        guard case .array(let list) = value else {
            throw SchemaError(message: "expected an array of property names", schemaPath: registry.schemaPath(location))
        }
        var names: [String] = []
        for item in list {
            guard case .string(let name) = item else {
                throw SchemaError(
                    message: "expected an array of property names, found \(item.jsonText()) in it",
                    schemaPath: registry.schemaPath(location))
            }
            names.append(name)
        }
        return names
    }
}
