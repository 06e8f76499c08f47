import DGLintTestSupport
import Foundation
import Testing

/// docs/rules/ is generated from the built-in packs by `make docs`; these tests fail when a pack changed and
/// its pages were not regenerated.
@Suite struct GeneratedDocsTests {
    @Test(arguments: ["th", "en"])
    func theRulePagesAreCurrent(language: String) throws {
        try TemporaryFolder.with("dglint-docs") { temporary in
            let outputs = try temporary.makeFolder("outputs")
            let outcome = try CommandRunner.run(
                try CommandRunner.binary(),
                [
                    "packs", "doc", "--lang", language, "--output", temporary.path(language),
                    "\(CommandRunner.packageRoot)/rules",
                ],
                in: temporary.path(""), stdin: "", outputs: outputs, extraEnvironment: [:])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let committed = "\(CommandRunner.packageRoot)/docs/rules/\(language)"
            let generated = temporary.path(language)
            let names = try FileManager.default.contentsOfDirectory(atPath: generated).sorted()
            #expect(try FileManager.default.contentsOfDirectory(atPath: committed).sorted() == names)
            for name in names {
                let fresh = try String(contentsOfFile: "\(generated)/\(name)", encoding: .utf8)
                let old = try? String(contentsOfFile: "\(committed)/\(name)", encoding: .utf8)
                #expect(old == fresh, "docs/rules/\(language)/\(name) is stale; run `make docs`")
            }
        }
    }
}
