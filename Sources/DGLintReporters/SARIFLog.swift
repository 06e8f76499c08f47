/// The SARIF 2.1.0 objects dglint writes, as Codable records.
///
/// Only the properties dglint fills are declared; optional ones are left out of the JSON when nil. Names
/// follow the SARIF specification (OASIS, 2020), section by section: §3.14 run, §3.19 tool, §3.19.23 tool
/// component, §3.49 reporting descriptor, §3.27 result, §3.28 location, §3.30 region, §3.35 suppression.
enum SARIF {
    /// The schema a log names in `$schema`.
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// Everything in a run except its results, which are written after it as they arrive.
    struct RunHead: Encodable {
        var tool: Tool
        /// Our columns count Unicode scalars; SARIF's default is UTF-16 code units.
        var columnKind = "unicodeCodePoints"
        /// The language of the messages, RFC 5646 (`th`, `en`).
        var language: String
        var invocations: [Invocation]
        var properties: RunProperties
    }

    struct RunProperties: Encodable {
        var language: String
        /// SHA-256 of the configuration files and options of the run (the audit stamp).
        var configurationSha256: String?
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        /// When the run started (ISO 8601, UTC).
        var startTimeUtc: String?
    }

    /// The driver (dglint, with every rule of the run) and one extension per pack.
    struct Tool: Encodable {
        var driver: ToolComponent
        var extensions: [ToolComponent]?
    }

    struct ToolComponent: Encodable {
        var name: String
        var fullName: String?
        var version: String
        var semanticVersion: String?
        var informationUri: String?
        var rules: [ReportingDescriptor]?
        var properties: PackProperties?
    }

    /// A pack's digest and the folder it was loaded from.
    struct PackProperties: Encodable {
        var sha256: String
        var source: String
    }

    /// A rule.
    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message?
        var help: MultiformatMessage?
        var helpUri: String?
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct RuleProperties: Encodable {
        /// SARIF's conventional property for tags, which GitHub code scanning shows.
        var tags: [String]?
        var evidence: String
        var pack: String
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String?
    }

    /// A finding.
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var suppressions: [Suppression]?
        var properties: ResultProperties
    }

    /// What SARIF has no place for: the document of a multi-document file and the JSON pointer.
    struct ResultProperties: Encodable {
        var document: Int
        var pointer: String
        var pack: String
        var packVersion: String
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    /// Lines and columns are 1-based, columns in Unicode code points (see ``RunHead/columnKind``); the end
    /// column is that of the character after the region. Byte offset and length are 0-based, in the file.
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var byteOffset: Int
        var byteLength: Int
    }

    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
    }

    /// `inSource` for a waiver in the proposal, `external` for the baseline file.
    struct Suppression: Encodable {
        var kind: String
        var justification: String
        var properties: WaiverProperties?
    }

    struct WaiverProperties: Encodable {
        var approvedBy: String?
        var reference: String?
        var expires: String?
    }
}
