import DGLintEngine
import DGLintKit
import DGLintModel
import DGLintReporters

/// The reports of one `check` run: the main one (standard output or `--output`) and any `--report
/// FORMAT=FILE`, each fed the same files in the same order. Files are written atomically at the end.
///
/// A format whose document starts with totals (``ReportFormat/spools``: JUnit, Markdown, HTML) keeps each
/// file's section in a ``FileSpool``, a nameless temporary file, until its head is written at the end, so
/// memory does not grow with the number of files; when no temporary file can be made, it keeps them in
/// memory and says so on standard error.
struct ReportOutputs {
    private enum Sink {
        case standardOutput(Output.Stream)
        case file(FileSink)
    }

    private struct Report {
        var reporter: any Reporter
        var sink: Sink
        var format: ReportFormat
        var spool: FileSpool?
    }

    /// A report that could not be finished: its file could not be written, or its spool lost sections.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private var reports: [Report] = []

    /// Adds a report of `format` to standard output (`path` nil) or to the file at `path`.
    mutating func add(_ format: ReportFormat, options: ReportOptions, path: String?) throws(FileError) {
        let sink: Sink =
            try path.map { path throws(FileError) in .file(try FileSink(path: path)) }
            ?? .standardOutput(Output.Stream())
        var spool: FileSpool?
        if format.spools {
            let directory = FileSpool.temporaryDirectory
            do throws(FileSpool.Failure) {
                spool = try FileSpool(directory: directory)
            } catch {
                let message =
                    "cannot make a temporary file in \(directory) (\(error)); the \(format.rawValue) report is "
                    + "kept in memory until the end; set TMPDIR to a writable folder"
                DiagnosticOutput.print([Diagnostic(code: "output.spool", severity: .warning, message: message)])
            }
        }
        let reporter = makeReporter(
            format, options: options, spool: spool.map { $0 as any ReportSpool } ?? MemorySpool())
        reports.append(Report(reporter: reporter, sink: sink, format: format, spool: spool))
    }

    mutating func begin(_ run: RunInfo) {
        each { reporter, sink in
            switch sink {
            case .standardOutput(var stream): reporter.begin(run, into: &stream)
            case .file(var file): reporter.begin(run, into: &file)
            }
        }
    }

    mutating func report(_ file: FileReport) {
        each { reporter, sink in
            switch sink {
            case .standardOutput(var stream): reporter.report(file, into: &stream)
            case .file(var output): reporter.report(file, into: &output)
            }
        }
    }

    /// Ends every report; the time taken appears only in text on standard output, so that every file
    /// report is byte-identical between runs. A report file whose spool failed is not moved into place.
    mutating func end(_ summary: RunSummary) throws(Failure) {
        var timeless = summary
        timeless.seconds = nil
        for index in reports.indices {
            switch reports[index].sink {
            case .standardOutput(var stream):
                reports[index].reporter.end(reports[index].format == .text ? summary : timeless, into: &stream)
                if let failure = spoolFailure(reports[index]) { throw failure }
            case .file(var file):
                reports[index].reporter.end(timeless, into: &file)
                if let failure = spoolFailure(reports[index]) { throw failure }
                do throws(FileError) {
                    try file.commit()
                } catch {
                    throw Failure(description: error.description)
                }
            }
        }
    }

    /// Why `report`'s spool lost sections, or nil when it did not.
    private func spoolFailure(_ report: Report) -> Failure? {
        report.spool?.failure.map {
            Failure(description: "cannot keep the \(report.format.rawValue) report in a temporary file: \($0)")
        }
    }

    private mutating func each(_ body: (inout any Reporter, Sink) -> Void) {
        for index in reports.indices { body(&reports[index].reporter, reports[index].sink) }
    }
}
