import DGLintEngine
import DGLintFunctions
import DGLintKit
import DGLintModel

/// Small packs and proposals written into temporary folders by the Kit tests.
enum KitFixtures {
    /// A valid `pack.yaml` whose one rule (`<ID>-01` unless `rule` is given) requires a `name` field.
    static func pack(_ id: String, version: String = "1.0.0", rule: String? = nil, extra: String = "") -> String {
        let ruleID = rule ?? id.uppercased() + "-01"
        return """
            pack: \(id)
            version: \(version)
            title: {th: ชุดกฎ \(id), en: The \(id) pack}
            \(extra)
            rules:
              \(ruleID):
                severity: error
                evidence: inferred
                title: {th: ต้องมีชื่อ, en: A name is required}
                message: {th: "ต้องระบุชื่อที่ {{path}}", en: "A name is required at {{path}}"}
                then: {field: name, function: defined}

            """
    }

    /// A rule file for `include`, with one rule `id` that requires `field`.
    static func ruleFile(_ id: String, field: String) -> String {
        """
        rules:
          \(id):
            severity: warning
            evidence: inferred
            title: {th: ต้องมี \(field), en: \(field) is required}
            then: {field: \(field), function: defined}

        """
    }

    /// A linter over the packs in `rulesPath` only (no built-in packs, no environment).
    static func linter(rulesPath: [String], configPath: String? = nil) throws -> Linter {
        var options = LintOptions()
        options.rulesPath = rulesPath
        options.configPath = configPath
        options.builtinRules = nil
        options.environmentRulesPath = nil
        return try Linter(options: options, registry: BuiltinFunctions.registry)
    }

    /// The packs found on `folders` (as if given with `--rules-path`) and read, with every diagnostic.
    static func readPacks(_ folders: [String]) -> (packs: [Pack], diagnostics: [Diagnostic]) {
        let (discovered, notes) = PackLocator.discover(PackSearchPath(commandLine: folders, builtin: nil))
        let reader = PackReader(
            decoder: PackDecoder(registry: BuiltinFunctions.registry, engineVersion: EngineInfo.version))
        var packs: [Pack] = []
        var diagnostics = notes
        for found in discovered {
            let (pack, packDiagnostics) = reader.read(found)
            diagnostics += packDiagnostics
            if let pack { packs.append(pack) }
        }
        return (packs, diagnostics)
    }
}
