import DGLintEngine
import DGLintKit
import DGLintModel
import DGLintTestSupport
import Testing

/// Parallel batches: reports come back in input order, the same for any number of jobs.
@Suite struct BatchRunnerTests {
    /// A comparable line per finding: file, rule, path, position.
    private func lines(_ reports: [FileReport]) -> [String] {
        reports.flatMap { report in
            [report.file]
                + report.findings.map { "  \($0.rule) \($0.normalizedPath) \($0.range?.start.description ?? "-")" }
        }
    }

    /// Fifty proposals: with and without the name, broken, empty, in nested folders, some large.
    private func writeCorpus(_ folder: TemporaryFolder) throws {
        for index in 0..<50 {
            let text: String
            switch index % 5 {
            case 0: text = "name: โครงการ \(index)\n"
            case 1: text = "title: untitled \(index)\n"
            case 2: text = "name: [unclosed \(index)\n"
            case 3: text = "# empty \(index)\n"
            default: text = (0..<(index * 20)).map { "k\($0): \($0)\n" }.joined() + "title: big \(index)\n"
            }
            try folder.write("corpus/g\(index % 3)/p\(String(index + 100)).yaml", text)
        }
    }

    private func run(_ linter: Linter, _ inputs: [InputCollector.Input], jobs: Int) throws -> [FileReport] {
        var reports: [FileReport] = []
        try BatchRunner(linter: linter, jobs: jobs).run(inputs) { reports.append($0) }
        return reports
    }

    @Test func reportsFollowTheInputOrderAndAreTheSameForOneAndFourJobs() throws {
        try TemporaryFolder.with { folder in
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo"))
            try writeCorpus(folder)
            let linter = try KitFixtures.linter(rulesPath: [folder.path("packs")])
            let inputs =
                Array(InputCollector().collect([folder.path("corpus")])) + [
                    .unreadable(folder.path("gone.yaml"), reason: LocalizedText("it does not exist"))
                ]
            #expect(inputs.count == 51)

            let serial = try run(linter, inputs, jobs: 1)
            #expect(serial.map(\.file) == inputs.map(\.path))
            let rules = serial.flatMap { $0.findings.map(\.rule) }
            #expect(rules.filter { $0 == "DEMO-01" }.count == 20)
            #expect(rules.filter { $0 == "INPUT-02" }.count == 10)
            #expect(rules.filter { $0 == "INPUT-03" }.count == 10)
            #expect(rules.filter { $0 == "INPUT-01" }.count == 1)

            for _ in 0..<3 {
                let parallel = try run(linter, inputs, jobs: 4)
                #expect(parallel.map(\.file) == inputs.map(\.path))
                #expect(lines(parallel) == lines(serial))
            }
        }
    }

    @Test func moreJobsThanInputsAndNoInputsAtAll() throws {
        try TemporaryFolder.with { folder in
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo"))
            let file = try folder.write("p.yaml", "title: x\n")
            let linter = try KitFixtures.linter(rulesPath: [folder.path("packs")])
            #expect(try run(linter, [], jobs: 8).isEmpty)
            let reports = try run(linter, [.file(file), .file(file)], jobs: 16)
            #expect(reports.map(\.file) == [file, file])
            #expect(BatchRunner(linter: linter, jobs: 0).jobs == 1)
        }
    }

    @Test(arguments: [1, 4])
    func aBrokenConfigurationStopsTheBatchWithItsError(jobs: Int) throws {
        try TemporaryFolder.with { folder in
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo"))
            try writeCorpus(folder)
            try folder.write("corpus/g1/.dglint.yaml", "fail_on: sometimes\n")
            let linter = try KitFixtures.linter(rulesPath: [folder.path("packs")])
            let inputs = InputCollector().collect([folder.path("corpus")])
            var emitted: [String] = []
            #expect {
                try BatchRunner(linter: linter, jobs: jobs).run(inputs) { emitted.append($0.file) }
            } throws: { error in
                (error as? DiagnosticList)?.diagnostics.first?.location?.file == folder.path("corpus/g1/.dglint.yaml")
            }
            // Everything before the first file of g1 was reported, in order, and nothing after it.
            let firstInG1 = try #require(inputs.firstIndex { $0.path.contains("/g1/") })
            #expect(emitted == inputs.prefix(firstInG1).map(\.path))
        }
    }
}
