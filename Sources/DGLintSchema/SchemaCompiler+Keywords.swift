import DGLintModel

/// Which of the compiler's functions handles a keyword.
enum KeywordFamily: Sendable, Equatable {
    case core, applicator, unevaluated, validation, format
}

extension SchemaCompiler {
    /// Every keyword the compiler handles, by the function that handles it (the cases of the `switch` of
    /// `compileCore`, `compileApplicator` and `compileValidation`, `unevaluated*` and `format`); any other member of
    /// a schema object compiles to nothing. Compiling reads ``Keyword/family`` after one look-up in
    /// ``Keyword/named``; this table is the same, by name.
    static let keywordFamilies: [String: KeywordFamily] = Dictionary(
        uniqueKeysWithValues: Keyword.allCases.compactMap { keyword in keyword.family.map { (keyword.rawValue, $0) } })

    /// Compiles the keywords of a schema object in the order written, `unevaluated*` last (they depend on what
    /// every other keyword evaluated). Keywords of vocabularies the dialect leaves out, and unknown keywords, are
    /// ignored.
    mutating func compileKeywords(
        _ schema: Value, at key: LocationKey, info: LocationInfo
    ) throws(SchemaError) -> [CompiledKeyword] {
        guard case .object(let members) = schema else { return [] }
        var keywords: [CompiledKeyword] = []
        var unevaluated: [CompiledKeyword] = []
        let dialect = info.dialect
        for (name, value) in members {
            guard let keyword = Keyword.named[name], let family = keyword.family else { continue }
            switch family {
            case .core:
                if let check = try compileCore(name, value, at: key, info: info) {
                    keywords.append(CompiledKeyword(name: keyword, check: check))
                }
            case .applicator:
                if dialect.applicator, let check = try compileApplicator(name, value, in: schema, at: key, info) {
                    keywords.append(CompiledKeyword(name: keyword, check: check))
                }
            case .unevaluated:
                if dialect.unevaluated {
                    let schema = try subschema(key, name)
                    let check: Check =
                        name == "unevaluatedItems" ? .unevaluatedItems(schema) : .unevaluatedProperties(schema)
                    unevaluated.append(CompiledKeyword(name: keyword, check: check))
                }
            case .validation:
                if dialect.validation, let check = try compileValidation(name, value, at: key) {
                    keywords.append(CompiledKeyword(name: keyword, check: check))
                }
            case .format:
                guard case .string(let format) = value else { throw error("'format' must be a string", at: key, name) }
                if options.assertFormat || dialect.formatAssertion, let known = FormatName(rawValue: format) {
                    keywords.append(CompiledKeyword(name: keyword, check: .format(known)))
                }
            }
        }
        return keywords + unevaluated
    }

    private mutating func compileCore(
        _ name: String, _ value: Value, at key: LocationKey, info: LocationInfo
    ) throws(SchemaError) -> Check? {
        switch name {
        case "$ref", "$dynamicRef":
            guard case .string(let reference) = value else {
                throw error("'\(name)' must be a URI reference string", at: key, name)
            }
            let target = try resolve(reference, from: key, info: info, keyword: name)
            let index = reserve(target.key)
            if name == "$dynamicRef", let anchor = target.fragment,
                registry.value(at: target.key)?["$dynamicAnchor"] == .string(anchor)
            {
                return .dynamicRef(anchor: Operands.add(anchor, to: &operands.strings), initial: index)
            }
            return .ref(index)
        case "$defs":
            guard case .object = value else { throw error("'$defs' must be an object of schemas", at: key, name) }
            return nil
        default:
            return nil
        }
    }

