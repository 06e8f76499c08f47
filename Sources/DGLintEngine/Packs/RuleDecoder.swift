import DGLintJSONPath
import DGLintModel

/// Decodes one rule of a pack.
struct RuleDecoder {
    var pack: String
    var packVersion: String
    var references: [String: Reference]
    var registry: FunctionRegistry
    var resources: ResourceLoader?
    var collector: DiagnosticCollector

    static let ruleKeys = [
        "name", "severity", "title", "message", "why", "fix", "references", "evidence", "tags", "when", "given", "then",
    ]

    func decode(id: String, _ node: DecodingNode) -> Rule? {
        let what = "rule \(id)"
        let errorsBefore = collector.diagnostics.count
        guard
            node.checkMapping(
                collector, what: what, allowed: Self.ruleKeys, required: ["severity", "title", "evidence", "then"],
                code: "pack")
        else { return nil }
        checkID(id, node)

        let name = node.child("name")?.string(collector, what: "the 'name' of \(what)", code: "pack") ?? id.lowercased()
        let severity = node.child("severity").flatMap { severityNode in
            severityNode.choice(
                Severity.allCases.reversed().map(\.rawValue), collector, what: "the 'severity' of \(what)", code: "pack"
            )
            .flatMap(Severity.init(rawValue:))
        }
        let title = node.child("title")?.localizedText(collector, what: "the 'title' of \(what)", code: "pack")
        let message = node.child("message").flatMap { decodeMessage($0, what: what) }
        let why = node.child("why")?.localizedText(collector, what: "the 'why' of \(what)", code: "pack")
        let fix = node.child("fix")?.localizedText(collector, what: "the 'fix' of \(what)", code: "pack")
        let evidence = node.child("evidence").flatMap {
            $0.choice(Evidence.allCases.map(\.rawValue), collector, what: "the 'evidence' of \(what)", code: "pack")
                .flatMap(Evidence.init(rawValue:))
        }
        let tags = node.child("tags")?.strings(collector, what: "the 'tags' of \(what)", code: "pack") ?? []
        let ruleReferences = node.child("references").map { decodeReferences($0, what: what) } ?? []
        let when = node.child("when").flatMap { ConditionDecoder.decode($0, collector, what: "the 'when' of \(what)") }
        let given = node.child("given").map { decodeGiven($0, what: what) } ?? [Self.rootQuery]
        let checks = node.child("then").map { decodeThen($0, what: what) } ?? []

        guard collector.diagnostics[errorsBefore...].allSatisfy({ $0.severity != .error }),
            let severity, let title, let evidence
        else { return nil }
        return Rule(
            id: id, name: name, pack: pack, packVersion: packVersion, severity: severity, title: title,
            message: message, why: why, fix: fix, references: ruleReferences, evidence: evidence, tags: tags,
            when: when, given: given, then: checks, location: node.keyLocation)
    }

    static let rootQuery: JSONPathQuery = {
        do { return try JSONPathQuery.parse("$") } catch { preconditionFailure("'$' is a valid JSONPath") }
    }()

    private func checkID(_ id: String, _ node: DecodingNode) {
        let scalars = Array(id.unicodeScalars)
        let allowed = scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        let shaped =
            allowed && scalars.first.map { ("A"..."Z").contains($0) } == true && id.contains("-")
            && !id.hasSuffix("-")
        if !shaped {
            collector.error(
                "pack.rule-id",
                "the rule id '\(id)' must be capital letters, digits and '-', such as PDPA-04",
                at: node.keyLocation)
        }
    }

    private func decodeMessage(_ node: DecodingNode, what: String) -> MessageTemplate? {
        guard let text = node.localizedText(collector, what: "the 'message' of \(what)", code: "pack") else {
            return nil
        }
        do {
            return try MessageTemplate(text)
        } catch {
            collector.error("pack.template", "the 'message' of \(what): \(error.message)", at: node.location)
            return nil
        }
    }

    private func decodeReferences(_ node: DecodingNode, what: String) -> [Reference] {
        guard let keys = node.strings(collector, what: "the 'references' of \(what)", code: "pack") else { return [] }
        let items = node.elements.isEmpty ? [node] : node.elements
        return zip(keys, items).map { key, item in
            let base = key.split(separator: "#", maxSplits: 1).first.map(String.init) ?? key
            guard let reference = references[base] else {
                collector.warning(
                    "pack.unknown-reference",
                    "\(what) cites '\(base)', which the pack's 'references' does not define"
                        + Suggestion.didYouMean(base, among: references.keys),
                    at: item.location)
                return Reference(key: key, title: LocalizedText(key), url: nil)
            }
            return Reference(key: key, title: reference.title, url: reference.url)
        }
    }

    private func decodeGiven(_ node: DecodingNode, what: String) -> [JSONPathQuery] {
        let items: [DecodingNode]
        switch node.value {
        case .array: items = node.elements
        default: items = [node]
        }
        if items.isEmpty {
            collector.error(
                "pack.given", "the 'given' of \(what) is an empty list; give at least one JSONPath", at: node.location)
        }
        return items.compactMap { ConditionDecoder.query($0, collector, what: "the 'given' of \(what)") }
    }

    private func decodeThen(_ node: DecodingNode, what: String) -> [Check] {
        let items: [DecodingNode]
        switch node.value {
        case .array: items = node.elements
        case .object: items = [node]
        default:
            collector.error(
                "pack.type",
                "the 'then' of \(what) must be a check {function: …} or a list of them, but it is \(node.kindDescription)",
                at: node.location)
            return []
        }
        if items.isEmpty {
            collector.error(
                "pack.then", "the 'then' of \(what) is an empty list; give at least one check", at: node.location)
        }
        let decoder = CheckDecoder(registry: registry, resources: resources, collector: collector)
        return items.compactMap { decoder.decode($0, what: "a check of \(what)") }
    }
}
