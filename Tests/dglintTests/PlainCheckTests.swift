import DGLintTestSupport
import Foundation
import Testing

/// `dglint check PATH...` runs without swift-argument-parser (`CheckRequest.plain`); `dglint check -- PATH...` is
/// the same request through it. Both must do exactly the same.
@Suite struct PlainCheckTests {
    static let cases: [[String]] = [
        ["fixtures/proposals/clean-example.yaml"],
        ["fixtures/proposals/clean-example.yaml", "fixtures/proposals"],
        ["fixtures/hostile"],
        ["help"],
        [""],
        ["missing.yaml", "check"],
        [],
    ]

    @Test(arguments: cases)
    func aCommandLineOfPathsRunsAsTheParserWouldRunIt(_ paths: [String]) throws {
        try TemporaryFolder.with("dglint-plain-check") { folder in
            let binary = try CommandRunner.binary()
            let plain = try CommandRunner.run(
                binary, ["check"] + paths, in: CommandRunner.packageRoot, stdin: "",
                outputs: try folder.makeFolder("plain"), extraEnvironment: [:])
            let parsed = try CommandRunner.run(
                binary, ["check", "--"] + paths, in: CommandRunner.packageRoot, stdin: "",
                outputs: try folder.makeFolder("parsed"), extraEnvironment: [:])
            #expect(plain.status == parsed.status)
            #expect(Self.withoutElapsedTime(plain.stdout) == Self.withoutElapsedTime(parsed.stdout))
            #expect(plain.stderr == parsed.stderr)
            #expect(!plain.stdout.isEmpty)
        }
    }

    /// An option anywhere after `check` leaves the command line to swift-argument-parser.
    @Test func optionsAreStillParsed() throws {
        try TemporaryFolder.with("dglint-plain-check") { folder in
            let help = try CommandRunner.run(
                try CommandRunner.binary(), ["check", "fixtures/proposals/clean-example.yaml", "--help"],
                in: CommandRunner.packageRoot, stdin: "", outputs: try folder.makeFolder("help"), extraEnvironment: [:])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE: dglint check"))
            let english = try CommandRunner.run(
                try CommandRunner.binary(), ["check", "fixtures/proposals/clean-example.yaml", "--lang", "en"],
                in: CommandRunner.packageRoot, stdin: "", outputs: try folder.makeFolder("en"), extraEnvironment: [:])
            #expect(english.stdout.contains(" in 1 file"), "\(english.stdout)")
        }
    }

    /// The summary line's elapsed time, which differs from run to run.
    static func withoutElapsedTime(_ text: String) -> String {
        text.replacingOccurrences(of: #"\([0-9.]+ [^)]*\)"#, with: "()", options: .regularExpression)
    }
}
