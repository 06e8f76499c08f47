public import DGLintEngine
import DGLintModel

/// Writes the run as one JSON object, for programs and audit records.
///
/// The object is written as the run goes: ``begin(_:into:)`` writes the tool, language and packs and
/// opens `findings`, ``report(_:into:)`` appends each file's findings, ``end(_:into:)`` closes the array
/// and writes the summary. Output is pretty-printed with two-space indentation, keys in a fixed order
/// (documented key by key in `docs/output.md`), and is byte-for-byte the same for the same run.
/// Every finding is written, waived and baselined ones included (flagged); ``ReportOptions/quiet`` and
/// ``ReportOptions/color`` do not apply. Messages are in ``ReportOptions/language``.
///
/// Each record is built as a ``Value`` object, whose keys keep the order they are written in, and printed
/// with ``JSONWriter``; nothing goes through an untyped dictionary.
public struct JSONReporter: Reporter {
    public var options: ReportOptions
    private var wroteFinding = false

    private static let writer = JSONWriter(pretty: true, sortKeys: false)

    public init(options: ReportOptions) {
        self.options = options
    }

    public mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream) {
        var text = "{\n  \"tool\": "
        Self.writer.write(["name": .string(run.toolName), "version": .string(run.toolVersion)], to: &text, indent: 1)
        text += ",\n  \"language\": "
        JSONWriter.appendQuoted(options.language.rawValue, to: &text)
        if let startedAt = run.startedAt {
            text += ",\n  \"startedAt\": "
            JSONWriter.appendQuoted(startedAt, to: &text)
        }
        if let digest = run.configurationDigest {
            text += ",\n  \"configurationSha256\": "
            JSONWriter.appendQuoted(digest, to: &text)
        }
        text += ",\n  \"packs\": "
        Self.writer.write(.array(run.packs.map(Self.record)), to: &text, indent: 1)
        text += ",\n  \"findings\": ["
        out.write(text)
        wroteFinding = false
    }

    public mutating func report(_ file: FileReport, into out: inout some TextOutputStream) {
        guard !file.findings.isEmpty else { return }
        var text = ""
        for finding in file.findings {
            text += wroteFinding ? ",\n    " : "\n    "
            Self.writer.write(record(finding), to: &text, indent: 2)
            wroteFinding = true
        }
        out.write(text)
    }

    public mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream) {
        var text = wroteFinding ? "\n  ]" : "]"
        text += ",\n  \"summary\": "
        Self.writer.write(Self.record(summary), to: &text, indent: 1)
        text += "\n}\n"
        out.write(text)
    }

    /// `{"id", "version", "sha256"}`.
    static func record(_ pack: PackSummary) -> Value {
        ["id": .string(pack.id), "version": .string(pack.version), "sha256": .string(pack.sha256)]
    }

    /// A finding's keys, in their documented order.
    func record(_ finding: Finding) -> Value {
        let record: Value = [
            "rule": .string(finding.rule),
            "name": .string(finding.ruleName),
            "pack": .string(finding.pack),
            "packVersion": .string(finding.packVersion),
            "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message.text(options.language)),
            "file": .string(finding.file),
            "document": .int(finding.document),
            "path": .string(finding.normalizedPath),
            "pointer": .string(finding.pointer),
            "start": Self.record(finding.range?.start),
            "end": Self.record(finding.range?.end),
            "fingerprint": .string(finding.fingerprint),
            "waived": .bool(finding.waiver != nil),
        ]
        return record.adding(finding.waiver.map { ("waiver", Self.record($0)) })
            .adding(("baselined", Value.bool(finding.baselined)))
    }

    /// `{"line", "column", "offset"}`, or null when the finding has no position.
    static func record(_ position: SourcePosition?) -> Value {
        guard let position else { return .null }
        return ["line": .int(position.line), "column": .int(position.column), "offset": .int(position.offset)]
    }

    /// `{"reason", "approvedBy", "reference", "expires"}`, null where the waiver does not say.
    static func record(_ waiver: Finding.Waiver) -> Value {
        [
            "reason": .string(waiver.reason),
            "approvedBy": waiver.approvedBy.map(Value.string) ?? .null,
            "reference": waiver.reference.map(Value.string) ?? .null,
            "expires": waiver.expires.map(Value.string) ?? .null,
        ]
    }

    /// The run's totals; `bySeverity` from `error` down, `byPack` sorted by pack id, `seconds` when timed.
    static func record(_ summary: RunSummary) -> Value {
        let severities: [Severity] = [.error, .warning, .info, .hint]
        let bySeverity = severities.map { ($0.rawValue, Value.int(summary.bySeverity[$0] ?? 0)) }
        let byPack = summary.byPack.keys.sorted().map { ($0, Value.int(summary.byPack[$0] ?? 0)) }
        let record: Value = [
            "files": .int(summary.files),
            "failingFiles": .int(summary.failingFiles),
            "findings": .int(summary.activeFindings),
            "bySeverity": Value.object(bySeverity),
            "byPack": Value.object(byPack),
            "waived": .int(summary.waived),
            "baselined": .int(summary.baselined),
        ]
        return record.adding(summary.seconds.map { ("seconds", .double($0)) })
    }
}

extension Value {
    /// An object of `members`, in order.
    fileprivate static func object(_ members: [(String, Value)]) -> Value {
        var record: Value = [:]
        for member in members { record = record.adding(member) }
        return record
    }

    /// This object with `member` appended (replacing a member of the same name); unchanged when nil.
    fileprivate func adding(_ member: (String, Value)?) -> Value {
        guard let member, case .object(var members) = self else { return self }
        members[member.0] = member.1
        return .object(members)
    }
}
