public import DGLintModel

/// Turns a pack's parsed `pack.yaml` (and the rule files it includes) into a ``Pack``, checking
/// everything: keys, types, ids, JSONPaths, functions and their options, message templates, references.
///
/// The decoder reads no files: whoever calls it parses the documents and resolves `include` patterns.
public struct PackDecoder: Sendable {
    public var registry: FunctionRegistry
    public var engineVersion: SemanticVersion
    /// Makes the definitions of functions a pack declares under `functions:`; nil when this program runs no
    /// plugins (such a pack is then an error).
    public var plugins: (any PluginFunctionFactory)?

    public init(
        registry: FunctionRegistry, engineVersion: SemanticVersion, plugins: (any PluginFunctionFactory)? = nil
    ) {
        self.registry = registry
        self.engineVersion = engineVersion
        self.plugins = plugins
    }

    /// Resolves one `include` pattern (relative to the pack folder) to parsed documents, or explains why not.
    public typealias IncludeResolver = (String) -> Result<[SourceDocument], IncludeError>

    /// Why an include pattern could not be resolved, in a sentence.
    public struct IncludeError: Error, Sendable {
        public var message: String
        public var diagnostics: [Diagnostic]

        public init(_ message: String, diagnostics: [Diagnostic] = []) {
            self.message = message
            self.diagnostics = diagnostics
        }
    }

    static let manifestKeys = [
        "pack", "version", "engine", "title", "description", "depends", "when", "references", "include", "data",
        "functions", "rules",
    ]

    /// Decodes a pack; the pack is nil when any error was found, and the diagnostics list them all
    /// (warnings too).
    public func decode(
        manifest: SourceDocument, folderName: String, folder: String, digest: PackDigest,
        include: IncludeResolver, resources: ResourceLoader? = nil
    ) -> (pack: Pack?, diagnostics: [Diagnostic]) {
        let collector = DiagnosticCollector()
        let root = DecodingNode(document: manifest)
        let code = "pack"
        guard
            root.checkMapping(
                collector, what: "pack.yaml", allowed: Self.manifestKeys, required: ["pack", "version", "title"],
                code: code)
        else { return (nil, collector.diagnostics) }

        let id = root.child("pack").flatMap { decodeID($0, folderName: folderName, collector) }
        let version = root.child("version").flatMap { node -> SemanticVersion? in
            guard let text = node.string(collector, what: "'version'", code: code) else { return nil }
            guard let version = SemanticVersion(text) else {
                collector.error(
                    "pack.version", "'version' is '\(text)', which is not a semantic version such as 1.0.0",
                    at: node.location)
                return nil
            }
            return version
        }
        let engine = root.child("engine").flatMap { decodeEngine($0, collector) }
        let title = root.child("title")?.localizedText(collector, what: "the pack's 'title'", code: code)
        let description = root.child("description")?.localizedText(
            collector, what: "the pack's 'description'", code: code)
        let depends = root.child("depends")?.strings(collector, what: "'depends'", code: code) ?? []
        let when = root.child("when").flatMap { ConditionDecoder.decode($0, collector, what: "the pack's 'when'") }
        let references = root.child("references").map { decodeReferences($0, collector) } ?? [:]
        let data = root.child("data").map { decodeData($0, include: include, collector) } ?? [:]
        let (plugins, pluginFunctions) =
            root.child("functions").map {
                PluginDecoder(
                    pack: id ?? folderName, folder: folder, registry: registry, factory: self.plugins,
                    collector: collector
                ).decode($0)
            } ?? (nil, [])

        var ruleNodes: [(key: String, node: DecodingNode)] = []
        if let rules = root.child("rules"),
            rules.checkMapping(collector, what: "'rules'", allowed: rules.members.map(\.key), code: code)
        {
            ruleNodes += rules.members
        }
        if let includeNode = root.child("include") {
            ruleNodes += includedRules(includeNode, include: include, collector)
        }

        let context = RuleDecoder(
            pack: id ?? folderName, packVersion: version?.description ?? "0.0.0", references: references,
            registry: registry.merging(pluginFunctions), resources: resources, collector: collector)
        var rules: [Rule] = []
        var seen: [String: SourceLocation] = [:]
        for (ruleID, node) in ruleNodes {
            if let first = seen[ruleID] {
                collector.error(
                    "pack.duplicate-rule",
                    "rule id '\(ruleID)' is defined twice in this pack; give each rule its own id",
                    at: node.keyLocation, notes: [Diagnostic.Note("first defined here", at: first)])
                continue
            }
            seen[ruleID] = node.keyLocation
            if let rule = context.decode(id: ruleID, node) { rules.append(rule) }
        }
        warnAboutUnusedReferences(references, rules: rules, root: root, collector)
        if ruleNodes.isEmpty {
            collector.warning("pack.no-rules", "the pack defines no rules", at: root.location)
        }

        guard !collector.hasErrors, let id, let version, let title else { return (nil, collector.diagnostics) }
        var pack = Pack(
            id: id, version: version, engine: engine, title: title, description: description, depends: depends,
            when: when, references: references, data: data, rules: rules, folder: folder, digest: digest,
            location: root.child("pack")?.location ?? root.location)
        pack.plugins = plugins
        return (pack, collector.diagnostics)
    }

