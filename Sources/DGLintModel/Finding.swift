/// One problem a rule found in one document, with everything a report needs to show and track it.
public struct Finding: Hashable, Sendable {
    /// The rule id, such as `STRUCT-01`.
    public var rule: String
    /// The rule's short name, such as `sections-present`.
    public var ruleName: String
    public var pack: String
    public var packVersion: String
    public var severity: Severity
    public var message: LocalizedText
    /// The file as the user named it.
    public var file: String
    /// The 0-based index of the document within a multi-document stream.
    public var document: Int
    /// The path of the node the finding concerns (for a missing field: the path it should have).
    public var path: [PathElement]
    /// The range of that node, or of its nearest existing ancestor; nil when the file has no positions.
    public var range: SourceRange?
    /// A stable identity that survives moving lines: rule, file, pointer and value.
    public var fingerprint: String
    /// Set when a waiver in the proposal covers this finding.
    public var waiver: Waiver?
    /// Set when the finding is in the baseline given with `--baseline`.
    public var baselined: Bool

    /// The waiver that covers a finding.
    public struct Waiver: Hashable, Sendable {
        public var reason: String
        public var approvedBy: String?
        public var reference: String?
        public var expires: String?

        public init(reason: String, approvedBy: String? = nil, reference: String? = nil, expires: String? = nil) {
            self.reason = reason
            self.approvedBy = approvedBy
            self.reference = reference
            self.expires = expires
        }
    }

    public init(
        rule: String, ruleName: String, pack: String, packVersion: String, severity: Severity,
        message: LocalizedText, file: String, document: Int = 0, path: [PathElement], range: SourceRange?,
        fingerprint: String, waiver: Waiver? = nil, baselined: Bool = false
    ) {
        self.rule = rule
        self.ruleName = ruleName
        self.pack = pack
        self.packVersion = packVersion
        self.severity = severity
        self.message = message
        self.file = file
        self.document = document
        self.path = path
        self.range = range
        self.fingerprint = fingerprint
        self.waiver = waiver
        self.baselined = baselined
    }

    /// The RFC 9535 normalized path, such as `$['privacy']['dpo']`.
    public var normalizedPath: String { PathFormat.normalized(path) }
    /// The RFC 6901 JSON pointer, such as `/privacy/dpo`.
    public var pointer: String { PathFormat.pointer(path) }
    /// Whether the finding counts toward the exit code (neither waived nor baselined).
    public var isActive: Bool { waiver == nil && !baselined }

    /// The stable fingerprint of a finding of `rule` at `pointer` in `file` on a node whose value is `value`.
    ///
    /// The first 32 hexadecimal digits of the SHA-256 of `rule`, `file`, `pointer` and the value's canonical JSON,
    /// each but the last followed by a NUL byte. The bytes are put together as bytes (a finding used to spend more
    /// on joining strings and cutting the digest's text than on the hash).
    public static func fingerprint(rule: String, file: String, pointer: String, value: Value?) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rule.utf8.count + file.utf8.count + pointer.utf8.count + 67)
        bytes.append(contentsOf: rule.utf8)
        bytes.append(0)
        bytes.append(contentsOf: file.utf8)
        bytes.append(0)
        bytes.append(contentsOf: pointer.utf8)
        bytes.append(0)
        if let value { Value.canonicalWriter.write(value, to: &bytes, indent: 0) }
        return SHA256.hex(of: bytes, digits: 32)
    }
}

extension Finding {
    /// The deterministic order of findings within a file: document, position, rule, path.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        precedes(a, b) { (a.normalizedPath, b.normalizedPath) } ?? false
    }

    /// `findings` in ``reportOrder(_:_:)``, equal ones in the order given (as a stable sort leaves them).
    ///
    /// A finding's path as text, the costly part of its sort key, is made only when two findings tie before it,
    /// and once; findings already in order (those of one document, put in order by the evaluator) are given
    /// back as they are after one comparison a pair, and others are moved once: sorting the findings directly
    /// rebuilt two paths and copied two findings (a dozen references each) for every comparison.
    public static func inReportOrder(_ findings: [Finding]) -> [Finding] {
        guard findings.count > 1 else { return findings }
        var paths = [String?](repeating: nil, count: findings.count)
        func path(_ i: Int) -> String {
            if let path = paths[i] { return path }
            let path = findings[i].normalizedPath
            paths[i] = path
            return path
        }
        func before(_ i: Int, _ j: Int) -> Bool {
            precedes(findings[i], findings[j]) { (path(i), path(j)) } ?? (i < j)
        }
        if (1..<findings.count).allSatisfy({ before($0 - 1, $0) }) { return findings }
        return findings.indices.sorted(by: before).map { findings[$0] }
    }

    /// Whether `a` comes before `b` in report order, or nil when they tie in every part. `paths` gives their
    /// paths as text; it is asked only when document, position and rule tie.
    private static func precedes(_ a: Finding, _ b: Finding, paths: () -> (String, String)) -> Bool? {
        if a.document != b.document { return a.document < b.document }
        let origin = SourcePosition(line: 0, column: 0, offset: 0)
        let (pa, pb) = (a.range?.start ?? origin, b.range?.start ?? origin)
        if pa != pb { return pa < pb }
        if a.rule != b.rule { return a.rule < b.rule }
        let (na, nb) = paths()
        if na != nb { return na < nb }
        if a.message.en != b.message.en { return a.message.en < b.message.en }
        return nil
    }
}
