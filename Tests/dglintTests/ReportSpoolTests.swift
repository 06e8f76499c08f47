import DGLintTestSupport
import Foundation
import Testing

/// `dglint check` keeps the sections of the JUnit, Markdown and HTML reports in a nameless temporary file
/// until their head is written: the reports are the same as if they had been kept in memory, and no
/// temporary file is left behind, whether the run succeeds or fails.
@Suite struct ReportSpoolTests {
    /// The formats that spool, each written with `--report`, and HTML on standard output; Thai, so that
    /// the spool is read back across many multi-byte characters (the HTML page is well over 64 KiB).
    static func arguments(_ folder: TemporaryFolder, _ name: String) -> [String] {
        [
            "check", "--lang", "th", "--format", "html", "--report", "junit=\(folder.path(name)).xml",
            "--report", "markdown=\(folder.path(name)).md", "--report", "html=\(folder.path(name)).html",
            CommandRunner.packageRoot + "/fixtures/proposals",
        ]
    }

    static func run(_ folder: TemporaryFolder, _ arguments: [String], temporary: String) throws
        -> CommandRunner.Outcome
    {
        try CommandRunner.run(
            try CommandRunner.binary(), arguments, in: folder.path(""), stdin: "",
            outputs: try folder.makeFolder("outputs-\(arguments.count)-\(UUID().uuidString)"),
            extraEnvironment: ["TMPDIR": temporary, "SOURCE_DATE_EPOCH": "1795000000"])
    }

    @Test func spooledReportsMatchReportsKeptInMemoryAndLeaveNothingBehind() throws {
        try TemporaryFolder.with("dglint-spool") { folder in
            let temporary = try folder.makeFolder("tmp")
            let spooled = try Self.run(folder, Self.arguments(folder, "spooled"), temporary: temporary)
            #expect(spooled.status == 1, "\(spooled.stderr)")
            #expect(!spooled.stderr.contains("temporary file"), "the spool was a file: \(spooled.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)

            // Without a folder for temporary files the sections are kept in memory, with a warning.
            let missing = folder.path("no-such-folder")
            let kept = try Self.run(folder, Self.arguments(folder, "kept"), temporary: missing)
            #expect(kept.status == 1)
            #expect(kept.stderr.contains("warning: cannot make a temporary file in \(missing)"))
            #expect(kept.stderr.components(separatedBy: "warning: cannot make").count - 1 == 4)

            #expect(spooled.stdout.utf8.count > 65_536 && spooled.stdout.contains("สรุป"))
            #expect(spooled.stdout == kept.stdout, "HTML on standard output")
            for suffix in ["xml", "md", "html"] {
                let one = try Data(contentsOf: URL(fileURLWithPath: folder.path("spooled.\(suffix)")))
                let other = try Data(contentsOf: URL(fileURLWithPath: folder.path("kept.\(suffix)")))
                #expect(!one.isEmpty && one == other, "\(suffix)")
            }
            let html = try String(contentsOfFile: folder.path("spooled.html"), encoding: .utf8)
            #expect(html == spooled.stdout)
            let summary = try #require(html.range(of: "<section class=\"summary\">"))
            let firstFile = try #require(html.range(of: "<section class=\"proposal\">"))
            #expect(summary.lowerBound < firstFile.lowerBound, "the summary comes first")
        }
    }

    @Test func aFailedRunLeavesNoTemporaryFile() throws {
        try TemporaryFolder.with("dglint-spool-fail") { folder in
            let temporary = try folder.makeFolder("tmp")
            let outcome = try Self.run(
                folder,
                [
                    "check", "--format", "markdown", "--report", "junit=\(folder.path("out.xml"))", "--report",
                    "html=\(folder.path("missing/out.html"))", CommandRunner.packageRoot + "/fixtures/proposals",
                ], temporary: temporary)
            #expect(outcome.status == 2)
            #expect(outcome.stderr.contains("missing/out.html"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.path("")).filter { $0.hasPrefix("out.") }
                    .isEmpty)
        }
    }
}
