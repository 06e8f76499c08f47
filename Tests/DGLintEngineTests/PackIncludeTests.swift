import DGLintEngine
import DGLintModel
import Testing

@Suite("Included rule files, references and a valid pack")
struct PackIncludeTests {
    @Test("a valid pack keeps every field it declares")
    func validPack() throws {
        let result = decodePack(
            """
            pack: demo
            version: 1.2.3-rc.1
            engine: ">=0.1.0"
            title: {th: ทดสอบ, en: Demo}
            description: {th: คำอธิบาย, en: About}
            depends: [proposal]
            when: $.format
            references:
              act: {title: {th: พ.ร.บ., en: The Act}, url: https://example.go.th/act}
            rules:
              1️⃣DEMO-01:
                name: has-name
                severity: warning
                title: {th: ต้องมีชื่อ, en: Has a name}
                message: {th: "ไม่พบ {{field}}", en: "{{field}} is missing"}
                why: {th: เพราะ, en: Because}
                fix: {th: ใส่ชื่อ, en: Add a name}
                references: ["act#s4"]
                evidence: verified
                tags: [naming]
                when: $.project
                given: [$.project, $.other]
                then: {field: name, function: defined}
            """)
        #expect(result.diagnostics.isEmpty)
        let pack = try #require(result.pack)
        #expect(pack.id == "demo")
        #expect(pack.version == SemanticVersion(1, 2, 3, prerelease: ["rc", "1"]))
        #expect(pack.title == LocalizedText(th: "ทดสอบ", en: "Demo"))
        #expect(pack.description?.en == "About")
        #expect(pack.depends == ["proposal"])
        #expect(pack.folder == "rules/demo")
        #expect(pack.sha256 == "0123abcd")
        #expect(pack.summary.version == "1.2.3-rc.1")
        #expect(try pack.when?.evaluate(in: ["format": 1]).get() == true)
        #expect(try pack.when?.evaluate(in: ["other": 1]).get() == false)
        let rule = try #require(pack.rules.first)
        #expect(rule.id == "DEMO-01")
        #expect(rule.name == "has-name")
        #expect(rule.pack == "demo")
        #expect(rule.packVersion == "1.2.3-rc.1")
        #expect(rule.severity == .warning)
        #expect(rule.evidence == .verified)
        #expect(rule.tags == ["naming"])
        #expect(rule.fix?.th == "ใส่ชื่อ")
        #expect(
            rule.references == [
                Reference(
                    key: "act#s4", title: LocalizedText(th: "พ.ร.บ.", en: "The Act"), url: "https://example.go.th/act")
            ])
        #expect(rule.given.count == 2)
        #expect(rule.location.range?.start == result.marks[1])
    }

    @Test("a rule without a name is named after its id")
    func defaultName() throws {
        let result = decodePack(pack(rules: "  DEMO-01:\n" + validRule))
        #expect(result.pack?.rules.first?.name == "demo-01")
    }

    @Test("rules from included files are decoded with their own file and positions")
    func included() throws {
        let file = IncludedFile(name: "rules/demo/rules/extra.yaml", text: "rules:\n  1️⃣DEMO-02:\n" + validRule)
        let result = decodePack(
            packHead + "include: [rules/*.yaml]\nrules:\n  DEMO-01:\n" + validRule,
            includes: ["rules/*.yaml": .success([file])])
        #expect(result.diagnostics.isEmpty)
        #expect(result.resolved == ["rules/*.yaml"])
        let rules = try #require(result.pack?.rules)
        #expect(rules.map(\.id) == ["DEMO-01", "DEMO-02"])
        #expect(rules[1].location.file == "rules/demo/rules/extra.yaml")
        #expect(rules[1].location.range?.start == result.includedMarks[file.name]?[1])
    }

    @Test("a rule id used twice in one pack is an error at the second, with a note at the first")
    func duplicateWithinPack() throws {
        let file = IncludedFile(name: "extra.yaml", text: "rules:\n  2️⃣DEMO-01:\n" + validRule)
        let result = decodePack(
            packHead + "include: rules/*.yaml\nrules:\n  1️⃣DEMO-01:\n" + validRule,
            includes: ["rules/*.yaml": .success([file])])
        let error = try #require(result.errors.first)
        #expect(error.code == "pack.duplicate-rule")
        #expect(error.message == "rule id 'DEMO-01' is defined twice in this pack; give each rule its own id")
        #expect(error.location?.file == "extra.yaml")
        #expect(error.location?.range?.start == result.includedMarks["extra.yaml"]?[2])
        #expect(error.notes.first?.message == "first defined here")
        #expect(error.notes.first?.location?.file == "rules/demo/pack.yaml")
        #expect(error.notes.first?.location?.range?.start == result.marks[1])
        #expect(result.pack == nil)
    }

    @Test(
        "an include outside the pack folder is refused before anything is read",
        arguments: ["../other/rules.yaml", "/etc/rules.yaml", "rules/../../x.yaml"])
    func outside(pattern: String) throws {
        let result = decodePack(packHead + "include: [1️⃣'\(pattern)']\n")
        let error = try #require(result.errors.first)
        #expect(error.code == "pack.include")
        #expect(
            error.message == "the include '\(pattern)' points outside the pack folder; rule files must be inside it")
        #expect(error.location?.range?.start == result.marks[1])
        #expect(result.resolved.isEmpty)
    }

    @Test("a failing include resolver is an error at the pattern, with the resolver's own diagnostics")
    func resolverFailure() throws {
        let inner = Diagnostic(code: "yaml.syntax", message: "bad indentation")
        let result = decodePack(
            packHead + "include:\n  - rules/a.yaml\n  - 1️⃣rules/b.yaml\n",
            includes: [
                "rules/a.yaml": .success([IncludedFile(name: "a.yaml", text: "rules:\n  DEMO-01:\n" + validRule)]),
                "rules/b.yaml": .failure(.init("it cannot be read", diagnostics: [inner])),
            ])
        #expect(result.errors.map(\.code) == ["pack.include", "yaml.syntax"])
        #expect(result.errors.first?.message == "the include 'rules/b.yaml': it cannot be read")
        #expect(result.errors.first?.location?.range?.start == result.marks[1])
    }

    @Test("an include that is neither a pattern nor a list")
    func includeType() throws {
        let result = decodePack(packHead + "include: 1️⃣{a: 1}\n")
        let error = try #require(result.errors.first)
        #expect(error.message == "'include' must be a list of file patterns such as rules/*.yaml")
        #expect(error.location?.range?.start == result.marks[1])
    }

    @Test("an included file may hold only 'rules'")
    func includedFileKeys() throws {
        let file = IncludedFile(name: "x.yaml", text: "1️⃣pack: demo\nrules: {}\n")
        let result = decodePack(packHead + "include: x.yaml\n", includes: ["x.yaml": .success([file])])
        let error = try #require(result.errors.first)
        #expect(error.message == "unknown key 'pack' in the rule file; the keys allowed here are 'rules'")
        #expect(error.location?.file == "x.yaml")
        #expect(error.location?.range?.start == result.includedMarks["x.yaml"]?[1])
    }

    @Test("a citation of an undefined reference and an unused reference are warnings, and the pack loads")
    func references() throws {
        let result = decodePack(
            packHead + """
                references:
                  pdpa-act: {title: {th: ก, en: a}}
                  2️⃣unused: {title: {th: ข, en: b}}
                rules:
                  DEMO-01:
                    references: [pdpa-act, 1️⃣pdpa-akt#s4]

                """ + validRule)
        #expect(result.errors.isEmpty)
        #expect(result.pack != nil)
        #expect(result.warnings.map(\.code) == ["pack.unknown-reference", "pack.unused-reference"])
        #expect(
            result.warnings.first?.message
                == "rule DEMO-01 cites 'pdpa-akt', which the pack's 'references' does not define; did you mean 'pdpa-act'?"
        )
        #expect(result.warnings.first?.location?.range?.start == result.marks[1])
        #expect(result.warnings.last?.message == "the reference 'unused' is not cited by any rule")
        #expect(result.warnings.last?.location?.range?.start == result.marks[2])
        #expect(result.pack?.rules.first?.references.last?.title == LocalizedText("pdpa-akt#s4"))
    }
}
