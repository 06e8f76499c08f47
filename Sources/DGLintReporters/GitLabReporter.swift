public import DGLintEngine
import DGLintModel

/// Writes a GitLab Code Quality report: a JSON array of issues, which merge requests show inline.
///
/// Each active finding is one issue with its message (in ``ReportOptions/language``, and with
/// `(document N)` for later documents of a stream) as `description`, the rule id as `check_name`, the
/// finding's fingerprint (with `:N` appended for the N-th document of a stream, N ≥ 1, since GitLab needs
/// every issue's fingerprint to differ and the same rule can fail at the same path in two documents), a severity and the file and first line. GitLab's severities are mapped
/// error → `critical`, warning → `major`, info → `minor`, hint → `info`; `blocker` is left for nothing
/// dglint finds, since no proposal rule stops the world. Findings without a position are placed on line 1.
/// Waived and baselined findings are left out: GitLab has no way to show an issue as accepted.
///
/// Each issue also carries the run's audit stamp (``AuditStamp``), which GitLab ignores but keeps in the
/// artifact: Code Climate's `engine_name` (`dglint`) and a `dglint` object with the `version`, the
/// finding's `pack` (`id`, `version`, `sha256`) and the `run` (`started_at`, `configuration_sha256`,
/// `lang`); a start time, digest or sha256 the run does not have is left out.
///
/// The array is written as the run goes: `[` at the start, each issue as its file arrives, `]` at the
/// end. Keys are sorted and pretty-printed, so the same run gives the same bytes. See `docs/output.md`.
public struct GitLabReporter: Reporter {
    public var options: ReportOptions
    private var wroteIssue = false
    private var stamp = AuditStamp(RunInfo(toolVersion: "", packs: [], rules: [], language: .th), language: .th)

    public init(options: ReportOptions) {
        self.options = options
    }

    /// One Code Quality issue: the fields GitLab requires (a subset of the Code Climate spec), named as
    /// GitLab names them.
    struct Issue: Encodable {
        var description: String
        var check_name: String
        var fingerprint: String
        var severity: String
        var location: Location
        var engine_name: String
        var dglint: Stamp
    }

    /// The audit stamp of an issue: what checked it, against which pack, in which run.
    struct Stamp: Encodable {
        var version: String
        var pack: Pack
        var run: Run
    }

    struct Pack: Encodable {
        var id: String
        var version: String
        var sha256: String?
    }

    struct Run: Encodable {
        var started_at: String?
        var configuration_sha256: String?
        var lang: String
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable {
        var begin: Int
    }

    public mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream) {
        wroteIssue = false
        stamp = AuditStamp(run, language: options.language)
        out.write("[")
    }

    public mutating func report(_ file: FileReport, into out: inout some TextOutputStream) {
        var text = ""
        for finding in file.findings where finding.isActive {
            text += (wroteIssue ? ",\n  " : "\n  ") + DeterministicJSON.encode(issue(finding), indent: 1)
            wroteIssue = true
        }
        out.write(text)
    }

    public mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream) {
        out.write(wroteIssue ? "\n]\n" : "]\n")
    }

    /// `finding` as an issue.
    func issue(_ finding: Finding) -> Issue {
        var description = finding.message.text(options.language)
        if finding.document > 0 { description += " " + TextWording(options.language).document(finding.document) }
        return Issue(
            description: description, check_name: finding.rule,
            fingerprint: finding.fingerprint + (finding.document > 0 ? ":\(finding.document)" : ""),
            severity: Self.severity(finding.severity),
            location: Location(path: finding.file, lines: Lines(begin: finding.range?.start.line ?? 1)),
            engine_name: stamp.run.toolName,
            dglint: Stamp(
                version: stamp.run.toolVersion,
                pack: Pack(id: finding.pack, version: finding.packVersion, sha256: stamp.pack(finding.pack)?.sha256),
                run: Run(
                    started_at: stamp.run.startedAt, configuration_sha256: stamp.run.configurationDigest,
                    lang: options.language.rawValue)))
    }

    /// GitLab's severity for `severity`.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "critical"
        case .warning: "major"
        case .info: "minor"
        case .hint: "info"
        }
    }
}
