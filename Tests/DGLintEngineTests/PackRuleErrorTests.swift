import DGLintEngine
import DGLintModel
import Testing

/// A pack `demo` whose `rules:` mapping is `rules` (indented by two spaces already).
func pack(rules: String) -> String {
    packHead + "rules:\n" + rules
}

@Suite("Rule and check errors point at the offending text")
struct PackRuleErrorTests {
    static let cases: [BrokenPack] = [
        BrokenPack(
            label: "misspelt rule key",
            yaml: pack(rules: "  DEMO-01:\n    1️⃣sevrity: error\n" + validRule), code: "pack.unknown-key",
            message: "unknown key 'sevrity' in rule DEMO-01; did you mean 'severity'?"),
        BrokenPack(
            label: "rule without severity",
            yaml: pack(
                rules: """
                      1️⃣DEMO-01:
                        title: {th: ก, en: a}
                        evidence: inferred
                        then: {function: defined}

                    """), code: "pack.missing-key", message: "rule DEMO-01 has no 'severity'; add it"),
        BrokenPack(
            label: "rule that is not a mapping", yaml: pack(rules: "  DEMO-01: 1️⃣defined\n"), code: "pack.type",
            message: "rule DEMO-01 must be a mapping, but it is a text"),
        BrokenPack(
            label: "misspelt severity",
            yaml: pack(
                rules: """
                      DEMO-01:
                        severity: 1️⃣eror
                        title: {th: ก, en: a}
                        evidence: inferred
                        then: {function: defined}

                    """), code: "pack.value",
            message:
                "the 'severity' of rule DEMO-01 is 'eror', which is not one of error, warning, info, hint; did you "
                + "mean 'error'?"),
        BrokenPack(
            label: "unknown evidence",
            yaml: pack(
                rules: "  DEMO-01:\n    evidence: 1️⃣sure\n" + validRule.replacing("    evidence: inferred\n", with: "")),
            code: "pack.value",
            message: "the 'evidence' of rule DEMO-01 is 'sure', which is not one of verified, secondary, inferred"),
        BrokenPack(
            label: "rule id in lowercase", yaml: pack(rules: "  1️⃣demo-01:\n" + validRule), code: "pack.rule-id",
            message: "the rule id 'demo-01' must be capital letters, digits and '-', such as PDPA-04"),
        BrokenPack(label: "rule id without '-'", yaml: pack(rules: "  1️⃣DEMO01:\n" + validRule), code: "pack.rule-id"),
        BrokenPack(label: "rule id ending in '-'", yaml: pack(rules: "  1️⃣DEMO-:\n" + validRule), code: "pack.rule-id"),
        BrokenPack(
            label: "rule id starting with a digit", yaml: pack(rules: "  1️⃣1-DEMO:\n" + validRule), code: "pack.rule-id"),
        BrokenPack(label: "rule id with '_'", yaml: pack(rules: "  1️⃣DEMO_01-A:\n" + validRule), code: "pack.rule-id"),
        BrokenPack(
            label: "tags that are not texts", yaml: pack(rules: "  DEMO-01:\n    tags: 1️⃣{a: 1}\n" + validRule),
            code: "pack.type", message: "the 'tags' of rule DEMO-01 must be a list of texts, but it is a mapping"),
        BrokenPack(
            label: "given that is not absolute", yaml: pack(rules: "  DEMO-01:\n    given: 1️⃣privacy\n" + validRule),
            code: "pack.jsonpath",
            message:
                "the 'given' of rule DEMO-01 must be a JSONPath starting with '$', such as \"$.privacy\"; it is 'privacy'"
        ),
        BrokenPack(
            label: "given that is an empty list", yaml: pack(rules: "  DEMO-01:\n    given: 1️⃣[]\n" + validRule),
            code: "pack.given", message: "the 'given' of rule DEMO-01 is an empty list; give at least one JSONPath"),
        BrokenPack(
            label: "the second given is broken, inside its expression",
            yaml: pack(rules: "  DEMO-01:\n    given: [$.a, \"$.b[?@.c ==1️⃣]\"]\n" + validRule), code: "pack.jsonpath"),
        BrokenPack(
            label: "plain given broken inside its expression",
            yaml: pack(rules: "  DEMO-01:\n    given: $.items[1️⃣\n" + validRule), code: "pack.jsonpath"),
        BrokenPack(
            label: "rule when broken inside its expression, after Thai text",
            yaml: pack(rules: "  DEMO-01:\n    when: \"$['ชื่อ'].1️⃣\"\n" + validRule), code: "pack.jsonpath"),
        BrokenPack(
            label: "then that is a text",
            yaml: pack(
                rules: """
                      DEMO-01:
                        severity: error
                        title: {th: ก, en: a}
                        evidence: inferred
                        then: 1️⃣defined

                    """), code: "pack.type",
            message: "the 'then' of rule DEMO-01 must be a check {function: …} or a list of them, but it is a text"),
        BrokenPack(
            label: "then that is an empty list",
            yaml: pack(
                rules: """
                      DEMO-01:
                        severity: error
                        title: {th: ก, en: a}
                        evidence: inferred
                        then: 1️⃣[]

                    """), code: "pack.then",
            message: "the 'then' of rule DEMO-01 is an empty list; give at least one check"),
        BrokenPack(
            label: "unknown placeholder in a message",
            yaml: pack(
                rules: "  DEMO-01:\n    message: 1️⃣{th: \"ที่ {{path}}\", en: \"at {{pth}}\"}\n" + validRule),
            code: "pack.template",
            message:
                "the 'message' of rule DEMO-01: unknown placeholder '{{pth}}'; did you mean 'path'?; known placeholders: "
                + "{{path}}, {{field}}, {{pointer}}, {{value}}, {{property}}, {{error}}, {{rule}}"),
        BrokenPack(
            label: "unclosed placeholder in a message",
            yaml: pack(rules: "  DEMO-01:\n    message: 1️⃣{th: \"ที่ {{path\", en: \"at\"}\n" + validRule),
            code: "pack.template", message: "the 'message' of rule DEMO-01: '{{' is not closed with '}}'"),
    ]

