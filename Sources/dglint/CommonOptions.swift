public import ArgumentParser
import DGLintFunctions
import DGLintKit
public import DGLintModel

#if canImport(Glibc)
    import Glibc
#endif

/// Options shared by every command that loads packs.
struct PackOptions: ParsableArguments {
    @Option(
        name: .customLong("rules-path"),
        help: ArgumentHelp("A folder of packs (or one pack) to search first; repeatable.", valueName: "dir"))
    var rulesPath: [String] = []

    @Option(help: ArgumentHelp("Use only these packs (and those they depend on), comma-separated.", valueName: "id,id"))
    var packs: String?

    @Option(
        help: ArgumentHelp(
            "A configuration file to use for every file, instead of the nearest .dglint.yaml.", valueName: "file"))
    var config: String?

    @Flag(help: "Let packs from outside the built-in rules run the programs their 'functions:' declare.")
    var allowPlugins = false

    /// The options as plain values.
    var selection: PackSelection {
        PackSelection(rulesPath: rulesPath, packs: packs, config: config, allowPlugins: allowPlugins)
    }

    var lintOptions: LintOptions { selection.lintOptions }

    /// A linter for these options, or exit 2 after printing every pack and configuration error.
    func makeLinter(
        applyWaivers: Bool = true, anchor: String? = nil, inspectPlugins: Bool = false, jobs: Int? = nil,
        measureTimings: Bool = false
    ) throws -> Linter {
        try selection.makeLinter(
            applyWaivers: applyWaivers, anchor: anchor, inspectPlugins: inspectPlugins, jobs: jobs,
            measureTimings: measureTimings)
    }
}

/// The values of ``PackOptions``, which a command can also be given without swift-argument-parser
/// (``CheckRequest/plain(_:)``).
struct PackSelection {
    var rulesPath: [String] = []
    var packs: String?
    var config: String?
    var allowPlugins = false

    var lintOptions: LintOptions {
        var options = LintOptions()
        options.rulesPath = rulesPath
        options.configPath = config
        options.packs = packs.map { $0.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty } }
        options.environmentRulesPath = Environment.value("DGLINT_RULES_PATH")
        options.allowPlugins = allowPlugins
        options.parseCache = ParseCache.standardFolder(environment: Environment.value).map(ParseCache.init(folder:))
        return options
    }

    /// A linter for these options, or exit 2 after printing every pack and configuration error.
    func makeLinter(
        applyWaivers: Bool = true, anchor: String? = nil, inspectPlugins: Bool = false, jobs: Int? = nil,
        measureTimings: Bool = false
    ) throws -> Linter {
        var options = lintOptions
        if let jobs { options.jobs = jobs }
        options.measureTimings = measureTimings
        options.anchor = anchor
        options.inspectPlugins = inspectPlugins
        options.evaluation.applyWaivers = applyWaivers
        do throws(DiagnosticList) {
            return try Linter(options: options, registry: BuiltinFunctions.registry)
        } catch {
            DiagnosticOutput.print(error.diagnostics)
            throw ExitCode(2)
        }
    }
}

/// `--lang`, defaulting to the configuration, then `LANG`, then Thai.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp("The language of messages: th or en (default: from LANG, else th).", valueName: "th|en"))
    var lang: Language?

    func resolve(configured: Language?) -> Language { Self.resolve(lang, configured: configured) }

    /// `given`, else `configured`, else the language of `LANG`, else Thai.
    static func resolve(_ given: Language?, configured: Language?) -> Language {
        given ?? configured ?? Environment.value("LANG").flatMap(Language.init(locale:)) ?? .th
    }
}

extension Language: ExpressibleByArgument {}

enum Environment {
    static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        let text = String(cString: raw)
        return text.isEmpty ? nil : text
    }
}
