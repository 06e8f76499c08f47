public import DGLintModel

/// What a run was checked against: the audit stamp every report carries.
public struct RunInfo: Sendable {
    public var toolName: String
    public var toolVersion: String
    public var packs: [PackSummary]
    public var rules: [RuleSummary]
    public var language: Language
    /// When the run started, ISO 8601 in UTC (`2026-11-27T04:30:00Z`); `SOURCE_DATE_EPOCH` fixes it for
    /// reproducible reports. Nil leaves it out (golden files).
    public var startedAt: String?
    /// SHA-256 of everything besides the packs that decides the findings: the configuration files and the
    /// options given (packs, rules path, fail level, waivers, baseline). Nil leaves it out.
    public var configurationDigest: String?

    public init(
        toolName: String = "dglint", toolVersion: String, packs: [PackSummary], rules: [RuleSummary],
        language: Language, startedAt: String? = nil, configurationDigest: String? = nil
    ) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.packs = packs
        self.rules = rules
        self.language = language
        self.startedAt = startedAt
        self.configurationDigest = configurationDigest
    }

    /// The rule with `id`, if it is part of the run.
    public func rule(_ id: String) -> RuleSummary? { rules.first { $0.id == id } }
}

/// A loaded pack as reports show it.
public struct PackSummary: Hashable, Sendable {
    public var id: String
    public var version: String
    /// SHA-256 over the pack's files (names and contents, in sorted order), worked out when first read.
    public var digest: PackDigest
    public var title: LocalizedText
    /// The folder the pack was loaded from.
    public var source: String

    public init(id: String, version: String, sha256: String, title: LocalizedText, source: String) {
        self.init(id: id, version: version, digest: PackDigest(value: sha256), title: title, source: source)
    }

    public init(id: String, version: String, digest: PackDigest, title: LocalizedText, source: String) {
        self.id = id
        self.version = version
        self.digest = digest
        self.title = title
        self.source = source
    }

    /// SHA-256 over the pack's files, as 64 lowercase hexadecimal digits.
    public var sha256: String {
        get { digest.value }
        set { digest = PackDigest(value: newValue) }
    }

    public static func == (lhs: PackSummary, rhs: PackSummary) -> Bool {
        lhs.id == rhs.id && lhs.version == rhs.version && lhs.title == rhs.title && lhs.source == rhs.source
            && lhs.sha256 == rhs.sha256
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(version)
        hasher.combine(source)
    }
}

/// A rule as reports and `rules explain` show it.
public struct RuleSummary: Hashable, Sendable {
    public var id: String
    public var name: String
    public var pack: String
    public var severity: Severity
    public var title: LocalizedText
    public var why: LocalizedText?
    public var fix: LocalizedText?
    public var references: [Reference]
    public var evidence: Evidence
    public var tags: [String]

    public init(
        id: String, name: String, pack: String, severity: Severity, title: LocalizedText, why: LocalizedText?,
        fix: LocalizedText?, references: [Reference], evidence: Evidence, tags: [String]
    ) {
        self.id = id
        self.name = name
        self.pack = pack
        self.severity = severity
        self.title = title
        self.why = why
        self.fix = fix
        self.references = references
        self.evidence = evidence
        self.tags = tags
    }
}

/// A source a rule cites.
public struct Reference: Hashable, Sendable {
    /// The pack's key for it, with any `#fragment` the rule added.
    public var key: String
    public var title: LocalizedText
    public var url: String?

    public init(key: String, title: LocalizedText, url: String?) {
        self.key = key
        self.title = title
        self.url = url
    }
}

/// How sure the rule catalogue is of a rule's source.
public enum Evidence: String, Sendable, CaseIterable, Codable {
    /// Seen in the source's own text.
    case verified
    /// From news or a third-party summary; plausible.
    case secondary
    /// From practice or inference; no binding text found.
    case inferred
}