    private func decodeID(_ node: DecodingNode, folderName: String, _ collector: DiagnosticCollector) -> String? {
        guard let id = node.string(collector, what: "'pack'", code: "pack") else { return nil }
        let valid =
            id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && id.first?.isLetter == true
        guard valid else {
            collector.error(
                "pack.id", "the pack id '\(id)' may only use lowercase letters, digits and '-', starting with a letter",
                at: node.location)
            return nil
        }
        guard id == folderName else {
            collector.error(
                "pack.id", "the pack id '\(id)' must equal its folder name '\(folderName)'; rename one of them",
                at: node.location)
            return nil
        }
        return id
    }

    private func decodeEngine(_ node: DecodingNode, _ collector: DiagnosticCollector) -> VersionRequirement? {
        guard let text = node.string(collector, what: "'engine'", code: "pack") else { return nil }
        let requirement: VersionRequirement
        do {
            requirement = try VersionRequirement(text)
        } catch {
            collector.error(
                "pack.engine",
                "'engine' has '\(error.part)', which is not a version requirement such as \">=0.1.0\" or \"^1.2\"",
                at: node.location)
            return nil
        }
        if !requirement.isSatisfied(by: engineVersion) {
            collector.error(
                "pack.engine",
                "this pack needs dglint \(text), but this is dglint \(engineVersion); use a matching dglint or pack version",
                at: node.location)
        }
        return requirement
    }

    private func decodeReferences(_ node: DecodingNode, _ collector: DiagnosticCollector) -> [String: Reference] {
        guard node.checkMapping(collector, what: "'references'", allowed: node.members.map(\.key), code: "pack") else {
            return [:]
        }
        var references: [String: Reference] = [:]
        for (key, entry) in node.members {
            let what = "reference '\(key)'"
            guard
                entry.checkMapping(collector, what: what, allowed: ["title", "url"], required: ["title"], code: "pack")
            else { continue }
            let title = entry.child("title")?.localizedText(collector, what: "the title of \(what)", code: "pack")
            let url = entry.child("url")?.string(collector, what: "the url of \(what)", code: "pack")
            if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")), let urlNode = entry.child("url") {
                collector.error(
                    "pack.url", "the url of \(what) must start with https:// or http://", at: urlNode.location)
            }
            if let title { references[key] = Reference(key: key, title: title, url: url) }
        }
        return references
    }

    /// The pack's `data`: each entry a file of the pack (`sectors: data/sectors.yaml`) or a value given inline.
    private func decodeData(
        _ node: DecodingNode, include: IncludeResolver, _ collector: DiagnosticCollector
    ) -> [String: Value] {
        guard node.checkMapping(collector, what: "'data'", allowed: node.members.map(\.key), code: "pack") else {
            return [:]
        }
        var data: [String: Value] = [:]
        for (name, entry) in node.members {
            guard case .string(let path) = entry.value,
                path.hasSuffix(".yaml") || path.hasSuffix(".yml") || path.hasSuffix(".json")
            else {
                data[name] = entry.value
                continue
            }
            if path.hasPrefix("/") || path.split(separator: "/").contains("..") {
                collector.error(
                    "pack.data", "the data file '\(path)' is outside the pack folder; keep data files inside it",
                    at: entry.location)
                continue
            }
            switch include(path) {
            case .failure(let error):
                collector.error("pack.data", "the data file '\(path)': \(error.message)", at: entry.location)
                error.diagnostics.forEach(collector.add)
            case .success(let documents):
                data[name] = documents.first?.value ?? .null
            }
        }
        return data
    }

    private func includedRules(
        _ node: DecodingNode, include: IncludeResolver, _ collector: DiagnosticCollector
    ) -> [(key: String, node: DecodingNode)] {
        var result: [(key: String, node: DecodingNode)] = []
        let patterns = node.elements.isEmpty && node.value.stringValue != nil ? [node] : node.elements
        if node.value.arrayValue == nil && node.value.stringValue == nil {
            collector.error(
                "pack.type", "'include' must be a list of file patterns such as rules/*.yaml", at: node.location)
        }
        for patternNode in patterns {
            guard let pattern = patternNode.string(collector, what: "an 'include' pattern", code: "pack") else {
                continue
            }
            if pattern.hasPrefix("/") || pattern.split(separator: "/").contains("..") {
                collector.error(
                    "pack.include",
                    "the include '\(pattern)' points outside the pack folder; rule files must be inside it",
                    at: patternNode.location)
                continue
            }
            switch include(pattern) {
            case .failure(let error):
                collector.error("pack.include", "the include '\(pattern)': \(error.message)", at: patternNode.location)
                error.diagnostics.forEach(collector.add)
            case .success(let documents):
                for document in documents {
                    let fileRoot = DecodingNode(document: document)
                    guard
                        fileRoot.checkMapping(
                            collector, what: "the rule file", allowed: ["rules"], required: ["rules"], code: "pack"),
                        let rules = fileRoot.child("rules"),
                        rules.checkMapping(collector, what: "'rules'", allowed: rules.members.map(\.key), code: "pack")
                    else { continue }
                    result += rules.members
                }
            }
        }
        return result
    }

    private func warnAboutUnusedReferences(
        _ references: [String: Reference], rules: [Rule], root: DecodingNode, _ collector: DiagnosticCollector
    ) {
        let used = Set(
            rules.flatMap { $0.references.map { $0.key.split(separator: "#").first.map(String.init) ?? $0.key } })
        for key in references.keys.sorted() where !used.contains(key) {
            let location = root.document.keyLocation(of: [.key("references"), .key(key)])
            collector.warning("pack.unused-reference", "the reference '\(key)' is not cited by any rule", at: location)
        }
    }
}
