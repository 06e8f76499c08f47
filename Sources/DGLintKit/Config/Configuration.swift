public import DGLintEngine
public import DGLintModel

/// The settings of a `.dglint.yaml`, validated with positions.
public struct Configuration: Sendable, Equatable {
    /// The file it came from; nil for the defaults.
    public var file: String?
    /// Pack ids to enable (with their dependencies); nil means every pack that applies.
    public var packs: [String]?
    /// Extra pack folders, already made relative to the working directory.
    public var rulesPath: [String] = []
    /// Severity overrides; nil turns a rule off.
    public var rules: [String: Severity?] = [:]
    /// Where each rule of `rules` is named, for errors about unknown ids.
    public var ruleLocations: [String: SourceLocation] = [:]
    public var failOn: FailLevel?
    public var language: Language?
    public var format: String?
    public var trustedPacks: [String] = []
    public var exclude: [String] = []

    public init(file: String? = nil) {
        self.file = file
    }

    public static let keys = ["packs", "rules_path", "rules", "fail_on", "lang", "format", "trusted_packs", "exclude"]

    /// Decodes a parsed `.dglint.yaml`; throws every problem found, each at its position.
    public static func decode(_ document: SourceDocument, folder: String) throws(DiagnosticList) -> Configuration {
        let collector = DiagnosticCollector()
        var config = Configuration(file: document.file)
        let root = DecodingNode(document: document)
        if case .null = root.value { return config }
        guard root.checkMapping(collector, what: "the configuration", allowed: keys, code: "config") else {
            throw DiagnosticList(collector.diagnostics)
        }
        config.packs = root.child("packs")?.strings(collector, what: "'packs'", code: "config")
        config.rulesPath = (root.child("rules_path")?.strings(collector, what: "'rules_path'", code: "config") ?? [])
            .map {
                $0.hasPrefix("/") ? $0 : FileSystem.join(folder, $0)
            }
        if let rules = root.child("rules"),
            rules.checkMapping(collector, what: "'rules'", allowed: rules.members.map(\.key), code: "config")
        {
            let choices = ["off"] + Severity.allCases.reversed().map(\.rawValue)
            for (id, node) in rules.members {
                guard let choice = node.choice(choices, collector, what: "the setting of rule \(id)", code: "config")
                else { continue }
                config.rules[id] = Severity(rawValue: choice)
                config.ruleLocations[id] = node.keyLocation
            }
        }
        if let node = root.child("fail_on"),
            let text = node.choice(FailLevel.allCases.map(\.rawValue), collector, what: "'fail_on'", code: "config")
        {
            config.failOn = FailLevel(rawValue: text)
        }
        if let node = root.child("lang"),
            let text = node.choice(Language.allCases.map(\.rawValue), collector, what: "'lang'", code: "config")
        {
            config.language = Language(rawValue: text)
        }
        config.format = root.child("format")?.string(collector, what: "'format'", code: "config")
        config.trustedPacks =
            root.child("trusted_packs")?.strings(collector, what: "'trusted_packs'", code: "config") ?? []
        config.exclude = root.child("exclude")?.strings(collector, what: "'exclude'", code: "config") ?? []
        if collector.hasErrors { throw DiagnosticList(collector.diagnostics) }
        return config
    }
}

/// The lowest severity that makes `dglint check` exit 1.
public enum FailLevel: String, Sendable, CaseIterable {
    case error, warning, info, hint, never

    /// The severity at or above which findings fail, or nil for `never`.
    public var severity: Severity? { Severity(rawValue: rawValue) }
}
