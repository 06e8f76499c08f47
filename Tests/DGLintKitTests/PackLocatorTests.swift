import DGLintKit
import DGLintModel
import DGLintTestSupport
import Testing

/// Where packs are found: the order of the search path, shadowing, and the two shapes of an entry.
@Suite struct PackLocatorTests {
    @Test func theSearchPathIsCommandLineThenConfigurationThenEnvironmentThenBuiltIn() {
        let path = PackSearchPath(
            commandLine: ["cli"], configuration: ["conf"], environment: "env1:env2", builtin: "rules")
        #expect(path.entries.map(\.folder) == ["cli", "conf", "env1", "env2", "rules"])
        #expect(path.entries.map(\.origin) == [.commandLine, .configuration, .environment, .environment, .builtin])
        #expect(PackSearchPath(environment: "", builtin: nil).entries.isEmpty)
    }

    @Test func packsAreFoundInSearchPathOrderThenByFolderName() throws {
        try TemporaryFolder.with { folder in
            try folder.write("first/zeta/pack.yaml", KitFixtures.pack("zeta"))
            try folder.write("first/alpha/pack.yaml", KitFixtures.pack("alpha"))
            try folder.write("first/not-a-pack/readme.yaml", "x: 1\n")
            try folder.write("second/beta/pack.yaml", KitFixtures.pack("beta"))
            let path = PackSearchPath(
                commandLine: [folder.path("first")], environment: folder.path("second"), builtin: nil)
            let (packs, diagnostics) = PackLocator.discover(path)
            #expect(packs.map(\.id) == ["alpha", "zeta", "beta"])
            #expect(packs.map(\.origin) == [.commandLine, .commandLine, .environment])
            #expect(packs.first?.folder == folder.path("first/alpha"))
            #expect(diagnostics.isEmpty)
        }
    }

    @Test func anEarlierPackShadowsALaterOneWithANote() throws {
        try TemporaryFolder.with { folder in
            try folder.write("mine/proposal/pack.yaml", KitFixtures.pack("proposal"))
            try folder.write("builtin/proposal/pack.yaml", KitFixtures.pack("proposal"))
            try folder.write("builtin/other/pack.yaml", KitFixtures.pack("other"))
            let path = PackSearchPath(commandLine: [folder.path("mine")], builtin: folder.path("builtin"))
            let (packs, diagnostics) = PackLocator.discover(path)
            #expect(packs.map(\.id) == ["proposal", "other"])
            #expect(packs.first?.folder == folder.path("mine/proposal"))
            #expect(packs.first?.shadows == [folder.path("builtin/proposal")])
            #expect(diagnostics.map(\.code) == ["pack.shadowed"])
            #expect(diagnostics.first?.severity == .info)
            #expect(
                diagnostics.first?.message
                    == "the pack 'proposal' in \(folder.path("builtin/proposal")) is shadowed by the one in "
                    + "\(folder.path("mine/proposal")), which comes first on the rules path")
        }
    }

    @Test func aFolderThatIsItselfAPackIsOnePack() throws {
        try TemporaryFolder.with { folder in
            try folder.write("demo/pack.yaml", KitFixtures.pack("demo"))
            try folder.write("demo/rules/inner/pack.yaml", KitFixtures.pack("inner"))
            let (packs, diagnostics) = PackLocator.discover(
                PackSearchPath(commandLine: [folder.path("demo")], builtin: nil))
            #expect(packs.map(\.id) == ["demo"])
            #expect(packs.map(\.folder) == [folder.path("demo")])
            #expect(diagnostics.isEmpty)
        }
    }

    @Test func aMissingFolderIsAWarningExceptForTheBuiltInRules() throws {
        try TemporaryFolder.with { folder in
            let missing = folder.path("nosuch")
            let (_, fromCommandLine) = PackLocator.discover(PackSearchPath(commandLine: [missing], builtin: nil))
            #expect(fromCommandLine.map(\.severity) == [.warning])
            #expect(
                fromCommandLine.first?.message
                    == "the rules folder \(missing) (from --rules-path) cannot be used: it does not exist")
            let (_, builtin) = PackLocator.discover(PackSearchPath(builtin: missing))
            #expect(builtin.map(\.severity) == [.error])
        }
    }

    @Test func aFileOnTheSearchPathIsAWarning() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("pack.yaml", KitFixtures.pack("demo"))
            let (packs, diagnostics) = PackLocator.discover(PackSearchPath(configuration: [file], builtin: nil))
            #expect(packs.isEmpty)
            #expect(diagnostics.map(\.message) == ["the rules path entry \(file) (from rules_path) is not a folder"])
        }
    }

    @Test func theBuiltInRulesAreFoundAboveABinaryInTheBuildFolder() throws {
        try TemporaryFolder.with { folder in
            try folder.write("Package.swift", "// swift-tools-version: 6.0\n")
            try folder.write("rules/proposal/pack.yaml", KitFixtures.pack("proposal"))
            try folder.write(".build/debug/dglint", "")
            #expect(BuiltinRules.locate(executable: folder.path(".build/debug/dglint")) == folder.path("rules"))
            try folder.write("usr/bin/dglint", "")
            try folder.makeFolder("usr/share/dglint/rules")
            #expect(
                BuiltinRules.locate(executable: folder.path("usr/bin/dglint")) == folder.path("usr/share/dglint/rules"))
            #expect(BuiltinRules.locate(executable: nil) == nil)
        }
    }
}
