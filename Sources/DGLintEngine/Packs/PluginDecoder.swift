import DGLintModel

/// Decodes a pack's `functions:` — functions provided by external programs — and asks the
/// ``PluginFunctionFactory`` for their definitions.
///
/// ```yaml
/// functions:
///   thai-province:
///     command: [python3, functions/thai_address.py]
///     timeout: 2s
///     description: {th: …, en: …}
///     options:
///       fields: {type: list, description: the fields to look at}
/// ```
struct PluginDecoder {
    var pack: String
    var folder: String
    var registry: FunctionRegistry
    var factory: (any PluginFunctionFactory)?
    var collector: DiagnosticCollector

    static let functionKeys = ["command", "timeout", "description", "options"]
    static let optionKeys = ["type", "required", "description"]
    static let optionTypes = ["string", "boolean", "integer", "number", "list", "any"]
    static let defaultTimeout = 5.0
    static let maximumTimeout = 300.0

    /// The pack's plugin functions and their definitions; the definitions are empty after an error (every
    /// declared name still resolves, to a definition that cannot run, so rules do not add "unknown function").
    func decode(_ node: DecodingNode) -> (plugins: PackPlugins?, definitions: [FunctionDefinition]) {
        guard node.checkMapping(collector, what: "'functions'", allowed: node.members.map(\.key), code: "pack") else {
            return (nil, [])
        }
        let before = collector.diagnostics.count
        var specs: [PluginFunctionSpec] = []
        for (name, entry) in node.members {
            if let spec = decodeFunction(name: name, entry) { specs.append(spec) }
        }
        let plugins = PackPlugins(pack: pack, folder: folder, functions: specs, location: node.keyLocation)
        let stubs = node.members.filter { registry[$0.key] == nil }.map { member in
            Self.stub(
                specs.first { $0.name == member.key }?.declaration
                    ?? FunctionDeclaration(name: member.key, summary: LocalizedText(member.key), examples: []))
        }
        guard collector.diagnostics.count == before, !specs.isEmpty else { return (plugins, stubs) }
        guard let factory else {
            collector.error(
                "pack.plugins",
                "the pack '\(pack)' declares plugin functions, which this program cannot run; use the dglint command",
                at: node.keyLocation)
            return (plugins, stubs)
        }
        switch factory.definitions(for: plugins) {
        case .success(let definitions): return (plugins, definitions)
        case .failure(let refusal):
            collector.error("pack.plugins", refusal.message, at: node.keyLocation)
            return (plugins, stubs)
        }
    }

    private func decodeFunction(name: String, _ node: DecodingNode) -> PluginFunctionSpec? {
        let what = "the plugin function '\(name)'"
        let before = collector.diagnostics.count
        let validName =
            name.first.map { ("a"..."z").contains($0) } == true
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !validName {
            collector.error(
                "pack.function-name",
                "the function name '\(name)' may only use lowercase letters, digits and '-', starting with a letter",
                at: node.keyLocation)
        } else if registry[name] != nil {
            collector.error(
                "pack.function-name",
                "the plugin function '\(name)' has the name of a built-in function; give it a name of its own",
                at: node.keyLocation)
        }
        guard
            node.checkMapping(collector, what: what, allowed: Self.functionKeys, required: ["command"], code: "pack")
        else { return nil }
        let command = node.child("command").flatMap { decodeCommand($0, what: what) }
        let timeout = node.child("timeout").flatMap { decodeTimeout($0, what: what) } ?? Self.defaultTimeout
        let summary =
            node.child("description")?.localizedText(collector, what: "the 'description' of \(what)", code: "pack")
            ?? LocalizedText(
                th: "ฟังก์ชันจากโปรแกรมเสริมของชุดกฎ \(pack)", en: "a function provided by a program of the pack \(pack)")
        let options = node.child("options").map { decodeOptions($0, what: what) } ?? .none
        guard collector.diagnostics.count == before, let command else { return nil }
        let declaration = FunctionDeclaration(name: name, summary: summary, options: options, examples: [])
        return PluginFunctionSpec(
            declaration: declaration, command: command, timeout: timeout, location: node.keyLocation)
    }

