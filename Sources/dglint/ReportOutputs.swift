import DGLintEngine
import DGLintKit
import DGLintReporters

/// The reports of one `check` run: the main one (standard output or `--output`) and any `--report
/// FORMAT=FILE`, each fed the same files in the same order. Files are written atomically at the end.
struct ReportOutputs {
    private enum Sink {
        case standardOutput(Output.Stream)
        case file(FileSink)
    }

    private var reporters: [(reporter: any Reporter, sink: Sink, format: ReportFormat)] = []

    /// Adds a report of `format` to standard output (`path` nil) or to the file at `path`.
    mutating func add(_ format: ReportFormat, options: ReportOptions, path: String?) throws(FileError) {
        let sink: Sink =
            try path.map { path throws(FileError) in .file(try FileSink(path: path)) }
            ?? .standardOutput(Output.Stream())
        reporters.append((makeReporter(format, options: options), sink, format))
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
    /// report is byte-identical between runs.
    mutating func end(_ summary: RunSummary) throws(FileError) {
        var timeless = summary
        timeless.seconds = nil
        for index in reporters.indices {
            switch reporters[index].sink {
            case .standardOutput(var stream):
                reporters[index].reporter.end(reporters[index].format == .text ? summary : timeless, into: &stream)
            case .file(var file):
                reporters[index].reporter.end(timeless, into: &file)
                try file.commit()
            }
        }
    }

    private mutating func each(_ body: (inout any Reporter, Sink) -> Void) {
        for index in reporters.indices { body(&reporters[index].reporter, reporters[index].sink) }
    }
}
