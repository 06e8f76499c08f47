public import DGLintEngine
import DGLintModel

/// Writes the run as a SARIF 2.1.0 log, for code-scanning dashboards (GitHub, Azure DevOps, IDE viewers).
///
/// The log holds one run. ``begin(_:into:)`` writes the tool — dglint as the driver with every rule of the
/// run, each pack as an extension with its version and sha256 — the column kind, the language and the
/// invocation, and opens `results`; ``report(_:into:)`` appends each file's results as it arrives;
/// ``end(_:into:)`` closes the log. Memory stays bounded: only the rule index is kept between calls.
///
/// Every finding is a result: waived ones carry an `inSource` suppression with the waiver's reason,
/// baselined ones an `external` suppression, so dashboards show them as suppressed rather than dropping
/// them. Columns count Unicode code points (`columnKind: unicodeCodePoints`), as dglint's do. File names
/// become relative URIs, percent-encoded (Thai names included). Keys are sorted and pretty-printed, so the
/// same run gives the same bytes. See `docs/output.md`.
public struct SARIFReporter: Reporter {
    public var options: ReportOptions
    /// Each rule's index in `tool.driver.rules`, for `ruleIndex`.
    private var ruleIndex: [String: Int] = [:]
    private var wroteResult = false

    public init(options: ReportOptions) {
        self.options = options
    }

    public mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream) {
        ruleIndex = [:]
        for (index, rule) in run.rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        wroteResult = false
        let language = options.language.rawValue
        let head = SARIF.RunHead(
            tool: SARIF.Tool(
                driver: SARIF.ToolComponent(
                    name: run.toolName, version: run.toolVersion, semanticVersion: run.toolVersion,
                    rules: run.rules.map(descriptor)),
                extensions: run.packs.isEmpty ? nil : run.packs.map(component)),
            language: language,
            invocations: [SARIF.Invocation(executionSuccessful: true, startTimeUtc: run.startedAt)],
            properties: SARIF.RunProperties(language: language, configurationSha256: run.configurationDigest))
        var text = "{\n  \"$schema\" : \"\(SARIF.schema)\",\n  \"version\" : \"2.1.0\",\n  \"runs\" : [\n    {\n"
        text += DeterministicJSON.members(of: head, indent: 3) + ",\n      \"results\" : ["
        out.write(text)
    }

    public mutating func report(_ file: FileReport, into out: inout some TextOutputStream) {
        var text = ""
        for finding in file.findings {
            text += (wroteResult ? ",\n" : "\n") + String(repeating: " ", count: 8)
            text += DeterministicJSON.encode(result(finding), indent: 4)
            wroteResult = true
        }
        out.write(text)
    }

    public mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream) {
        out.write((wroteResult ? "\n      ]" : "]") + "\n    }\n  ]\n}\n")
    }

    /// A rule as a reporting descriptor: title, why, fix, first reference, level, tags, evidence, pack.
    func descriptor(_ rule: RuleSummary) -> SARIF.ReportingDescriptor {
        let language = options.language
        let links = rule.webLinks(language)
        var help: SARIF.MultiformatMessage?
        let fix = rule.fix?.text(language)
        if fix != nil || !links.isEmpty {
            let text = ([fix].compactMap { $0 } + links.map { "\($0.title): \($0.url)" }).joined(separator: "\n")
            let items = links.map { "- [\(MarkdownText.escape($0.title))](<\($0.url)>)" }
            let markdown = ([fix.map(MarkdownText.escape)].compactMap { $0 } + items).joined(separator: "\n\n")
            help = SARIF.MultiformatMessage(text: text, markdown: markdown)
        }
        return SARIF.ReportingDescriptor(
            id: rule.id, name: rule.name, shortDescription: SARIF.Message(text: rule.title.text(language)),
            fullDescription: rule.why.map { SARIF.Message(text: $0.text(language)) }, help: help,
            helpUri: links.first?.url, defaultConfiguration: SARIF.Configuration(level: Self.level(rule.severity)),
            properties: SARIF.RuleProperties(
                tags: rule.tags.isEmpty ? nil : rule.tags, evidence: rule.evidence.rawValue, pack: rule.pack))
    }

    /// A pack as a tool extension.
    func component(_ pack: PackSummary) -> SARIF.ToolComponent {
        SARIF.ToolComponent(
            name: pack.id, fullName: pack.title.text(options.language), version: pack.version,
            semanticVersion: pack.version, properties: SARIF.PackProperties(sha256: pack.sha256, source: pack.source))
    }

    /// A finding as a result.
    func result(_ finding: Finding) -> SARIF.Result {
        let region = finding.range.map { range in
            SARIF.Region(
                startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line,
                endColumn: range.end.column, byteOffset: range.start.offset,
                byteLength: max(range.end.offset - range.start.offset, 0))
        }
        let location = SARIF.Location(
            physicalLocation: SARIF.PhysicalLocation(
                artifactLocation: SARIF.ArtifactLocation(uri: Self.uri(finding.file)), region: region),
            logicalLocations: [SARIF.LogicalLocation(fullyQualifiedName: finding.normalizedPath)])
        var suppressions: [SARIF.Suppression]?
        if let waiver = finding.waiver {
            let properties = SARIF.WaiverProperties(
                approvedBy: waiver.approvedBy, reference: waiver.reference, expires: waiver.expires)
            let hasProperties = waiver.approvedBy != nil || waiver.reference != nil || waiver.expires != nil
            suppressions = [
                SARIF.Suppression(
                    kind: "inSource", justification: waiver.reason, properties: hasProperties ? properties : nil)
            ]
        } else if finding.baselined {
            suppressions = [SARIF.Suppression(kind: "external", justification: "baseline")]
        }
        return SARIF.Result(
            ruleId: finding.rule, ruleIndex: ruleIndex[finding.rule], level: Self.level(finding.severity),
            message: SARIF.Message(text: finding.message.text(options.language)), locations: [location],
            partialFingerprints: ["dglint/v1": finding.fingerprint], suppressions: suppressions,
            properties: SARIF.ResultProperties(
                document: finding.document, pointer: finding.pointer, pack: finding.pack,
                packVersion: finding.packVersion))
    }

    /// `error`, `warning`, or `note` for info and hint.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "note"
        }
    }

    /// `file` as a URI reference: a relative one as given, or `file://` for an absolute path, with every
    /// byte other than RFC 3986 unreserved characters and `/` percent-encoded (Thai names included).
    static func uri(_ file: String) -> String {
        var text = file.hasPrefix("/") ? "file://" : ""
        for byte in file.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                text += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return text
    }
}
