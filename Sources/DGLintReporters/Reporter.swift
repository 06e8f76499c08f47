public import DGLintEngine

/// Writes the results of a run in one output format, file by file, as they arrive.
///
/// A run calls ``begin(_:into:)`` once, ``report(_:into:)`` once per checked file in the run's
/// deterministic order, and ``end(_:into:)`` once, always with the same output stream: any
/// `TextOutputStream`, a `String` in tests, standard output or a file in the `dglint` executable. A
/// reporter writes as it goes and keeps only counters and small aggregates between calls, so its memory
/// does not grow with the number of files. The formats whose document starts with totals (JUnit,
/// Markdown, HTML; ``ReportFormat/spools``) write each file's section to a ``ReportSpool`` instead and
/// put it after the head at ``end(_:into:)``, so the whole document still reaches the output in order.
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

extension ReportFormat {
    /// Whether the format's document starts with totals known only after the last file, so that its
    /// reporter keeps each file's section in a ``ReportSpool`` until the end (JUnit, Markdown, HTML).
    ///
    /// A caller that cares about memory gives these a spool outside memory; the other formats write
    /// straight to their output and ignore any spool.
    public var spools: Bool {
        switch self {
        case .junit, .markdown, .html: true
        case .text, .json, .sarif, .csv, .github, .gitlab: false
        }
    }
}

/// The reporter for `format`, configured with `options`.
///
/// A format that ``ReportFormat/spools`` keeps its sections in `spool` until the end (in memory unless
/// told otherwise); the others ignore it.
public func makeReporter(
    _ format: ReportFormat, options: ReportOptions, spool: any ReportSpool = MemorySpool()
) -> any Reporter {
    switch format {
    case .text: TextReporter(options: options)
    case .json: JSONReporter(options: options)
    case .sarif: SARIFReporter(options: options)
    case .junit: JUnitReporter(options: options, spool: spool)
    case .csv: CSVReporter(options: options)
    case .markdown: MarkdownReporter(options: options, spool: spool)
    case .html: HTMLReporter(options: options, spool: spool)
    case .github: GitHubReporter(options: options)
    case .gitlab: GitLabReporter(options: options)
    }
}
