public import ArgumentParser
import DGLintEngine
public import DGLintKit
import DGLintModel
public import DGLintReporters

/// `dglint check`: checks proposals and reports the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check proposals (files or folders of *.yaml, *.yml, *.json) against the packs.")

    @Argument(help: ArgumentHelp("Files or folders to check (default: the current folder).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The output format: text or json (default: text).", valueName: "format"))
    var format: ReportFormat?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var language: LanguageOption

    @Option(
        name: .customLong("fail-on"),
        help: ArgumentHelp(
            "The lowest severity that makes the exit status 1 (default: error).",
            valueName: "error|warning|info|hint|never"))
    var failOn: FailLevel?

    @Option(help: ArgumentHelp("How many files to check at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var packOptions: PackOptions

    @Option(
        help: ArgumentHelp(
            "Also write a report in FORMAT to FILE (repeatable), such as --report sarif=out.sarif.",
            valueName: "format=file"))
    var report: [ReportRequest] = []

    @Option(help: ArgumentHelp("Count only findings that are not in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp("Write every finding (not waived) to this baseline file.", valueName: "file"))
    var writeBaseline: String?

    @Flag(
        name: .customLong("ignore-waivers"), help: "Report waived findings as if there were no waivers (for reviewers)."
    )
    var ignoreWaivers = false

    @Flag(help: "Show only what fails the run, and no notes.")
    var quiet = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    @Flag(
        help: ArgumentHelp(
            "After the report, show on standard error where the time went: reading, parsing, each rule (slowest first)."
        ))
    var timings = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The options as plain values.
    var request: CheckRequest {
        CheckRequest(
            paths: paths, format: format, output: output, language: language.lang, failOn: failOn, jobs: jobs,
            packs: packOptions.selection, report: report, baseline: baseline, writeBaseline: writeBaseline,
            ignoreWaivers: ignoreWaivers, quiet: quiet, noColor: noColor, timings: timings)
    }

    func run() throws { try request.run() }
}

extension ReportFormat: ExpressibleByArgument {}

/// One `--report FORMAT=FILE`.
struct ReportRequest: ExpressibleByArgument {
    var format: ReportFormat
    var path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="),
            let format = ReportFormat(rawValue: String(argument[..<equals])),
            argument.index(after: equals) < argument.endIndex
        else { return nil }
        self.format = format
        path = String(argument[argument.index(after: equals)...])
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
extension FailLevel: ExpressibleByArgument {}
