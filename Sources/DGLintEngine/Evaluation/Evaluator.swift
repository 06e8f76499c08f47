public import DGLintModel

/// Checks documents against a ``RuleSet``: pack `when`, rule `when`, each `given` node × each check.
public struct Evaluator: Sendable {
    public var ruleSet: RuleSet

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
    }

    /// Every finding of every rule for one document, in report order.
    public func check(_ document: SourceDocument) -> [Finding] {
        var findings: [Finding] = []
        let root = document.value
        for pack in ruleSet.packs {
            if let when = pack.when, !when.holds(in: root) { continue }
            for rule in pack.rules {
                if let when = rule.when, !when.holds(in: root) { continue }
                findings += check(rule, in: document)
            }
        }
        return findings.sorted(by: Finding.reportOrder)
    }

    /// The findings of one rule: one per node (the first check that fails there speaks for the rule), and
    /// none below a node the rule already reports as missing — a missing `agency.officer` is one defect,
    /// not also a missing `agency.officer.name`.
    func check(_ rule: Rule, in document: SourceDocument) -> [Finding] {
        var findings: [Finding] = []
        var reported = Set<[PathElement]>()
        var missing = Set<[PathElement]>()
        for query in rule.given {
            for node in query.select(document.value) {
                for check in rule.then {
                    evaluate(check, of: rule, on: node.value, at: node.path, in: document) { finding, present in
                        guard reported.insert(finding.path).inserted else { return }
                        if !present { missing.insert(finding.path) }
                        findings.append(finding)
                    }
                }
            }
        }
        guard !missing.isEmpty else { return findings }
        return findings.filter { finding in
            !(1..<max(finding.path.count, 1)).contains { missing.contains(Array(finding.path.prefix($0))) }
        }
    }

    private func evaluate(
        _ check: Check, of rule: Rule, on given: Value, at givenPath: [PathElement], in document: SourceDocument,
        emit: (_ finding: Finding, _ present: Bool) -> Void
    ) {
        let root = document.value
        for target in check.field.resolve(from: given, at: givenPath, root: root) {
            let context = FunctionContext(root: root, path: target.path, given: given, givenPath: givenPath)
            for result in check.function.evaluate(target.value, in: context) {
                let path = result.path ?? target.path
                emit(makeFinding(rule, result: result, path: path, in: document), root.value(at: path) != nil)
            }
        }
    }

    /// A finding of `rule` at `path`, positioned at the node (or, for a missing one, at the key of its
    /// nearest existing ancestor).
    func makeFinding(_ rule: Rule, result: FunctionResult, path: [PathElement], in document: SourceDocument) -> Finding
    {
        let root = document.value
        let value = root.value(at: path)
        let range: SourceRange?
        if value != nil {
            range = document.sourceMap.range(at: path, in: root)
        } else {
            range = document.sourceMap.nearestNode(at: path, in: root).map {
                document.sourceMap.keyRange(ofNode: $0.index)
            }
        }
        let message =
            rule.message?.render(path: path, value: value, error: result.message, rule: rule.id) ?? result.message
        let pointer = PathFormat.pointer(path)
        return Finding(
            rule: rule.id, ruleName: rule.name, pack: rule.pack, packVersion: rule.packVersion, severity: rule.severity,
            message: message, file: document.file, document: document.index, path: path, range: range,
            fingerprint: Finding.fingerprint(rule: rule.id, file: document.file, pointer: pointer, value: value))
    }
}
