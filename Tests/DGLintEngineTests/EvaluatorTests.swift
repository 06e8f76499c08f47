import DGLintEngine
import DGLintModel
import DGLintTestSupport
import Testing

/// Decodes `rules` (the body of `rules:` in pack `demo`, with `extra` manifest lines before it), builds a rule
/// set, and checks every document of the marked `proposal`.
func check(
    rules: String, extra: String = "", proposal: String, file: String = "proposal.yaml"
) throws -> (findings: [Finding], marks: MarkedText) {
    let decoded = decodePack(packHead + extra + "rules:\n" + rules)
    #expect(decoded.errors.isEmpty, "\(decoded.errors)")
    let set = try RuleSet([try #require(decoded.pack)])
    let (documents, marks) = sourceDocuments(proposal, file: file)
    let evaluator = Evaluator(ruleSet: set)
    return (documents.flatMap { evaluator.check($0) }, marks)
}

/// A rule body (indented for `rules:`) with `lines` after its severity, title and evidence.
func rule(_ id: String, _ lines: String) -> String {
    "  \(id):\n    severity: error\n    title: {th: ก, en: a}\n    evidence: inferred\n" + lines
}

@Suite("Evaluating rules against documents")
struct EvaluatorTests {
    @Test("an existing node points at its value; a missing field at the key of its nearest existing ancestor")
    func positions() throws {
        let (findings, marks) = try check(
            rules: rule(
                "DEMO-01",
                """
                    given: $.project
                    then:
                      - {field: dpo.email, function: defined}
                      - {field: name, function: pattern, with: {match: '^x'}}

                """),
            proposal: """
                project:
                  1️⃣dpo:
                    phone: 1
                  name: 2️⃣abc
                """)
        let paths: [[PathElement]] = [[.key("project"), .key("dpo"), .key("email")], [.key("project"), .key("name")]]
        #expect(findings.map(\.path) == paths)
        #expect(findings.map { $0.range?.start } == [marks[1], marks[2]])
        #expect(findings.map(\.normalizedPath) == ["$['project']['dpo']['email']", "$['project']['name']"])
        #expect(
            findings.allSatisfy { (finding: Finding) in finding.file == "proposal.yaml" && finding.rule == "DEMO-01" })
        #expect(findings.first?.message.en == "`project.dpo.email` is missing; add it.")
    }

    @Test("a missing field under a missing parent points at the key of the deepest existing ancestor")
    func missingAtRootKey() throws {
        let (findings, marks) = try check(
            rules: rule("DEMO-01", "    then: {field: privacy.dpo.email, function: defined}\n"),
            proposal: "title: x\n1️⃣privacy: {other: 1}\n")
        #expect(findings.map { $0.range?.start } == [marks[1]])
        #expect(findings.first?.pointer == "/privacy/dpo/email")
    }

    @Test("a missing member of an array element points at the element")
    func missingMemberOfElement() throws {
        let (findings, marks) = try check(
            rules: rule("DEMO-01", "    given: $.risks[*]\n    then: {field: mitigation, function: defined}\n"),
            proposal: """
                risks:
                  - {name: a, mitigation: b}
                  - 1️⃣name: c
                  - 2️⃣{name: d}
                """)
        #expect(findings.map(\.pointer) == ["/risks/1/mitigation", "/risks/2/mitigation"])
        #expect(findings.map { $0.range?.start } == [marks[1], marks[2]])
    }

    @Test("@.items[*].name reaches missing members; $ fields start at the root")
    func fieldForms() throws {
        let (findings, marks) = try check(
            rules: rule(
                "DEMO-01",
                """
                    given: $.budget
                    then:
                      - {field: '@.items[*].name', function: defined}
                      - {field: '$.agency', function: defined}

                """),
            proposal: """
                1️⃣budget:
                  items:
                    - name: a
                    - 2️⃣amount: 1
                """)
        #expect(findings.map(\.pointer) == ["/agency", "/budget/items/1/name"])
        // The root has no key: a missing top-level member points at the start of the document.
        #expect(findings.map { $0.range?.start } == [marks[1], marks[2]])
    }

    @Test("one finding per path: the first failing check speaks for the rule")
    func oneFindingPerPath() throws {
        let (findings, _) = try check(
            rules: rule(
                "DEMO-01",
                """
                    then:
                      - {field: code, function: type, with: {type: string}}
                      - {field: code, function: pattern, with: {match: '^[A-Z]+$'}}
                      - {field: other, function: defined}

                """),
            proposal: "code: 12\n")
        // The missing `other` points at the document's start, before the value of `code`.
        #expect(findings.map(\.pointer) == ["/other", "/code"])
        // The type check comes first, so its sentence is the one shown, not the pattern's.
        #expect(findings.last?.message.en.hasPrefix("`code` must be ") == true)
        #expect(findings.last?.message.en.contains("pattern") == false)
    }

    @Test("no finding below a node the rule reports missing")
    func nothingBelowMissing() throws {
        let (findings, _) = try check(
            rules: rule(
                "DEMO-01",
                """
                    then:
                      - {field: agency.officer.name, function: defined}
                      - {field: agency.officer, function: defined}
                      - {field: agency.name, function: defined}

                """),
            proposal: "agency: {}\n")
        // Both point at the key `agency`, so they are ordered by path.
        #expect(findings.map(\.pointer) == ["/agency/name", "/agency/officer"])
    }

    @Test("given paths that select the same node give one finding; different nodes one each")
    func multipleGiven() throws {
        let (findings, _) = try check(
            rules: rule("DEMO-01", "    given: [$.a, $.b, $.a, '$[\"a\"]']\n    then: {field: x, function: defined}\n"),
            proposal: "a: {}\nb: {}\n")
        #expect(findings.map(\.pointer) == ["/a/x", "/b/x"])
    }

    @Test("a given that selects nothing checks nothing")
    func emptyGiven() throws {
        let (findings, _) = try check(
            rules: rule("DEMO-01", "    given: $.nothing\n    then: {field: x, function: defined}\n"),
            proposal: "a: 1\n")
        #expect(findings.isEmpty)
    }

    @Test(
        "pack and rule 'when' decide whether rules run",
        arguments: [
            ("format: x\nproject: {}\n", ["DEMO-01", "DEMO-02"]),
            ("format: x\n", ["DEMO-01"]),
            ("project: {}\n", []),
        ])
    func when(proposal: String, rules: [String]) throws {
        let (findings, _) = try check(
            rules: rule("DEMO-01", "    then: {field: name, function: defined}\n")
                + rule("DEMO-02", "    when: $.project\n    then: {field: title, function: defined}\n"),
            extra: "when: $.format\n", proposal: proposal)
        #expect(findings.map(\.rule) == rules)
    }

    /// Rules whose `when`, `given` and fields are the same queries share their nodelists within a document (the
    /// document keeps them); each document of a stream is answered with its own nodes.
    @Test("rules sharing queries find each document's own nodes")
    func sharedQueriesPerDocument() throws {
        let (findings, _) = try check(
            rules: rule(
                "DEMO-01", "    when: $.items\n    given: $.items[*]\n    then: {field: name, function: defined}\n")
                + rule("DEMO-02", "    given: $.items[*]\n    then: {field: name, function: truthy}\n")
                + rule("DEMO-03", "    when: $.items\n    then: {field: '@.items[*].name', function: defined}\n")
                + rule("DEMO-04", "    then: {field: '$.items[*].name', function: pattern, with: {match: '^a'}}\n"),
            proposal: "items: [{name: a}, {}]\n---\nitems: [{name: ''}, {name: b}, {other: 1}]\n---\nother: 1\n")
        let seen = findings.map { "\($0.document) \($0.rule) \($0.pointer)" }
        #expect(
            seen == [
                "0 DEMO-01 /items/1/name", "0 DEMO-02 /items/1/name", "0 DEMO-03 /items/1/name",
                "1 DEMO-02 /items/0/name", "1 DEMO-04 /items/0/name", "1 DEMO-04 /items/1/name",
                "1 DEMO-01 /items/2/name", "1 DEMO-02 /items/2/name", "1 DEMO-03 /items/2/name",
            ])
    }

    @Test("findings come out in report order, whatever the rule order")
    func reportOrder() throws {
        let (findings, marks) = try check(
            rules: rule("DEMO-02", "    then: {field: a, function: truthy}\n")
                + rule("DEMO-01", "    then: {field: b, function: truthy}\n")
                + rule("DEMO-03", "    then: {field: a, function: falsy}\n"),
            proposal: "b: 1️⃣0\na: 2️⃣''\n")
        // DEMO-03 passes (a is falsy); b (line 1) comes before a (line 2).
        #expect(findings.map(\.rule) == ["DEMO-01", "DEMO-02"])
        #expect(findings.map { $0.range?.start } == [marks[1], marks[2]])
    }

    @Test("each document of a stream is checked on its own and keeps its index")
    func documents() throws {
        let (findings, marks) = try check(
            rules: rule("DEMO-01", "    then: {field: name, function: defined}\n"),
            proposal: "name: a\n---\n1️⃣other: b\n---\nname: c\n", file: "multi.yaml")
        #expect(findings.count == 1)
        #expect(findings.first?.document == 1)
        #expect(findings.first?.file == "multi.yaml")
        #expect(findings.first?.range?.start == marks[1])
    }

    @Test("the rule's message template renders with the function's sentence")
    func message() throws {
        let (findings, _) = try check(
            rules: rule(
                "DEMO-01",
                """
                    message: {th: "{{rule}} ที่ {{field}}: {{error}}", en: "{{rule}} at {{pointer}} ({{value}}): {{error}}"}
                    then: {field: project.name, function: defined}

                """),
            proposal: "project: {}\n")
        let text = try #require(findings.first?.message)
        #expect(text.en == "DEMO-01 at /project/name ((missing)): `project.name` is missing; add it.")
        #expect(text.th.hasPrefix("DEMO-01 ที่ project.name: "))
    }

    @Test("findings carry the rule's data and a fingerprint over rule, file, pointer and value")
    func findingData() throws {
        let (findings, _) = try check(
            rules: rule(
                "DEMO-01", "    name: no-bad-code\n    then: {field: code, function: pattern, with: {notMatch: bad}}\n"),
            proposal: "code: {bad: [1]}\n")
        let finding = try #require(findings.first)
        #expect(finding.ruleName == "no-bad-code")
        #expect(finding.packVersion == "1.0.0")
        #expect(finding.severity == .error)
        #expect(finding.isActive)
        #expect(
            finding.fingerprint
                == Finding.fingerprint(rule: "DEMO-01", file: "proposal.yaml", pointer: "/code", value: ["bad": [1]]))
    }

    @Test("an index past the end of a list is missing")
    func indexPastTheEnd() throws {
        let (findings, marks) = try check(
            rules: rule("DEMO-01", "    then: {field: 'items[2]', function: defined}\n"),
            proposal: "1️⃣items: [a, b]\n")
        #expect(findings.map(\.pointer) == ["/items/2"])
        #expect(findings.first?.range?.start == marks[1])
    }
}
