import DGLintEngine
import DGLintKit

/// Where each pack of a run came from on the rules path, and whether its plugin programs may run, for
/// `dglint packs list`: `(rules/pdpa, built-in)`, `(packs/thai-address, --rules-path, plugins untrusted)`.
struct PackOrigins {
    private var byFolder: [String: DiscoveredPack] = [:]
    private var policy: PluginPolicy

    init(linter: Linter) {
        let options = linter.options
        let searchPath = PackSearchPath(
            commandLine: options.rulesPath, configuration: linter.runConfiguration?.rulesPath ?? [],
            environment: options.environmentRulesPath, builtin: options.builtinRules)
        for pack in PackLocator.discover(searchPath).packs { byFolder[pack.folder] = pack }
        policy = PluginPolicy(host: linter.pluginHost, options: options, config: linter.runConfiguration)
    }

    /// `, <origin>` and, for a pack with plugin functions, `, plugins trusted` or `, plugins untrusted`.
    func describe(_ pack: Pack) -> String {
        guard let found = byFolder[pack.folder] else { return "" }
        var text = ", " + found.origin.rawValue
        if pack.plugins != nil { text += policy.trusts(found) ? ", plugins trusted" : ", plugins untrusted" }
        return text
    }
}
