import DGLintEngine
import DGLintKit
import DGLintModel
import DGLintTestSupport
import Testing

/// Reading a pack folder: includes stay inside it, and its digest covers its rules but not its tests.
@Suite struct PackReaderTests {
    private let includeLine = "include: [rules/*.yaml]"

    @Test func includedRuleFilesAreReadInNameOrder() throws {
        try TemporaryFolder.with { folder in
            try folder.write("demo/pack.yaml", KitFixtures.pack("demo", extra: includeLine))
            try folder.write("demo/rules/b.yaml", KitFixtures.ruleFile("DEMO-03", field: "scope"))
            try folder.write("demo/rules/a.yaml", KitFixtures.ruleFile("DEMO-02", field: "rationale"))
            try folder.write("demo/rules/notes.txt", "not a rule file\n")
            try folder.write("demo/tests/a.yaml", KitFixtures.ruleFile("DEMO-09", field: "tests"))
            let (packs, diagnostics) = KitFixtures.readPacks([folder.path])
            #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
            #expect(packs.first?.rules.map(\.id) == ["DEMO-01", "DEMO-02", "DEMO-03"])
            #expect(packs.first?.rules.last?.location.file == folder.path("demo/rules/b.yaml"))
        }
    }

    @Test func anIncludeThatMatchesNothingIsAnErrorAtThePattern() throws {
        try TemporaryFolder.with { folder in
            try folder.write("demo/pack.yaml", KitFixtures.pack("demo", extra: "include: [checks/*.yaml]"))
            let (packs, diagnostics) = KitFixtures.readPacks([folder.path])
            #expect(packs.isEmpty)
            let error = try #require(diagnostics.first { $0.severity == .error })
            #expect(error.message == "the include 'checks/*.yaml': no file of the pack matches it; check the pattern")
            #expect(error.location?.description == folder.path("demo/pack.yaml") + ":4:11")
        }
    }

    @Test(arguments: ["../shared/*.yaml", "rules/../../shared/*.yaml", "/etc/*.yaml"])
    func anIncludeLeavingThePackFolderIsRejected(_ pattern: String) throws {
        try TemporaryFolder.with { folder in
            try folder.write("shared/extra.yaml", KitFixtures.ruleFile("DEMO-02", field: "x"))
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo", extra: "include: ['\(pattern)']"))
            let (packs, diagnostics) = KitFixtures.readPacks([folder.path("packs")])
            #expect(packs.isEmpty)
            let error = try #require(diagnostics.first { $0.severity == .error })
            #expect(error.code == "pack.include")
            #expect(
                error.message == "the include '\(pattern)' points outside the pack folder; rule files must be inside it"
            )
            #expect(error.location?.range?.start.line == 4)
        }
    }

    @Test func aRuleFileLinkedFromOutsideThePackIsRejected() throws {
        try TemporaryFolder.with { folder in
            try folder.write("elsewhere/evil.yaml", KitFixtures.ruleFile("DEMO-02", field: "x"))
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo", extra: includeLine))
            try folder.link("packs/demo/rules/evil.yaml", to: folder.path("elsewhere/evil.yaml"))
            let (packs, diagnostics) = KitFixtures.readPacks([folder.path("packs")])
            #expect(packs.isEmpty)
            let error = try #require(diagnostics.first { $0.severity == .error })
            #expect(
                error.message
                    == "the include 'rules/*.yaml': rules/evil.yaml is a link to a file outside the pack folder; "
                    + "copy the file into the pack")
        }
    }

    @Test func aRuleFileLinkedFromInsideThePackIsAllowed() throws {
        try TemporaryFolder.with { folder in
            try folder.write("demo/pack.yaml", KitFixtures.pack("demo", extra: includeLine))
            try folder.write("demo/library/shared.yaml", KitFixtures.ruleFile("DEMO-02", field: "x"))
            try folder.link("demo/rules/shared.yaml", to: "../library/shared.yaml")
            let (packs, _) = KitFixtures.readPacks([folder.path])
            #expect(packs.first?.rules.map(\.id) == ["DEMO-01", "DEMO-02"])
        }
    }

    @Test func theDigestChangesWithARuleFileButNotWithATest() throws {
        try TemporaryFolder.with { folder in
            try folder.write("demo/pack.yaml", KitFixtures.pack("demo", extra: includeLine))
            try folder.write("demo/rules/a.yaml", KitFixtures.ruleFile("DEMO-02", field: "rationale"))
            try folder.write("demo/tests/a.test.yaml", "tests: []\n")
            let digest = { () throws -> String in
                try #require(KitFixtures.readPacks([folder.path]).packs.first).sha256
            }
            let original = try digest()
            #expect(original.count == 64)
            #expect(original.allSatisfy { $0.isHexDigit && !$0.isUppercase })
            #expect(try digest() == original)

            try folder.write("demo/tests/a.test.yaml", "tests: [{name: changed}]\n")
            try folder.write("demo/tests/new.test.yaml", "tests: []\n")
            #expect(try digest() == original)

            try folder.write("demo/rules/a.yaml", KitFixtures.ruleFile("DEMO-02", field: "scope"))
            let changed = try digest()
            #expect(changed != original)

            try folder.write("demo/rules/a.yaml", KitFixtures.ruleFile("DEMO-02", field: "rationale"))
            #expect(try digest() == original)
            try folder.write("demo/rules/b.yaml", KitFixtures.ruleFile("DEMO-03", field: "scope"))
            #expect(try digest() != original)
        }
    }

    @Test func theDigestCoversThePackYAMLItself() throws {
        try TemporaryFolder.with { folder in
            try folder.write("demo/pack.yaml", KitFixtures.pack("demo", version: "1.0.0"))
            let before = KitFixtures.readPacks([folder.path]).packs.first?.sha256
            try folder.write("demo/pack.yaml", KitFixtures.pack("demo", version: "1.0.1"))
            let after = KitFixtures.readPacks([folder.path]).packs.first?.sha256
            #expect(before != nil && after != nil && before != after)
        }
    }

    @Test func aPackFileWithTwoDocumentsIsAnError() throws {
        try TemporaryFolder.with { folder in
            try folder.write("demo/pack.yaml", KitFixtures.pack("demo") + "---\nx: 1\n")
            let (packs, diagnostics) = KitFixtures.readPacks([folder.path])
            #expect(packs.isEmpty)
            #expect(
                diagnostics.map(\.message) == [
                    "\(folder.path("demo/pack.yaml")) must hold exactly one YAML document, but it holds 2"
                ])
        }
    }
}
