public import DGLintEngine
import DGLintModel

/// Makes the functions of a pack's plugins for ``PackDecoder`` — when the pack is trusted to run programs.
///
/// Packs from the built-in folder are trusted; others only with `--allow-plugins` or when the configuration
/// lists them in `trusted_packs`. An untrusted pack that declares functions is a load error that names the
/// pack, where it came from and how to trust it.
public struct PluginFactory: PluginFunctionFactory {
    public var host: PluginHost
    public var trusted: Bool
    /// Where the pack came from, as the user named it: `--rules-path`, `rules_path`, `DGLINT_RULES_PATH`.
    public var origin: String
    /// Load an untrusted pack anyway (to list it): its functions report the refusal instead of running.
    public var inspectOnly: Bool

    public init(host: PluginHost, trusted: Bool, origin: String, inspectOnly: Bool = false) {
        self.host = host
        self.trusted = trusted
        self.origin = origin
        self.inspectOnly = inspectOnly
    }

    public func definitions(for plugins: PackPlugins) -> Result<[FunctionDefinition], PluginRefusal> {
        guard trusted else {
            let names = plugins.functions.map(\.name).joined(separator: ", ")
            let refusal = PluginRefusal(
                "the pack '\(plugins.pack)' (from \(origin)) runs programs (functions: \(names)); trust it with "
                    + "--allow-plugins or add '\(plugins.pack)' to trusted_packs in .dglint.yaml")
            guard inspectOnly else { return .failure(refusal) }
            return .success(
                plugins.functions.map { spec in
                    FunctionDefinition(spec.declaration) { _ throws(OptionError) in RefusedFunction(refusal: refusal) }
                })
        }
        if let problem = Self.checkFiles(plugins) { return .failure(PluginRefusal(problem)) }
        return .success(
            plugins.functions.map { spec in
                let process = host.process(for: plugins, command: spec.command)
                let name = spec.name
                let pack = plugins.pack
                let timeout = spec.timeout
                return FunctionDefinition(spec.declaration) { options throws(OptionError) in
                    PluginFunction(name: name, pack: pack, options: options.values, timeout: timeout, process: process)
                }
            })
    }

    /// Every file a command names must exist inside the pack folder, also after links are resolved.
    static func checkFiles(_ plugins: PackPlugins) -> String? {
        guard let root = FileLocation.realPath(plugins.folder) else { return nil }
        for spec in plugins.functions {
            for word in spec.command where word.contains("/") {
                let path = PluginHost.resolve(word, folder: plugins.folder)
                guard let real = FileLocation.realPath(path) else {
                    return "the plugin function '\(spec.name)' runs '\(word)', which is not in the pack folder "
                        + "\(plugins.folder); check the 'command'"
                }
                guard real.hasPrefix(root + "/") else {
                    return "the plugin function '\(spec.name)' runs '\(word)', which links outside the pack folder; "
                        + "copy the file into the pack"
                }
            }
        }
        return nil
    }
}

/// The function of an untrusted pack loaded only to be listed: it never runs, and says why.
struct RefusedFunction: RuleFunction {
    var refusal: PluginRefusal

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        [FunctionResult(LocalizedText(refusal.message))]
    }
}
