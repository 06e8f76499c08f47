import DGLintEngine
import DGLintKit
import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `.dglint.yaml`: decoding with positions, and finding the one that governs a file.
@Suite struct ConfigurationTests {
    private func decode(_ text: String, folder: String = "/work") throws(DiagnosticList) -> Configuration {
        let documents: [LoadedDocument]
        do {
            documents = try YAMLLoader().load(text, file: "/work/.dglint.yaml")
        } catch {
            throw DiagnosticList([error])
        }
        let first = documents.first ?? LoadedDocument(value: .null, sourceMap: SourceMap(), index: 0)
        let document = SourceDocument(file: "/work/.dglint.yaml", value: first.value, sourceMap: first.sourceMap)
        return try Configuration.decode(document, folder: folder)
    }

    /// The diagnostics decoding `text` throws (empty when it decodes).
    private func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try decode(text)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func everyKeyIsDecoded() throws {
        let config = try decode(
            """
            packs: [proposal, pdpa]
            rules_path: [packs, /opt/dglint/packs]
            rules: {STRUCT-01: off, STRUCT-02: error, STRUCT-06: hint}
            fail_on: warning
            lang: en
            format: json
            trusted_packs: [pdpa]
            exclude: [drafts, "**/*.json"]
            """, folder: "/work/agency")
        #expect(config.file == "/work/.dglint.yaml")
        #expect(config.packs == ["proposal", "pdpa"])
        #expect(config.rulesPath == ["/work/agency/packs", "/opt/dglint/packs"])
        #expect(config.rules == ["STRUCT-01": Severity?.none, "STRUCT-02": .error, "STRUCT-06": .hint])
        #expect(config.failOn == .warning)
        #expect(config.language == .en)
        #expect(config.format == "json")
        #expect(config.trustedPacks == ["pdpa"])
        #expect(config.exclude == ["drafts", "**/*.json"])
    }

    @Test func anEmptyFileGivesTheDefaults() throws {
        let config = try decode("# nothing yet\n")
        #expect(config.packs == nil && config.rules.isEmpty && config.failOn == nil && config.language == nil)
    }

    @Test func anUnknownKeyIsAnErrorAtItsPositionWithASuggestion() {
        let marked = MarkedText("lang: th\n1️⃣fail_no: never\n2️⃣colour: true\n")
        let diagnostics = errors(marked.text)
        #expect(
            diagnostics.map(\.message) == [
                "unknown key 'fail_no' in the configuration; did you mean 'fail_on'?",
                "unknown key 'colour' in the configuration; the keys allowed here are 'packs', 'rules_path', "
                    + "'rules', 'fail_on', 'lang', 'format', 'trusted_packs', 'exclude'",
            ])
        #expect(diagnostics.map { $0.location?.range?.start } == [marked[1], marked[2]])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location?.file == "/work/.dglint.yaml" })
    }

    @Test func aRuleSettingMustBeOffOrASeverity() {
        let marked = MarkedText("rules:\n  STRUCT-01: 1️⃣eror\n  STRUCT-02: 2️⃣[error]\n")
        let diagnostics = errors(marked.text)
        #expect(diagnostics.count == 2)
        #expect(
            diagnostics.first?.message.hasPrefix("the setting of rule STRUCT-01 is 'eror', which is not one of off,")
                == true)
        #expect(diagnostics.first?.message.hasSuffix("; did you mean 'error'?") == true)
        #expect(diagnostics.map { $0.location?.range?.start } == [marked[1], marked[2]])
    }

    @Test func aBadFailOnNamesTheChoices() {
        let marked = MarkedText("fail_on: 1️⃣warnings\n")
        let diagnostics = errors(marked.text)
        #expect(
            diagnostics.map(\.message) == [
                "'fail_on' is 'warnings', which is not one of error, warning, info, hint, never; did you mean 'warning'?"
            ])
        #expect(diagnostics.first?.location?.range?.start == marked[1])
    }

    @Test func theConfigurationMustBeAMapping() {
        #expect(errors("- packs\n").map(\.code) == ["config.type"])
    }

    @Test func theNearestConfigurationAboveAFileGovernsIt() throws {
        try TemporaryFolder.with { folder in
            try folder.write(".dglint.yaml", "fail_on: warning\n")
            try folder.write("ministry/agency/.dglint.yaml", "fail_on: info\nlang: en\n")
            let deep = try folder.write("ministry/agency/projects/2569/p.yaml", "x: 1\n")
            let shallow = try folder.write("ministry/q.yaml", "x: 1\n")
            let linter = try KitFixtures.linter(rulesPath: [])
            let near = try linter.configuration(for: deep)
            #expect(near?.file == folder.path("ministry/agency/.dglint.yaml"))
            #expect(near?.failOn == .info && near?.language == .en)
            let far = try linter.configuration(for: shallow)
            #expect(far?.file == folder.path(".dglint.yaml"))
            #expect(far?.failOn == .warning && far?.language == nil)
        }
    }

    @Test func aLinkedFileIsGovernedByTheFolderOfItsTargetNotOfItsLink() throws {
        try TemporaryFolder.with { folder in
            try folder.write("inbox/.dglint.yaml", "fail_on: info\n")
            try folder.write("archive/.dglint.yaml", "fail_on: never\n")
            let plain = try folder.write("inbox/a.yaml", "x: 1\n")
            let other = try folder.write("inbox/b.yaml", "x: 1\n")
            let target = try folder.write("archive/c.yaml", "x: 1\n")
            let link = folder.path("inbox/c.yaml")
            #expect(symlink(target, link) == 0)
            let linter = try KitFixtures.linter(rulesPath: [])
            // The answer for inbox/ is known after a.yaml; the link in inbox/ must not take it.
            #expect(try linter.configuration(for: plain)?.failOn == .info)
            #expect(try linter.configuration(for: link)?.failOn == .never)
            #expect(try linter.configuration(for: other)?.failOn == .info)
            #expect(try linter.configuration(for: folder.path("inbox"))?.failOn == .info)
        }
    }

    @Test func anExplicitConfigurationWinsOverTheNearestOne() throws {
        try TemporaryFolder.with { folder in
            try folder.write("project/.dglint.yaml", "fail_on: info\n")
            let file = try folder.write("project/p.yaml", "x: 1\n")
            let explicit = try folder.write("ci.yaml", "fail_on: never\n")
            let linter = try KitFixtures.linter(rulesPath: [], configPath: explicit)
            #expect(try linter.configuration(for: file)?.failOn == .never)
        }
    }

    @Test func aBrokenConfigurationNearAFileStopsTheCheckWithItsPosition() throws {
        try TemporaryFolder.with { folder in
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo"))
            try folder.write("project/.dglint.yaml", "rules:\n  DEMO-01: off\nexlude: [x]\n")
            let file = try folder.write("project/p.yaml", "x: 1\n")
            let linter = try KitFixtures.linter(rulesPath: [folder.path("packs")])
            #expect {
                _ = try linter.check(.file(file))
            } throws: { error in
                let diagnostics = (error as? DiagnosticList)?.diagnostics ?? []
                return diagnostics.map(\.description) == [
                    folder.path("project/.dglint.yaml")
                        + ":3:1: error: unknown key 'exlude' in the configuration; did you mean 'exclude'?"
                ]
            }
        }
    }
}
