public import DGLintEngine

/// Writes the results of a run in one output format, file by file, as they arrive.
///
/// A run calls ``begin(_:into:)`` once, ``report(_:into:)`` once per checked file in the run's
/// deterministic order, and ``end(_:into:)`` once. A reporter writes as it goes and keeps only counters
/// between calls, so its memory does not grow with the number of files. The output stream is any
/// `TextOutputStream`: a `String` in tests, standard output or a file in the `dglint` executable.
public protocol Reporter {
    /// Called once before any file; writes whatever the format puts first (the JSON head, for one).
    mutating func begin(_ run: RunInfo, into out: inout some TextOutputStream)
    /// Called once per checked file, in order, including files without findings.
    mutating func report(_ file: FileReport, into out: inout some TextOutputStream)
    /// Called once after the last file, with the run's totals.
    mutating func end(_ summary: RunSummary, into out: inout some TextOutputStream)
}

/// The output formats dglint can write; the raw value is the `--format` name.
///
/// Each format has its own reporter type and its own section in `docs/output.md`.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Compiler-style lines with the source line and a caret, for people at a terminal.
    case text
    /// One pretty-printed JSON object, for programs.
    case json
    /// SARIF 2.1.0, for code-scanning dashboards.
    case sarif
    /// JUnit XML, one test suite per file and one test case per rule, for CI test views.
    case junit
    /// One row per finding, UTF-8 with a byte order mark, for Excel.
    case csv
    /// A report a committee secretary can paste into a document.
    case markdown
    /// One self-contained HTML page with charts, for reading and printing.
    case html
    /// GitHub Actions workflow commands, which annotate the changed files.
    case github
    /// GitLab Code Quality JSON.
    case gitlab
}

/// The reporter for `format`, configured with `options`.
public func makeReporter(_ format: ReportFormat, options: ReportOptions) -> any Reporter {
    switch format {
    case .text: TextReporter(options: options)
    case .json: JSONReporter(options: options)
    case .sarif: SARIFReporter(options: options)
    case .junit: JUnitReporter(options: options)
    case .csv: CSVReporter(options: options)
    case .markdown: MarkdownReporter(options: options)
    case .html: HTMLReporter(options: options)
    case .github: GitHubReporter(options: options)
    case .gitlab: GitLabReporter(options: options)
    }
}