    private mutating func compileApplicator(
        _ name: String, _ value: Value, in schema: Value, at key: LocationKey, _ info: LocationInfo
    ) throws(SchemaError) -> Check? {
        switch name {
        case "allOf", "anyOf", "oneOf", "prefixItems":
            guard case .array(let list) = value, !list.isEmpty else {
                throw error("'\(name)' must be a non-empty array of schemas", at: key, name)
            }
            var schemas: [Int] = []
            for index in list.indices { schemas.append(try subschema(key, name, String(index))) }
            let indices = Operands.run(schemas, in: &operands.schemas)
            switch name {
            case "allOf": return .allOf(indices)
            case "anyOf": return .anyOf(indices)
            case "oneOf": return .oneOf(indices)
            default: return .prefixItems(indices)
            }
        case "not":
            return .not(try subschema(key, name))
        case "if":
            let then = schema["then"] == nil ? nil : try subschema(key, "then")
            let otherwise = schema["else"] == nil ? nil : try subschema(key, "else")
            return .conditional(condition: try subschema(key, name), then: then, else: otherwise)
        case "dependentSchemas":
            guard case .object(let map) = value else {
                throw error("'\(name)' must be an object of schemas", at: key, name)
            }
            var pairs: [(name: String, schema: Int)] = []
            for property in map.keys { pairs.append((property, try subschema(key, name, property))) }
            return .dependentSchemas(Operands.add(pairs, to: &operands.dependentSchemas))
        case "items":
            return .items(prefixCount: schema["prefixItems"]?.arrayValue?.count ?? 0, schema: try subschema(key, name))
        case "contains":
            var minimum = 1
            var maximum: Int?
            if info.dialect.validation {
                if let value = schema["minContains"] { minimum = try nonNegativeInteger(value, at: key, "minContains") }
                if let value = schema["maxContains"] { maximum = try nonNegativeInteger(value, at: key, "maxContains") }
            }
            return .contains(
                schema: try subschema(key, name), min: minimum, max: maximum,
                minExplicit: info.dialect.validation && schema["minContains"] != nil)
        case "properties":
            guard case .object(let map) = value else {
                throw error("'\(name)' must be an object of schemas", at: key, name)
            }
            var schemas: [(name: String, value: Int)] = []
            for property in map.keys { schemas.append((property, try subschema(key, name, property))) }
            return .properties(Operands.add(NameTable(schemas), to: &operands.tables))
        case "patternProperties":
            return .patternProperties(Operands.run(try patternSchemas(value, at: key), in: &operands.patternSchemas))
        case "additionalProperties":
            let named = NameTable(names: schema["properties"]?.objectValue?.keys.map { $0 } ?? [])
            var patterns: [PatternRegex] = []
            if let map = schema["patternProperties"]?.objectValue {
                for pattern in map.keys { patterns.append(try regex(pattern, at: key, "patternProperties", pattern)) }
            }
            return .additionalProperties(
                schema: try subschema(key, name), named: Operands.add(named, to: &operands.tables),
                patterns: Operands.run(patterns, in: &operands.patterns))
        case "propertyNames":
            return .propertyNames(try subschema(key, name))
        default:
            return nil
        }
    }

    private mutating func patternSchemas(_ value: Value, at key: LocationKey) throws(SchemaError) -> [(
        regex: PatternRegex, schema: Int
    )] {
        guard case .object(let map) = value else {
            throw error("'patternProperties' must be an object of schemas", at: key, "patternProperties")
        }
        var pairs: [(regex: PatternRegex, schema: Int)] = []
        for pattern in map.keys {
            let compiled = try regex(pattern, at: key, "patternProperties", pattern)
            pairs.append((compiled, try subschema(key, "patternProperties", pattern)))
        }
        return pairs
    }

    /// A keyword value that must be an integer ≥ 0 (`2.0` counts as 2).
    func nonNegativeInteger(_ value: Value, at key: LocationKey, _ name: String) throws(SchemaError) -> Int {
        switch value {
        case .int(let i) where i >= 0: return i
        case .double(let d) where d >= 0 && d.rounded(.towardZero) == d:
            return d < 0x1p62 ? Int(d) : Int.max
        default:
            throw error("'\(name)' must be a non-negative integer, found \(value.jsonText())", at: key, name)
        }
    }
}
