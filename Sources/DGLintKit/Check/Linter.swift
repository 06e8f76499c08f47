public import DGLintEngine
public import DGLintModel
public import DGLintPlugins
public import DGLintYAML

/// What a run needs to know before it checks anything.
public struct LintOptions: Sendable {
    /// `--rules-path` folders.
    public var rulesPath: [String] = []
    /// `--config`: one configuration for every file, instead of the nearest `.dglint.yaml`.
    public var configPath: String?
    /// Where run-wide settings (language, fail level, format, excludes) are looked up when there is no
    /// `--config`: the nearest `.dglint.yaml` governing this path (the first path checked).
    public var anchor: String?
    /// `--packs`: only these packs and their dependencies.
    public var packs: [String]?
    /// `DGLINT_RULES_PATH`.
    public var environmentRulesPath: String?
    /// The built-in `rules/` folder; nil when there is none.
    public var builtinRules: String? = BuiltinRules.locate()
    public var limits = YAMLLoader.Limits()
    /// How waivers apply: `--ignore-waivers` turns them off; `today` decides which have expired.
    public var evaluation = EvaluationOptions(applyWaivers: true, today: Today.date())
    /// `--allow-plugins`: packs from anywhere may run the programs their `functions:` declare.
    public var allowPlugins = false
    /// Load packs whose programs are not trusted without running them (for `packs list`).
    public var inspectPlugins = false
    /// How many packs are read and compiled at once (`--jobs`); packs are independent until they are put
    /// together in a rule set, so start-up uses every core.
    public var jobs = ParallelMap.coreCount
    /// Where parsed pack files are kept between runs (see ``ParseCache``); nil parses them every time.
    public var parseCache: ParseCache?
    /// `--timings`: each ``FileReport`` says where the time of checking it went.
    public var measureTimings = false

    public init() {}
}

/// The front door for checking files: loads packs and configurations once, then checks files (from any
/// number of threads) into ``FileReport``s.
public final class Linter: Sendable {
    public let options: LintOptions
    public let registry: FunctionRegistry
    /// Notes about the rules path (shadowed packs, missing folders): warnings and infos, not errors.
    public let notes: [Diagnostic]
    /// The plugin programs of the run, started when a rule first needs one and stopped with the linter.
    public let pluginHost = PluginHost()

    private let loader: YAMLLoader
    private let configs = ConfigLocator()
    private let explicitConfig: Configuration?
    /// The configuration of the run: `--config`, or the one governing ``LintOptions/anchor``.
    public let runConfiguration: Configuration?
    private let cache = Lock()
    private nonisolated(unsafe) var evaluators: [String: Evaluator] = [:]
    private nonisolated(unsafe) var packCache: [String: Pack] = [:]
    private let baseEvaluator: Evaluator

    /// Loads the packs for the run's base configuration; throws every pack and configuration error.
    public init(options: LintOptions, registry: FunctionRegistry) throws(DiagnosticList) {
        self.options = options
        self.registry = registry
        loader = YAMLLoader(limits: options.limits)
        explicitConfig = try options.configPath.map { path throws(DiagnosticList) in try ConfigLocator.load(path) }
        if let explicitConfig {
            runConfiguration = explicitConfig
        } else if let anchor = options.anchor, let path = configs.configPath(for: anchor) {
            runConfiguration = try configs.configuration(at: path)
        } else {
            runConfiguration = nil
        }
        var notes: [Diagnostic] = []
        var packCache: [String: Pack] = [:]
        baseEvaluator = try Self.makeEvaluator(
            options: options, config: runConfiguration, registry: registry, host: pluginHost, packCache: &packCache,
            notes: &notes)
        self.packCache = packCache
        self.notes = notes
    }

    /// The packs of the base configuration, in search-path order.
    public var ruleSet: RuleSet { baseEvaluator.ruleSet }

    /// The evaluator of the base configuration.
    public var defaultEvaluator: Evaluator { baseEvaluator }

    /// The audit stamp for a run over `files`: every pack any of their configurations uses.
    /// - Parameters:
    ///   - settings: the options of the run that decide its findings (`--fail-on`, `--ignore-waivers`, …), as
    ///     text; with the configuration files used they make the configuration digest.
    ///   - startedAt: when the run started, for the stamp.
    public func runInfo(
        language: Language, files: some Sequence<String> = [], settings: [String: String] = [:],
        startedAt: String? = nil
    ) throws(DiagnosticList) -> RunInfo {
        var packs: [String: PackSummary] = [:]
        var rules: [String: RuleSummary] = [:]
        var order: [String] = []
        // One evaluator per configuration file, not per input: a batch of 10,000 files under one configuration
        // would otherwise hold 10,000 copies while the run lasts. The files make the configuration digest.
        var configFiles = Set(runConfiguration?.file.map { [$0] } ?? [])
        var evaluatorsUsed = [baseEvaluator]
        for file in files where explicitConfig == nil {
            guard let path = configs.configPath(for: file), configFiles.insert(path).inserted else { continue }
            evaluatorsUsed.append(try evaluator(for: file))
        }
        for evaluator in evaluatorsUsed {
            for pack in evaluator.ruleSet.packs where packs[pack.id] == nil {
                packs[pack.id] = pack.summary
                order.append(pack.id)
                for rule in pack.rules { rules[rule.id] = rule.summary }
            }
        }
        for rule in CoreRules.all { rules[rule.id] = rule }
        return RunInfo(
            toolVersion: EngineInfo.version.description, packs: order.compactMap { packs[$0] },
            rules: rules.values.sorted { $0.id < $1.id }, language: language, startedAt: startedAt,
            configurationDigest: Self.configurationDigest(settings: settings, files: configFiles.sorted()))
    }

