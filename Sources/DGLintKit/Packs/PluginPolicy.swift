import DGLintEngine
public import DGLintPlugins

/// Which packs may run programs, and the run's plugin processes.
///
/// A pack is trusted when it comes from the built-in `rules/` folder, when the run has `--allow-plugins`,
/// or when the configuration lists it in `trusted_packs`. An untrusted pack that declares functions is a
/// load error — unless the policy only inspects packs (`packs list`), where such a pack loads and each of
/// its functions reports the refusal instead of running.
public struct PluginPolicy: Sendable {
    public var host: PluginHost
    /// `--allow-plugins`: every pack may run programs.
    public var allowAll: Bool
    /// The configuration's `trusted_packs`.
    public var trustedPacks: [String]
    /// The built-in `rules/` folder, whose packs are always trusted.
    public var builtinRules: String?
    /// Load untrusted packs anyway, their functions refusing to run (for listing packs).
    public var inspectOnly: Bool

    public init(
        host: PluginHost, allowAll: Bool, trustedPacks: [String], builtinRules: String?, inspectOnly: Bool = false
    ) {
        self.host = host
        self.allowAll = allowAll
        self.trustedPacks = trustedPacks
        self.builtinRules = builtinRules
        self.inspectOnly = inspectOnly
    }

    /// The policy of a run with `options` under the configuration `config`.
    public init(host: PluginHost, options: LintOptions, config: Configuration?) {
        self.init(
            host: host, allowAll: options.allowPlugins, trustedPacks: config?.trustedPacks ?? [],
            builtinRules: options.builtinRules, inspectOnly: options.inspectPlugins)
    }

    /// Whether the pack found as `discovered` may run programs.
    public func trusts(_ discovered: DiscoveredPack) -> Bool {
        allowAll || trustedPacks.contains(discovered.id) || isBuiltin(discovered)
    }

    /// The factory ``PackReader`` gives the decoder for the pack found as `discovered`.
    public func factory(for discovered: DiscoveredPack) -> PluginFactory {
        PluginFactory(
            host: host, trusted: trusts(discovered),
            origin: isBuiltin(discovered) ? "built-in" : discovered.origin.rawValue,
            inspectOnly: inspectOnly)
    }

    private func isBuiltin(_ discovered: DiscoveredPack) -> Bool {
        if discovered.origin == .builtin { return true }
        guard let builtinRules, let root = FileSystem.realPath(builtinRules),
            let folder = FileSystem.realPath(discovered.folder)
        else { return false }
        return folder.hasPrefix(root + "/")
    }
}
