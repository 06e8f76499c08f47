import DGLintEngine
import DGLintKit
import DGLintModel
import DGLintReporters

/// Builds the documentation model of packs from the loaded packs and their tests.
enum PackDocuments {
    /// How many test examples a rule's documentation shows, of each kind.
    static let examplesPerRule = 3

    static func document(_ pack: Pack, tester: PackTester) -> PackDocument {
        let tests = tester.tests(of: pack).tests
        let clean = tests.filter(\.isClean).prefix(examplesPerRule).map {
            RuleDocument.Example(test: $0.name, findings: [])
        }
        let rules = pack.rules.map { rule in
            let triggering = tests.compactMap { test -> RuleDocument.Example? in
                let paths = test.expected.filter { $0.rule == rule.id }.map(\.path).sorted()
                guard !paths.isEmpty else { return nil }
                let root = test.documents.first?.value ?? .null
                let findings = paths.map { path in (path: path, value: describe(root, at: path)) }
                return RuleDocument.Example(test: test.name, findings: findings)
            }
            return RuleDocument(
                rule: rule.summary, given: rule.given.map(\.text), checks: rule.then.map(describe),
                triggering: Array(triggering.prefix(examplesPerRule)), clean: Array(clean))
        }
        return PackDocument(pack: pack.summary, description: pack.description, depends: pack.depends, rules: rules)
    }

    static func describe(_ check: Check) -> String {
        var text = "\(check.field): \(check.functionName)"
        if case .object(let options) = check.options, !options.isEmpty { text += " " + check.options.jsonText() }
        return text
    }

    /// The value at a normalized path of a test document, shortened for a page.
    static func describe(_ root: Value, at normalizedPath: String) -> String {
        let steps = (try? FieldPath(normalizedPath))?.steps ?? []
        guard let value = root.value(at: steps) else { return "(missing)" }
        let text = value.jsonText()
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}