    /// SHA-256 over the settings (sorted `key=value` lines) and each configuration file's path and contents.
    static func configurationDigest(settings: [String: String], files: [String]) -> String {
        var bytes: [UInt8] = []
        for (key, value) in settings.sorted(by: { $0.key < $1.key }) { bytes += Array("\(key)=\(value)\n".utf8) }
        for file in files {
            bytes += Array("file=\(file)\n".utf8)
            bytes += (try? FileSystem.read(file, limit: 1 << 20)) ?? []
            bytes.append(0)
        }
        return SHA256.hex(of: bytes)
    }

    /// The evaluator for a file: the explicit configuration's, or that of the nearest `.dglint.yaml`.
    public func evaluator(for file: String) throws(DiagnosticList) -> Evaluator {
        guard explicitConfig == nil, let path = configs.configPath(for: file), path != runConfiguration?.file else {
            return baseEvaluator
        }
        if let cached = cache.withLock({ evaluators[path] }) { return cached }
        let config = try configs.configuration(at: path)
        var notes: [Diagnostic] = []
        var packs = cache.withLock { packCache }
        let evaluator = try Self.makeEvaluator(
            options: options, config: config, registry: registry, host: pluginHost, packCache: &packs,
            notes: &notes)
        cache.withLock {
            evaluators[path] = evaluator
            packCache.merge(packs) { first, _ in first }
        }
        return evaluator
    }

    /// The configuration that governs `path` (a file, or a folder whose own `.dglint.yaml` counts): the
    /// explicit one, or the nearest `.dglint.yaml`.
    public func configuration(for path: String) throws(DiagnosticList) -> Configuration? {
        if let explicitConfig { return explicitConfig }
        guard let found = configs.configPath(for: path) else { return nil }
        return try configs.configuration(at: found)
    }

    private static func makeEvaluator(
        options: LintOptions, config: Configuration?, registry: FunctionRegistry, host: PluginHost,
        packCache: inout [String: Pack],
        notes: inout [Diagnostic]
    ) throws(DiagnosticList) -> Evaluator {
        let searchPath = PackSearchPath(
            commandLine: options.rulesPath, configuration: config?.rulesPath ?? [],
            environment: options.environmentRulesPath, builtin: options.builtinRules)
        let (discovered, discoveryNotes) = PackLocator.discover(searchPath)
        var diagnostics = discoveryNotes.filter { $0.severity == .error }
        notes += discoveryNotes.filter { $0.severity != .error }
        let reader = PackReader(
            decoder: PackDecoder(registry: registry, engineVersion: EngineInfo.version),
            plugins: PluginPolicy(host: host, options: options, config: config), cache: options.parseCache)
        let missing = discovered.filter { packCache[$0.folder] == nil }.map(reader.list)
        let read = ParallelMap.map(missing, jobs: options.jobs, largestFirst: \.bytes) { reader.read($0) }
        for (found, (pack, packDiagnostics)) in zip(missing.map(\.pack), read) {
            diagnostics += packDiagnostics.filter { $0.severity == .error }
            notes += packDiagnostics.filter { $0.severity != .error }
            if let pack { packCache[found.folder] = pack }
        }
        let packs = discovered.compactMap { packCache[$0.folder] }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        var ruleSet = try RuleSet(packs)
        var evaluation = options.evaluation
        evaluation.knownRules = Set(ruleSet.rules.map(\.id))
        if let wanted = options.packs ?? config?.packs {
            do {
                ruleSet = try ruleSet.selecting(wanted)
            } catch {
                throw DiagnosticList([Diagnostic(code: "packs.unknown", message: error.description)])
            }
        }
        if let overrides = config?.rules {
            do {
                try ruleSet.apply(overrides: overrides)
            } catch {
                let location =
                    config?.ruleLocations[error.id] ?? config?.file.map { SourceLocation(file: $0, range: nil) }
                throw DiagnosticList([Diagnostic(code: "config.rules", message: error.description, location: location)])
            }
        }
        return Evaluator(ruleSet: ruleSet, options: evaluation)
    }
}