    private func decodeCommand(_ node: DecodingNode, what: String) -> [String]? {
        guard let words = node.strings(collector, what: "the 'command' of \(what)", code: "pack") else { return nil }
        guard !words.isEmpty else {
            collector.error(
                "pack.command",
                "the 'command' of \(what) is empty; name the program, such as [python3, functions/x.py]",
                at: node.location)
            return nil
        }
        let nodes = node.elements.isEmpty ? [node] : node.elements
        var valid = true
        for (word, wordNode) in zip(words, nodes) where word.contains("/") {
            if word.hasPrefix("/") || word.hasPrefix("~") || word.split(separator: "/").contains("..") {
                collector.error(
                    "pack.command",
                    "'\(word)' in the 'command' of \(what) is outside the pack folder; keep the plugin's files inside "
                        + "the pack and name them relative to it (such as functions/check.py)",
                    at: wordNode.location)
                valid = false
            }
        }
        return valid ? words : nil
    }

    /// A duration such as `2s`, `1.5s`, `500ms`, or a number of seconds.
    private func decodeTimeout(_ node: DecodingNode, what: String) -> Double? {
        var seconds: Double?
        switch node.value {
        case .int(let i): seconds = Double(i)
        case .double(let d): seconds = d
        case .string(let text):
            if text.hasSuffix("ms") {
                seconds = Double(text.dropLast(2)).map { $0 / 1000 }
            } else if text.hasSuffix("s") {
                seconds = Double(text.dropLast())
            }
        default: break
        }
        guard let seconds, seconds.isFinite, seconds > 0, seconds <= Self.maximumTimeout else {
            let shown = node.value.stringValue ?? node.value.jsonText()
            collector.error(
                "pack.timeout",
                "the 'timeout' of \(what) is '\(shown)', which is not a duration such as 2s or 500ms "
                    + "(more than 0, at most \(Int(Self.maximumTimeout))s)", at: node.location)
            return nil
        }
        return seconds
    }

    private func decodeOptions(_ node: DecodingNode, what: String) -> OptionsSchema {
        guard
            node.checkMapping(
                collector, what: "the 'options' of \(what)", allowed: node.members.map(\.key), code: "pack")
        else { return .none }
        var properties: [OptionProperty] = []
        var required: [String] = []
        for (name, entry) in node.members {
            let optionWhat = "the option '\(name)' of \(what)"
            guard
                entry.checkMapping(
                    collector, what: optionWhat, allowed: Self.optionKeys, required: ["type"], code: "pack"),
                let typeName = entry.child("type")?.choice(
                    Self.optionTypes, collector, what: "the 'type' of \(optionWhat)", code: "pack")
            else { continue }
            let type: OptionType =
                switch typeName {
                case "string": .string
                case "boolean": .boolean
                case "integer": .integer
                case "number": .number
                case "list": .list(.any)
                default: .any
                }
            if let requiredNode = entry.child("required") {
                if let flag = requiredNode.value.boolValue {
                    if flag { required.append(name) }
                } else {
                    collector.error(
                        "pack.type", "the 'required' of \(optionWhat) must be true or false", at: requiredNode.location)
                }
            }
            let summary: String
            if let text = entry.child("description")?.value.stringValue {
                summary = text
            } else if let text = entry.child("description")?.localizedText(
                collector, what: "the 'description' of \(optionWhat)", code: "pack")
            {
                summary = text.en
            } else {
                summary = ""
            }
            properties.append(OptionProperty(name, type, summary))
        }
        return OptionsSchema(properties, required: required)
    }

    /// A definition that accepts any options and never runs: stands in for a function whose pack has errors.
    static func stub(_ declaration: FunctionDeclaration) -> FunctionDefinition {
        let name = declaration.name
        return FunctionDefinition(declaration) { _ throws(OptionError) in UnavailablePlugin(name: name) }
    }
}

/// The function of a pack that did not load; never evaluated, since such a pack is an error.
struct UnavailablePlugin: RuleFunction {
    var name: String

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        [
            FunctionResult(
                th: "ฟังก์ชันปลั๊กอิน '\(name)' ใช้งานไม่ได้", en: "the plugin function '\(name)' is not available")
        ]
    }
}