    @Test("each broken rule gives its error at the marked position", arguments: cases)
    func broken(_ broken: BrokenPack) throws {
        let result = decodePack(broken.yaml, folderName: broken.folderName)
        #expect(result.pack == nil)
        let error = try #require(result.errors.first)
        #expect(error.code == broken.code)
        if let message = broken.message { #expect(error.message == message) }
        #expect(error.location?.range?.start == result.marks[1])
    }

    @Test("a JSONPath error names the column inside the expression")
    func jsonPathColumn() throws {
        let result = decodePack(pack(rules: "  DEMO-01:\n    given: \"$.b[?@.c ==1️⃣]\"\n" + validRule))
        let error = try #require(result.errors.first)
        #expect(error.message.hasPrefix("the 'given' of rule DEMO-01 is not a valid JSONPath: "))
        #expect(error.message.hasSuffix(#"(at column 12 of "$.b[?@.c ==]")"#))
    }

    @Test("a broken field path points inside the field")
    func fieldPath() throws {
        let result = decodePack(
            pack(
                rules: """
                      DEMO-01:
                        severity: error
                        title: {th: ก, en: a}
                        evidence: inferred
                        then: {field: a.1️⃣.b, function: defined}

                    """))
        let error = try #require(result.errors.first)
        #expect(error.code == "pack.field")
        #expect(
            error.message
                == "the 'field' of a check of rule DEMO-01 is not a valid field path: expected a field name before '.' "
                + #"(at column 3 of "a..b")"#)
        #expect(error.location?.range?.start == result.marks[1])
    }

    @Test("two broken rules: both reported, neither loaded")
    func twoBrokenRules() {
        let result = decodePack(
            pack(rules: "  DEMO-01:\n    1️⃣sevrity: error\n" + validRule + "  DEMO-02:\n    2️⃣titel: x\n" + validRule))
        #expect(result.errors.map { $0.location?.range?.start } == [result.marks[1], result.marks[2]])
        #expect(result.pack == nil)
    }
}
