import DGLintEngine
import DGLintFunctions
import DGLintModel
import DGLintPlugins
import DGLintTestSupport
import Testing

@testable import DGLintKit

/// `functions:` in pack.yaml, as a pack loads: trust, and errors with positions.
@Suite(.serialized)
struct PluginPackTests {
    static func manifest(functions: String, rule: String = "function: thai-province") -> String {
        """
        pack: demo
        version: 1.0.0
        title: {th: ทดลอง, en: Demo}
        functions:
        \(functions)
        rules:
          DEMO-01:
            severity: error
            evidence: inferred
            title: {th: ทดลอง, en: Demo}
            then: {field: province, \(rule)}

        """
    }

    static let goodFunctions = """
          thai-province:
            command: [python3, functions/check.py]
            timeout: 2s
            options:
              strict: {type: boolean, required: false, description: be strict}
        """

    /// Reads the pack in `folder/demo` as if given with `--rules-path`, under `policy`.
    static func read(
        _ folder: TemporaryFolder, allowAll: Bool = false, trusted: [String] = [], inspectOnly: Bool = false
    ) -> (pack: Pack?, diagnostics: [Diagnostic]) {
        let reader = PackReader(
            decoder: PackDecoder(registry: BuiltinFunctions.registry, engineVersion: EngineInfo.version),
            plugins: PluginPolicy(
                host: PluginHost(), allowAll: allowAll, trustedPacks: trusted, builtinRules: nil,
                inspectOnly: inspectOnly))
        return reader.read(DiscoveredPack(id: "demo", folder: folder.path("demo"), origin: .commandLine))
    }

    /// Each linter starts programs of its own, so a batch's further threads share the linter of a run whose packs
    /// run programs rather than start a second set (`Linter.replica()`).
    @Test func aLinterWhosePacksRunProgramsHasNoReplica() throws {
        try TemporaryFolder.with { folder in
            _ = try folder.write("packs/demo/pack.yaml", Self.manifest(functions: Self.goodFunctions))
            _ = try folder.write("packs/demo/functions/check.py", "")
            var options = LintOptions()
            options.rulesPath = [folder.path("packs")]
            options.builtinRules = nil
            options.environmentRulesPath = nil
            options.allowPlugins = true
            let linter = try Linter(options: options, registry: BuiltinFunctions.registry)
            #expect(linter.ruleSet.packs.map { $0.plugins != nil } == [true])
            #expect(linter.replica() == nil)
        }
    }

    @Test func anUntrustedPackIsRefusedWithHowToTrustIt() throws {
        try TemporaryFolder.with { folder in
            _ = try folder.write("demo/pack.yaml", Self.manifest(functions: Self.goodFunctions))
            _ = try folder.write("demo/functions/check.py", "")
            let (pack, diagnostics) = Self.read(folder)
            #expect(pack == nil)
            #expect(
                diagnostics.map(\.message) == [
                    "the pack 'demo' (from --rules-path) runs programs (functions: thai-province); trust it with "
                        + "--allow-plugins or add 'demo' to trusted_packs in .dglint.yaml"
                ])
            #expect(diagnostics.first?.location?.range?.start.line == 4)
        }
    }

    @Test(arguments: [(true, [String]()), (false, ["demo"])])
    func aTrustedPackLoads(allowAll: Bool, trusted: [String]) throws {
        try TemporaryFolder.with { folder in
            _ = try folder.write("demo/pack.yaml", Self.manifest(functions: Self.goodFunctions))
            _ = try folder.write("demo/functions/check.py", "")
            let (pack, diagnostics) = Self.read(folder, allowAll: allowAll, trusted: trusted)
            #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
            #expect(pack?.plugins?.functions.map(\.name) == ["thai-province"])
            #expect(pack?.plugins?.functions.first?.timeout == 2)
        }
    }

    @Test func anUntrustedPackLoadsForListingButNeverRuns() throws {
        try TemporaryFolder.with { folder in
            _ = try folder.write("demo/pack.yaml", Self.manifest(functions: Self.goodFunctions))
            _ = try folder.write("demo/functions/check.py", "")
            let (pack, _) = Self.read(folder, inspectOnly: true)
            let check = try #require(pack?.rules.first?.then.first)
            let results = check.function.evaluate(
                "x", in: FunctionContext(root: [:], path: [], given: [:], givenPath: []))
            #expect(results.first?.message.en.hasPrefix("the pack 'demo' (from --rules-path) runs programs") == true)
        }
    }

    struct BrokenCase: Sendable, CustomStringConvertible {
        var functions: String
        var rule: String = "function: thai-province"
        var message: String
        var line: Int
        var description: String { message }
    }

    static let broken: [BrokenCase] = [
        BrokenCase(
            functions: "  thai-province: {command: [python3, functions/check.py], timeout: 2x}",
            message: "the 'timeout' of the plugin function 'thai-province' is '2x', which is not a duration such as "
                + "2s or 500ms (more than 0, at most 300s)", line: 5),
        BrokenCase(
            functions: "  thai-province: {command: []}",
            message: "the 'command' of the plugin function 'thai-province' is empty; name the program, such as "
                + "[python3, functions/x.py]", line: 5),
        BrokenCase(
            functions: "  thai-province: {command: [python3, ../elsewhere/check.py]}",
            message: "'../elsewhere/check.py' in the 'command' of the plugin function 'thai-province' is outside the "
                + "pack folder; keep the plugin's files inside the pack and name them relative to it "
                + "(such as functions/check.py)", line: 5),
        BrokenCase(
            functions: "  thai-province: {command: [python3, functions/check.py], timout: 2s}",
            message: "unknown key 'timout' in the plugin function 'thai-province'; did you mean 'timeout'?", line: 5),
        BrokenCase(
            functions: "  defined: {command: [python3, functions/check.py]}", rule: "function: defined",
            message: "the plugin function 'defined' has the name of a built-in function; give it a name of its own",
            line: 5),
        BrokenCase(
            functions: "  thai-province: {command: [python3, functions/missing.py]}",
            message: "the plugin function 'thai-province' runs 'functions/missing.py', which is not in the pack "
                + "folder", line: 4),
        BrokenCase(
            functions: "  thai-province: {command: [python3, functions/check.py], options: {strict: {type: bool}}}",
            message: "the 'type' of the option 'strict' of the plugin function 'thai-province' is 'bool', which is "
                + "not one of string, boolean, integer, number, list, any", line: 5),
        BrokenCase(
            functions: Self.goodFunctions, rule: "function: thai-province, with: {strict: yes-please}",
            message: "the option 'strict' of 'thai-province' must be true or false, but it is a text", line: 15),
    ]

    @Test(arguments: broken)
    func aBrokenDeclarationIsAnErrorAtItsPlace(_ example: BrokenCase) throws {
        try TemporaryFolder.with { folder in
            _ = try folder.write("demo/pack.yaml", Self.manifest(functions: example.functions, rule: example.rule))
            _ = try folder.write("demo/functions/check.py", "")
            let (pack, diagnostics) = Self.read(folder, allowAll: true)
            #expect(pack == nil)
            let errors = diagnostics.filter { $0.severity == .error }
            #expect(errors.contains { $0.message.hasPrefix(example.message) }, "\(errors.map(\.message))")
            #expect(errors.first?.location?.range?.start.line == example.line)
        }
    }
}
