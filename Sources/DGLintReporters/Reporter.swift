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

/// The output formats dglint can write.
///
/// More are planned (sarif, junit, csv, markdown, html, github, gitlab); each gets its own reporter type.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Compiler-style lines with the source line and a caret, for people at a terminal.
    case text
    /// One pretty-printed JSON object, for programs; see `docs/output.md`.
    case json
}

/// The reporter for `format`, configured with `options`.
public func makeReporter(_ format: ReportFormat, options: ReportOptions) -> any Reporter {
    switch format {
    case .text: TextReporter(options: options)
    case .json: JSONReporter(options: options)
    }
}
