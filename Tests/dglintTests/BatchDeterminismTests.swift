import DGLintTestSupport
import Foundation
import Testing

/// A reviewer's batch: 1,000 proposals checked with one and with two jobs give byte-identical reports in
/// every machine format, and every file is reported.
@Suite struct BatchDeterminismTests {
    @Test func aThousandFilesGiveTheSameReportsWithOneAndTwoJobs() throws {
        try TemporaryFolder.with("dglint-batch") { folder in
            let samples = try FileManager.default.contentsOfDirectory(
                atPath: CommandRunner.packageRoot + "/fixtures/proposals"
            ).filter { $0.hasSuffix(".yaml") }.sorted()
            #expect(!samples.isEmpty)
            var texts: [String] = []
            for name in samples {
                texts.append(
                    try String(
                        contentsOfFile: CommandRunner.packageRoot + "/fixtures/proposals/" + name, encoding: .utf8))
            }
            for index in 0..<1000 {
                let text = texts[index % texts.count]
                let agency = "agency-\(index % 17)"
                _ = try folder.write("round/\(agency)/p\(String(format: "%04d", index)).yaml", text)
            }
            _ = try folder.write("round/agency-3/broken.yaml", "format: [unclosed\n")
            let outputs = try folder.makeFolder("outputs")
            var reports: [String: [String: Data]] = [:]
            for jobs in ["1", "2"] {
                let dir = try folder.makeFolder("jobs\(jobs)")
                let outcome = try CommandRunner.run(
                    try CommandRunner.binary(),
                    [
                        "check", "--jobs", jobs, "--format", "json", "--output", "\(dir)/report.json",
                        "--report", "sarif=\(dir)/report.sarif", "--report", "csv=\(dir)/report.csv",
                        "--report", "junit=\(dir)/report.xml", "--report", "html=\(dir)/report.html",
                        "--report", "markdown=\(dir)/report.md", "--report", "gitlab=\(dir)/report.gitlab.json",
                        "round",
                    ],
                    in: folder.path(""), stdin: "", outputs: outputs,
                    extraEnvironment: ["SOURCE_DATE_EPOCH": "1795000000"])
                #expect(outcome.status == 1, "\(outcome.stderr)")
                for name in [
                    "report.json", "report.sarif", "report.csv", "report.xml", "report.html", "report.md",
                    "report.gitlab.json",
                ] {
                    reports[jobs, default: [:]][name] = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(name)"))
                }
            }
            for (name, one) in reports["1"] ?? [:] {
                #expect(one == reports["2"]?[name], "\(name) differs between --jobs 1 and --jobs 2")
                #expect(!one.isEmpty, "\(name) is empty")
            }
            let json = String(decoding: reports["1"]?["report.json"] ?? Data(), as: UTF8.self)
            #expect(json.contains("\"files\": 1001"))
            #expect(json.contains("INPUT-02"))
        }
    }
}
