import ArgumentParser
import DGLintEngine
import DGLintKit
import DGLintModel
import DGLintReporters

/// What `dglint check` is asked to do, as plain values: ``CheckCommand`` makes one from its parsed options, and
/// ``plain(_:)`` from a command line of paths alone, which is how agency staff run dglint on their proposal.
struct CheckRequest {
    var paths: [String] = []
    var format: ReportFormat?
    var output: String?
    var language: Language?
    var failOn: FailLevel?
    var jobs: Int?
    var packs = PackSelection()
    var report: [ReportRequest] = []
    var baseline: String?
    var writeBaseline: String?
    var ignoreWaivers = false
    var quiet = false
    var noColor = false
    var timings = false

    /// The request of `dglint check PATH...` when no argument after `check` starts with `-` — each then is a path,
    /// and every option has its default, as swift-argument-parser would decide (`check help` and `check ""` are
    /// paths too) — else nil. Parsing with swift-argument-parser costs 15 M instructions, 15 % of checking one
    /// proposal: it reflects over every command's options and tries the command line as a request for a
    /// completion script twice.
    static func plain(_ arguments: some Collection<String>) -> CheckRequest? {
        guard arguments.first == "check" else { return nil }
        let paths = Array(arguments.dropFirst())
        guard paths.allSatisfy({ !$0.hasPrefix("-") }) else { return nil }
        return CheckRequest(paths: paths)
    }

    func run() throws {
        let targets = paths.isEmpty ? ["."] : paths
        let linter = try packs.makeLinter(
            applyWaivers: !ignoreWaivers, anchor: targets[0], jobs: jobs, measureTimings: timings)
        let runConfig = linter.runConfiguration
        let language = LanguageOption.resolve(self.language, configured: runConfig?.language)
        let failLevel = failOn ?? runConfig?.failOn ?? .error
        let formatName = format?.rawValue ?? runConfig?.format ?? "text"
        guard let format = ReportFormat(rawValue: formatName) else {
            DiagnosticOutput.print([
                Diagnostic(
                    code: "config.format",
                    message: "unknown format '\(formatName)' in the configuration; use one of "
                        + ReportFormat.allCases.map(\.rawValue).joined(separator: ", "),
                    location: runConfig?.file.map { SourceLocation(file: $0, range: nil) })
            ])
            throw ExitCode(2)
        }
        if !quiet { DiagnosticOutput.print(linter.notes.filter { $0.severity >= .warning }) }

        let inputs = InputCollector(exclude: (runConfig?.exclude ?? []).map(Glob.init)).collect(targets)
        if inputs.isEmpty, !quiet {
            Output.standardError(
                "dglint: no proposals (*.yaml, *.yml, *.json) found in " + targets.joined(separator: ", ") + "\n")
        }
        let runInfo: RunInfo
        do throws(DiagnosticList) {
            let settings: [String: String] = [
                "fail_on": failLevel.rawValue, "ignore_waivers": String(ignoreWaivers),
                "packs": packs.packs ?? "", "rules_path": packs.rulesPath.joined(separator: ":"),
                "rules_path_environment": Environment.value("DGLINT_RULES_PATH") ?? "",
                "baseline": baseline ?? "", "config": packs.config ?? "",
            ]
            runInfo = try linter.runInfo(
                language: language, files: inputs.lazy.map(\.path), settings: settings, startedAt: Timestamp.now())
        } catch {
            DiagnosticOutput.print(error.diagnostics)
            throw ExitCode(2)
        }
        if runInfo.packs.isEmpty {
            // A run against no rules would report every proposal clean.
            DiagnosticOutput.print([noPacks(linter.options)])
            throw ExitCode(2)
        }
        let color = output == nil && !noColor && Environment.value("NO_COLOR") == nil && Output.isTerminal(1)
        let options = ReportOptions(language: language, color: color, failOn: failLevel.severity, quiet: quiet)
        var reports = ReportOutputs()
        do throws(FileError) {
            try reports.add(format, options: options, path: output)
            for request in report {
                var fileOptions = options
                fileOptions.color = false
                try reports.add(request.format, options: fileOptions, path: request.path)
            }
        } catch {
            DiagnosticOutput.print([Diagnostic(code: "output", message: "\(error)")])
            throw ExitCode(2)
        }
        var accepted: Baseline?
        if let baseline {
            do throws(DiagnosticList) {
                accepted = try Baseline.read(baseline)
            } catch {
                DiagnosticOutput.print(error.diagnostics)
                throw ExitCode(2)
            }
        }

        var summary = RunSummary()
        var measured = CheckTimings()
        let clock = ContinuousClock()
        let start = clock.now
        var progress = ProgressBar(total: inputs.count, enabled: !quiet && Output.isTerminal(2) && inputs.count > 20)
        reports.begin(runInfo)
        var newBaseline: [Baseline.Entry] = []
        let runner = BatchRunner(linter: linter, jobs: jobs ?? ParallelMap.coreCount)
        do throws(DiagnosticList) {
            try runner.run(inputs) { original in
                var report = original
                accepted?.apply(to: &report)
                if writeBaseline != nil {
                    newBaseline += report.findings.filter { $0.waiver == nil }.map(Baseline.Entry.init)
                }
                summary.add(report, failOn: failLevel.severity)
                if let timings = report.timings { measured.add(timings) }
                progress.clear()
                reports.report(report)
                progress.advance()
            }
        } catch {
            progress.clear()
            Output.flush()
            DiagnosticOutput.print(error.diagnostics)
            throw ExitCode(2)
        }
        progress.clear()
        let elapsed = clock.now - start
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        summary.baselineGone = accepted?.gone ?? 0
        do throws(FileError) {
            if let writeBaseline { try FileOutput.write(Baseline.text(for: newBaseline), to: writeBaseline) }
        } catch {
            DiagnosticOutput.print([Diagnostic(code: "output", message: "\(error)")])
            throw ExitCode(2)
        }
        do throws(ReportOutputs.Failure) {
            try reports.end(summary)
        } catch {
            Output.flush()
            DiagnosticOutput.print([Diagnostic(code: "output", message: "\(error)")])
            throw ExitCode(2)
        }
        if timings {
            Output.flush()
            Output.standardError(
                TimingsTable.render(measured, wallSeconds: summary.seconds, language: language))
        }
        // Straight out, like clang's -disable-free: the packs' trees and compiled rules would otherwise be freed one
        // object at a time on the way out (3 M instructions, 1.3 % of a one-file run).
        Output.exit(summary.failingFiles > 0 ? 1 : 0)
    }
}

extension CheckRequest {
    /// Why a run has no packs, and what to do: the built-in rules were not found beside the executable and
    /// nothing else named a folder of packs, or the folders named hold none, or the selection left none.
    func noPacks(_ options: LintOptions) -> Diagnostic {
        let message: String
        if options.packs?.isEmpty == true {
            message = "no packs are selected, so there is nothing to check against; name at least one pack with --packs"
        } else if options.builtinRules == nil {
            message =
                "no packs to check against: the built-in rules were not found beside the dglint executable (in "
                + "../share/dglint/rules, or the rules/ folder of its source tree), and no --rules-path, rules_path "
                + "of a .dglint.yaml or DGLINT_RULES_PATH names a folder of packs; install dglint with "
                + "`make install`, or pass --rules-path with the folder that holds the packs"
        } else {
            message =
                "no packs to check against: the folders of the rules path hold no pack.yaml, or the configuration's "
                + "'packs' selects none; pass --rules-path with the folder that holds the packs"
        }
        return Diagnostic(code: "packs.none", message: message)
    }
}
