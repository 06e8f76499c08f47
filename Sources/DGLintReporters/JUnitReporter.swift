public import DGLintEngine
import DGLintModel

/// Writes the run as JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure DevOps).
///
/// Each checked file is a `<testsuite>` named after the file, and each rule of the run is a `<testcase>`
/// in it, named `RULE-ID rule-name` with the pack id as its class name, so every case has its own name. A
/// rule with active findings fails: one `<failure>` whose `type` is the highest severity, whose `message`
/// is the first message (with `(+N)` for the others), and whose text lists every finding of the rule as
/// `file:line:column: severity: message`. A rule whose findings are all waived or baselined is
/// `<skipped>` with the reason; any other rule passes. dglint's own input checks (`INPUT-*`, pack
/// `dglint`) appear only when they fire, and then alone, since the file's rules could not run.
///
/// The `<testsuites>` root carries the run's totals, which are known only at the end, so each suite is
/// written to a ``ReportSpool`` as its file arrives and only the totals are kept; ``end(_:into:)`` writes
/// the root's opening tag, the spool after it and the closing tag. Messages are in
/// ``ReportOptions/language``; see `docs/output.md`.
public struct JUnitReporter: Reporter {
    public var options: ReportOptions
    private var run = RunInfo(toolVersion: "", packs: [], rules: [], language: .th)
    private var spool: any ReportSpool
    private var suites = 0
    private var totals = (tests: 0, failures: 0, skipped: 0)

    /// A reporter that keeps the suites in `spool` until the end (in memory unless told otherwise).
    public init(options: ReportOptions, spool: any ReportSpool = MemorySpool()) {
        self.options = options
        self.spool = spool
    }

    public mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream) {
        self.run = run
        suites = 0
        totals = (0, 0, 0)
    }

    public mutating func report(_ file: FileReport, into out: inout some TextOutputStream) {
        let cases = testCases(file)
        var suite = XMLTree("testsuite")
        var properties = XMLTree("properties")
        properties.append(XMLTree("property", [("name", "dglint.version"), ("value", run.toolVersion)]))
        if let startedAt = run.startedAt {
            properties.append(XMLTree("property", [("name", "dglint.startedAt"), ("value", startedAt)]))
        }
        if let digest = run.configurationDigest {
            properties.append(XMLTree("property", [("name", "dglint.configurationSha256"), ("value", digest)]))
        }
        for pack in run.packs {
            properties.append(
                XMLTree("property", [("name", "pack.\(pack.id)"), ("value", "\(pack.version) sha256:\(pack.sha256)")]))
        }
        suite.append(properties)
        var failures = 0
        var skipped = 0
        for (rule, findings) in cases {
            let (element, outcome) = testCase(rule: rule, findings: findings)
            switch outcome {
            case .passed: break
            case .failed: failures += 1
            case .skipped: skipped += 1
            }
            suite.append(element)
        }
        suite.attributes = [
            ("name", file.file), ("tests", String(cases.count)), ("failures", String(failures)), ("errors", "0"),
            ("skipped", String(skipped)),
        ]
        var text = ""
        suite.write(to: &text, indent: 1)
        spool.write(text)
        suites += 1
        totals.tests += cases.count
        totals.failures += failures
        totals.skipped += skipped
    }

    public mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream) {
        let root = XMLTree(
            "testsuites",
            [
                ("name", run.toolName), ("tests", String(totals.tests)), ("failures", String(totals.failures)),
                ("errors", "0"), ("skipped", String(totals.skipped)),
            ])
        if suites == 0 {
            out.write(XMLTree.declaration + root.openTag(selfClosing: true) + "\n")
        } else {
            out.write(XMLTree.declaration + root.openTag() + "\n")
            spool.drain(into: &out)
            out.write(root.closeTag + "\n")
        }
    }

    /// The rules a file's suite has cases for, each with its findings: the run's rules in order (dglint's
    /// own only when they fired) and then any rule that fired but is not in the run, in order of firing.
    /// When one of dglint's own input checks fired, the file's rules did not run: only those checks.
    func testCases(_ file: FileReport) -> [(rule: (id: String, name: String, pack: String), findings: [Finding])] {
        var byRule: [String: [Finding]] = [:]
        var extra: [(id: String, name: String, pack: String)] = []
        let known = Set(run.rules.map(\.id))
        for finding in file.findings {
            if byRule[finding.rule] == nil, !known.contains(finding.rule) {
                extra.append((finding.rule, finding.ruleName, finding.pack))
            }
            byRule[finding.rule, default: []].append(finding)
        }
        let own = file.findings.contains { $0.pack == run.toolName }
        let rules = run.rules.filter { rule in
            (rule.pack == run.toolName) ? byRule[rule.id] != nil : !own
        }
        return (rules.map { ($0.id, $0.name, $0.pack) } + extra).map { ($0, byRule[$0.id] ?? []) }
    }

    /// How a rule's case ended.
    enum Outcome {
        case passed, failed, skipped
    }

    /// One rule's case: passed, failed with its findings, or skipped when they are all waived or baselined.
    func testCase(rule: (id: String, name: String, pack: String), findings: [Finding]) -> (XMLTree, Outcome) {
        var element = XMLTree("testcase", [("name", "\(rule.id) \(rule.name)"), ("classname", rule.pack)])
        guard !findings.isEmpty else { return (element, .passed) }
        let wording = ReportWording(options.language)
        let active = findings.filter(\.isActive)
        guard let first = active.first, let severity = active.map(\.severity).max() else {
            var reasons: [String] = []
            for reason in findings.compactMap(wording.suppression) where !reasons.contains(reason) {
                reasons.append(reason)
            }
            let message = reasons.joined(separator: "; ")
            element.append(XMLTree("skipped", [("message", message)]))
            return (element, .skipped)
        }
        var message = first.message.text(options.language)
        if active.count > 1 { message += " (+\(active.count - 1))" }
        let lines = findings.map { finding in
            var line = finding.file
            if let range = finding.range { line += ":\(range.start.line):\(range.start.column)" }
            line += ": \(finding.severity.rawValue): " + finding.message.text(options.language)
            if finding.document > 0 { line += " " + TextWording(options.language).document(finding.document) }
            return line + (wording.state(finding).map { " " + $0 } ?? "")
        }
        element.append(
            XMLTree(
                "failure", [("message", message), ("type", severity.rawValue)],
                children: [.text(lines.joined(separator: "\n"))]))
        return (element, .failed)
    }
}
