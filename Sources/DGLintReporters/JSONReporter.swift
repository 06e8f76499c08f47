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
/// The run's header and summary are built as ``Value`` objects, whose keys keep the order they are written
/// in, and printed with ``JSONWriter``. Findings, which a batch has thousands of, are written member by
/// member straight into bytes in the same format (``MemberWriter``): building a ``Value`` per finding and
/// printing it cost 86,000 instructions a finding, more than finding it.
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024 * file.findings.count)
        for finding in file.findings {
            bytes.append(contentsOf: (wroteFinding ? ",\n    " : "\n    ").utf8)
            write(finding, to: &bytes)
            wroteFinding = true
        }
        out.write(String(decoding: bytes, as: UTF8.self))
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

    /// A finding's keys, in their documented order, as the object of an element of `findings` (indent 2).
    func write(_ finding: Finding, to bytes: inout [UInt8]) {
        var record = MemberWriter(indent: 2)
        record.string("rule", finding.rule)
        record.string("name", finding.ruleName)
        record.string("pack", finding.pack)
        record.string("packVersion", finding.packVersion)
        record.string("severity", finding.severity.rawValue)
        record.string("message", finding.message.text(options.language))
        record.string("file", finding.file)
        record.int("document", finding.document)
        record.string("path", finding.normalizedPath)
        record.string("pointer", finding.pointer)
        record.position("start", finding.range?.start)
        record.position("end", finding.range?.end)
        record.string("fingerprint", finding.fingerprint)
        record.bool("waived", finding.waiver != nil)
        if let waiver = finding.waiver {
            record.key("waiver")
            Self.writer.write(Self.record(waiver), to: &record.bytes, indent: 3)
        }
        record.bool("baselined", finding.baselined)
        bytes += record.close()
    }

    /// Writes one object member by member in ``JSONWriter``'s pretty format (two spaces an indent level,
    /// `"key": value`), straight into UTF-8 bytes.
    struct MemberWriter {
        var bytes: [UInt8]
        let indent: Int
        private var first = true

        /// Opens an object written at `indent`.
        init(indent: Int) {
            bytes = [UInt8(ascii: "{")]
            bytes.reserveCapacity(1024)
            self.indent = indent
        }

        /// Starts the member `name`: the comma before it, its line and indent, its key.
        mutating func key(_ name: StaticString) {
            JSONReporter.writer.appendKey(name, first: first, to: &bytes, indent: indent)
            first = false
        }

        mutating func string(_ name: StaticString, _ value: String) {
            key(name)
            JSONWriter.appendQuoted(value, to: &bytes)
        }

        mutating func int(_ name: StaticString, _ value: Int) {
            key(name)
            bytes.append(contentsOf: String(value).utf8)
        }

        mutating func bool(_ name: StaticString, _ value: Bool) {
            key(name)
            bytes.append(contentsOf: (value ? "true" : "false").utf8)
        }

        /// `{"line", "column", "offset"}`, or null when there is no position.
        mutating func position(_ name: StaticString, _ position: SourcePosition?) {
            key(name)
            guard let position else {
                bytes.append(contentsOf: "null".utf8)
                return
            }
            bytes.append(UInt8(ascii: "{"))
            coordinate("line", position.line, first: true)
            coordinate("column", position.column, first: false)
            coordinate("offset", position.offset, first: false)
            JSONReporter.writer.newline(&bytes, indent + 1)
            bytes.append(UInt8(ascii: "}"))
        }

        /// One number of a position, a member of the object that is this object's member.
        private mutating func coordinate(_ name: StaticString, _ number: Int, first: Bool) {
            JSONReporter.writer.appendKey(name, first: first, to: &bytes, indent: indent + 1)
            bytes.append(contentsOf: String(number).utf8)
        }

        /// Closes the object (it has at least one member) and gives back the bytes.
        mutating func close() -> [UInt8] {
            JSONReporter.writer.newline(&bytes, indent)
            bytes.append(UInt8(ascii: "}"))
            return bytes
        }
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
