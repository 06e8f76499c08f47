public import DGLintModel

/// How a reporter presents a run: language, colour, and how much to show.
public struct ReportOptions: Sendable, Equatable {
    /// The language of messages and of the text summary. Severity keywords in text output stay English.
    public var language: Language
    /// Whether the text reporter uses ANSI colours. The caller decides (a terminal, no `NO_COLOR`);
    /// machine formats ignore it.
    public var color: Bool
    /// The lowest severity that fails the run (`--fail-on`); nil for `never`.
    public var failOn: Severity?
    /// Show only what fails the run.
    ///
    /// The text reporter then prints only active findings (neither waived nor baselined) at or above
    /// ``failOn`` (at or above `error` when ``failOn`` is nil), and the summary line as always. The JSON
    /// reporter ignores it: its output is the complete record of the run.
    public var quiet: Bool

    public init(language: Language = .th, color: Bool = false, failOn: Severity? = .error, quiet: Bool = false) {
        self.language = language
        self.color = color
        self.failOn = failOn
        self.quiet = quiet
    }

    /// Whether the text reporter shows `finding` under these options.
    func shows(_ finding: Finding) -> Bool {
        guard quiet else { return true }
        return finding.isActive && finding.severity >= (failOn ?? .error)
    }
}
