import DGLintTestSupport
import Foundation
import Testing

/// Whole-CLI scenarios: each `Scenarios/*.scenario` file runs the built `dglint` once and states what it
/// must print and how it must exit (after Spectral's `test-harness/scenarios`).
///
/// A scenario is plain text in sections, each opened by a `## ` line:
///
/// ```
/// # name: a STRUCT defect, messages in English
/// # Any '#' lines before the first section describe the scenario.
///
/// ## command
/// dglint check --lang en proposal.yaml
///
/// ## file: proposal.yaml
/// format: dglint/proposal/v1
///
/// ## exit
/// 1
///
/// ## stdout
/// proposal.yaml:1:1: error: [STRUCT-01] ...
///
/// ## stderr
/// ```
///
/// - `command` (required): one line starting with `dglint`, split into words like a shell (quotes,
///   backslash); no pipes, globbing or variables.
/// - `file: PATH` (any number): written to PATH, relative to a fresh temporary folder that is the working
///   directory of the run. Folders are created as needed. Packs needed by a scenario go here too
///   (`## file: packs/demo/pack.yaml`).
/// - `stdin`: fed to standard input (empty otherwise).
/// - `env`: `NAME=value` lines added to the environment, which otherwise holds only `LANG=C.UTF-8` and
///   `PATH` (so `DGLINT_RULES_PATH` and `NO_COLOR` are unset, and output is never a terminal).
/// - `exit`: the expected exit status.
/// - `stdout`: the exact standard output. `stdout-end` instead: the lines standard output must end with
///   (for output that grows with the built-in packs, such as `packs test`).
/// - `stderr`: the exact standard error; when the section is missing, standard error is not checked.
///
/// `{{ROOT}}` in the command, files, stdin and env stands for the package root, so a scenario can use
/// `{{ROOT}}/fixtures/proposals/clean-example.yaml` and `{{ROOT}}/rules`. In what dglint prints, the
/// package root is shown as `{{ROOT}}`, the temporary folder as `{{TMP}}` and the time of a run as
/// `(N.NN s)`, so expected output does not depend on where and how fast the test runs. A section body ends at the next `## ` line; blank lines at its end are
/// not part of it, and every line ends with a newline (so a line starting with `## ` cannot be expressed
/// and output must end with a newline).
///
/// `RECORD_SNAPSHOTS=1 swift test …` rewrites `exit`, `stdout` (or as many last lines for `stdout-end`)
/// and (when present) `stderr` of every
/// scenario with what dglint did, and fails, so a recording run is never mistaken for a passing one.
/// `RECORD_ONLY=a,b` limits recording to the scenarios whose file names contain `a` or `b`.
@Suite struct ScenarioTests {
    static let folder = CommandRunner.packageRoot + "/Tests/dglintTests/Scenarios"

    /// Every scenario file, by name, sorted.
    static let scenarioFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".scenario") }.sorted()
    }()

    @Test func thereAreScenarios() {
        #expect(Self.scenarioFiles.count >= 30, "scenarios are read from \(Self.folder)")
    }

    @Test(arguments: scenarioFiles)
    func scenario(_ name: String) throws {
        let path = Self.folder + "/" + name
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        var scenario = try Scenario(parsing: text)
        let outcome = try run(scenario)
        let environment = ProcessInfo.processInfo.environment
        let only = environment["RECORD_ONLY"].map { $0.split(separator: ",").map(String.init) } ?? []
        let recording =
            (environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false)
            && (only.isEmpty || only.contains { name.contains($0) })
        if recording {
            scenario.set("exit", "\(outcome.status)\n")
            if let end = scenario.body("stdout-end") {
                scenario.set("stdout-end", Self.lastLines(of: outcome.stdout, count: max(1, lineCount(end))))
            } else {
                scenario.set("stdout", outcome.stdout)
            }
            if scenario.body("stderr") != nil { scenario.set("stderr", outcome.stderr) }
            try Data(scenario.text.utf8).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(name); run the tests again without RECORD_SNAPSHOTS")
            return
        }
        let context = "\(name)\(scenario.name.map { " (\($0))" } ?? ""): dglint \(scenario.command.dropFirst(7))"
        let expectedStatus = try #require(scenario.exitStatus, "\(name) has no '## exit' section with a number")
        #expect(
            outcome.status == expectedStatus,
            "\(context)\nexit status \(outcome.status), expected \(expectedStatus)\nstderr:\n\(outcome.stderr)")
        if let stdout = scenario.body("stdout") {
            expectSame(outcome.stdout, stdout, "standard output", context)
        } else if let end = scenario.body("stdout-end") {
            let tail = Self.lastLines(of: outcome.stdout, count: lineCount(end))
            expectSame(tail, end, "the end of standard output", context)
        } else {
            Issue.record("\(name) has neither '## stdout' nor '## stdout-end'")
        }
        if let stderr = scenario.body("stderr") { expectSame(outcome.stderr, stderr, "standard error", context) }
    }

    private func lineCount(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    }

    /// The last `count` lines of `text`, each with its newline.
    static func lastLines(of text: String, count: Int) -> String {
        guard !text.isEmpty else { return "" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
        return lines.suffix(count).map { $0 + "\n" }.joined()
    }

    /// Runs the scenario's command in a fresh folder holding its files.
    private func run(_ scenario: Scenario) throws -> CommandRunner.Outcome {
        try TemporaryFolder.with("dglint-scenario") { temporary in
            let work = try temporary.makeFolder("work")
            let outputs = try temporary.makeFolder("outputs")
            for (path, content) in scenario.files { try temporary.write("work/" + path, expand(content)) }
            let words = try CommandRunner.words(expand(scenario.command))
            guard words.first == "dglint" else {
                throw CommandRunner.Failure(description: "the command must start with 'dglint': \(scenario.command)")
            }
            var outcome = try CommandRunner.run(
                try CommandRunner.binary(), Array(words.dropFirst()), in: work,
                stdin: expand(scenario.body("stdin") ?? ""),
                outputs: outputs, extraEnvironment: scenario.environment.mapValues(expand))
            outcome.stdout = placeholders(outcome.stdout, work: work)
            outcome.stderr = placeholders(outcome.stderr, work: work)
            return outcome
        }
    }

    private func expand(_ text: String) -> String {
        text.replacingOccurrences(of: "{{ROOT}}", with: CommandRunner.packageRoot)
    }

    /// The output with the temporary folder and the package root written as placeholders, and the time a
    /// run took (`(0.12 s)`, `(0.12 วินาที)`) as `N.NN`.
    private func placeholders(_ text: String, work: String) -> String {
        text.replacingOccurrences(of: work, with: "{{TMP}}")
            .replacingOccurrences(of: CommandRunner.packageRoot, with: "{{ROOT}}")
            .replacing(#/\(\d+\.\d\d (?<unit>s|วินาที)\)/#) { "(N.NN \($0.unit))" }
    }

    /// Compares output exactly, and shows the first line that differs.
    private func expectSame(_ actual: String, _ expected: String, _ what: String, _ context: String) {
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first =
            zip(actualLines, expectedLines).enumerated().first { $1.0 != $1.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = first < actualLines.count ? String(actualLines[first]) : "(end of output)"
        let wanted = first < expectedLines.count ? String(expectedLines[first]) : "(end of output)"
        let ending = !actual.isEmpty && !actual.hasSuffix("\n") ? "\n(the output does not end with a newline)" : ""
        Issue.record(
            """
            \(context)
            \(what) differs at line \(first + 1):
              got:      \(got)
              expected: \(wanted)\(ending)
            --- whole \(what) ---
            \(actual)
            """)
    }
}
