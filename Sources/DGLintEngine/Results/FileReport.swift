public import DGLintModel

/// Everything found in one checked file, in report order, with its text for source snippets.
public struct FileReport: Sendable {
    /// The file as the user named it.
    public var file: String
    public var findings: [Finding]
    /// The file's text, when it could be read as text and there are findings to quote it for (a checked file
    /// without findings has none); reporters quote lines from it.
    public var source: String?
    /// Where the time of checking the file went, when it was measured (`--timings`).
    public var timings: CheckTimings?

    public init(file: String, findings: [Finding], source: String?, timings: CheckTimings? = nil) {
        self.file = file
        self.findings = Finding.inReportOrder(findings)
        self.source = source
        self.timings = timings
    }
}

/// The totals of a run, for the closing summary.
public struct RunSummary: Sendable, Equatable {
    public var files: Int = 0
    /// Files with at least one active finding at or above the fail level.
    public var failingFiles: Int = 0
    /// Active findings (not waived, not baselined) by severity.
    public var bySeverity: [Severity: Int] = [:]
    /// Active findings by pack id.
    public var byPack: [String: Int] = [:]
    public var waived: Int = 0
    public var baselined: Int = 0
    /// Findings of the baseline (`--baseline`) that no longer occur in the files checked.
    public var baselineGone: Int = 0
    /// Wall-clock seconds; nil in tests and golden files.
    public var seconds: Double?

    public init() {}

    /// Adds one file's findings; `failOn` nil means no severity fails.
    public mutating func add(_ report: FileReport, failOn: Severity?) {
        files += 1
        var fails = false
        for finding in report.findings {
            if finding.waiver != nil {
                waived += 1
            } else if finding.baselined {
                baselined += 1
            } else {
                bySeverity[finding.severity, default: 0] += 1
                byPack[finding.pack, default: 0] += 1
                if let failOn, finding.severity >= failOn { fails = true }
            }
        }
        if fails { failingFiles += 1 }
    }

    public var activeFindings: Int { bySeverity.values.reduce(0, +) }
}
