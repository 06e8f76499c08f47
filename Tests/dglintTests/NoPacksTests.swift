import DGLintTestSupport
import Foundation
import Testing

/// A check with no packs to check against is an error (exit 2) that says why and what to do, never a clean
/// report.
@Suite struct NoPacksTests {
    @Test func aCopiedExecutableWithoutItsRulesStopsWithAnError() throws {
        try TemporaryFolder.with("dglint-no-packs") { folder in
            let binary = folder.path("bin/dglint")
            _ = try folder.makeFolder("bin")
            try FileManager.default.copyItem(atPath: try CommandRunner.binary(), toPath: binary)
            let outcome = try CommandRunner.run(
                binary, ["check", "--format", "json", CommandRunner.packageRoot + "/fixtures/proposals"],
                in: folder.path(""), stdin: "", outputs: try folder.makeFolder("outputs"), extraEnvironment: [:])
            #expect(outcome.status == 2)
            #expect(outcome.stdout.isEmpty)
            #expect(outcome.stderr.contains("error: no packs to check against: the built-in rules were not found"))
            #expect(outcome.stderr.contains("pass --rules-path"))

            let withPath = try CommandRunner.run(
                binary,
                [
                    "check", "--format", "json", "--rules-path", CommandRunner.packageRoot + "/rules",
                    CommandRunner.packageRoot + "/fixtures/proposals/clean-example.yaml",
                ],
                in: folder.path(""), stdin: "", outputs: try folder.makeFolder("outputs2"), extraEnvironment: [:])
            #expect(withPath.status == 0, "\(withPath.stderr)")
            #expect(withPath.stdout.contains("\"id\": \"proposal\""))
        }
    }

    @Test func anEmptySelectionStopsWithAnError() throws {
        try TemporaryFolder.with("dglint-no-packs") { folder in
            let outcome = try CommandRunner.run(
                try CommandRunner.binary(),
                ["check", "--packs", "", CommandRunner.packageRoot + "/fixtures/proposals/clean-example.yaml"],
                in: folder.path(""), stdin: "", outputs: try folder.makeFolder("outputs"), extraEnvironment: [:])
            #expect(outcome.status == 2)
            #expect(outcome.stderr.hasPrefix("error: no packs are selected"), "\(outcome.stderr)")
        }
    }
}
