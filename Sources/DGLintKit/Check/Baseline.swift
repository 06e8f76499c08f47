public import DGLintEngine
public import DGLintModel
import DGLintYAML

/// The findings a team has accepted for now (`--write-baseline`), so that later runs count only new ones
/// (`--baseline`). Findings are matched by fingerprint — rule, file, JSON pointer and value — so moving
/// lines around does not make an old finding new.
public struct Baseline: Sendable {
    public struct Entry: Hashable, Sendable, Comparable {
        public var fingerprint: String
        public var rule: String
        public var file: String
        public var path: String

        public init(fingerprint: String, rule: String, file: String, path: String) {
            self.fingerprint = fingerprint
            self.rule = rule
            self.file = file
            self.path = path
        }

        /// The entry that accepts `finding`.
        public init(_ finding: Finding) {
            self.init(
                fingerprint: finding.fingerprint, rule: finding.rule, file: finding.file, path: finding.normalizedPath)
        }

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.file, a.rule, a.path, a.fingerprint) < (b.file, b.rule, b.path, b.fingerprint)
        }
    }

    public private(set) var entries: [Entry]
    private var byFingerprint: [String: Entry] = [:]
    private var matched = Set<String>()
    private var checkedFiles = Set<String>()

    public init(entries: [Entry]) {
        self.entries = entries.sorted()
        for entry in entries { byFingerprint[entry.fingerprint] = entry }
    }

    /// Reads a baseline written by ``text(for:)``; errors are positioned in the file.
    public static func read(_ path: String) throws(DiagnosticList) -> Baseline {
        let document = try DocumentFile.first(path, limit: 256 << 20, code: "baseline.read") { $0.description }
        guard let document else { return Baseline(entries: []) }
        let collector = DiagnosticCollector()
        let root = DecodingNode(document: document)
        var entries: [Entry] = []
        if root.checkMapping(
            collector, what: "the baseline", allowed: ["dglint", "findings"], required: ["findings"], code: "baseline"),
            let findings = root.child("findings")
        {
            for item in findings.elements {
                guard
                    item.checkMapping(
                        collector, what: "a baseline entry", allowed: ["fingerprint", "rule", "file", "path"],
                        required: ["fingerprint"], code: "baseline"),
                    let fingerprint = item.child("fingerprint")?.string(
                        collector, what: "'fingerprint'", code: "baseline")
                else { continue }
                entries.append(
                    Entry(
                        fingerprint: fingerprint, rule: item.value["rule"]?.stringValue ?? "",
                        file: item.value["file"]?.stringValue ?? "", path: item.value["path"]?.stringValue ?? ""))
            }
        }
        if collector.hasErrors { throw DiagnosticList(collector.diagnostics) }
        return Baseline(entries: entries)
    }

    /// Marks the findings of `report` that are in the baseline.
    public mutating func apply(to report: inout FileReport) {
        checkedFiles.insert(report.file)
        for index in report.findings.indices {
            let fingerprint = report.findings[index].fingerprint
            if byFingerprint[fingerprint] != nil {
                report.findings[index].baselined = true
                matched.insert(fingerprint)
            }
        }
    }

    /// How many entries for the files checked so far no longer match any finding: problems fixed since.
    public var gone: Int {
        entries.filter { checkedFiles.contains($0.file) && !matched.contains($0.fingerprint) }.count
    }

    /// The baseline file accepting `entries` (write one per finding that is not waived).
    public static func text(for entries: [Entry]) -> String {
        let entries = Set(entries).sorted()
        let value: Value = [
            "dglint": .string(EngineInfo.version.description),
            "findings": .array(
                entries.map {
                    [
                        "fingerprint": .string($0.fingerprint), "rule": .string($0.rule), "file": .string($0.file),
                        "path": .string($0.path),
                    ]
                }),
        ]
        return value.jsonText(pretty: true) + "\n"
    }
}
