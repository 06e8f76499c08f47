import DGLintEngine
import DGLintModel
import DGLintTestSupport
import Testing

@testable import DGLintKit

/// `Linter.replica()`: a linter of its own for each further thread of a large batch, used only when it is the same.
@Suite struct ReplicaTests {
    private static let severe = "name: โครงการ\n"

    @Test func aReplicaHasTheSamePacksAndRulesAndReportsTheSame() throws {
        try TemporaryFolder.with { folder in
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo"))
            try folder.write("packs/other/pack.yaml", KitFixtures.pack("other", version: "2.1.0"))
            let file = try folder.write("p.yaml", "title: x\n")
            let linter = try KitFixtures.linter(rulesPath: [folder.path("packs")])
            let replica = try #require(linter.replica())
            #expect(replica !== linter)
            #expect(replica.ruleSet.packs.map(\.summary) == linter.ruleSet.packs.map(\.summary))
            #expect(replica.ruleSet.rules.map(\.summary) == linter.ruleSet.rules.map(\.summary))
            let mine = try linter.check(.file(file)).findings
            let theirs = try replica.check(.file(file)).findings
            #expect(theirs.map(\.rule) == ["DEMO-01", "OTHER-01"])
            #expect(theirs == mine)
        }
    }

    @Test func noReplicaWhenAPackChangedSinceTheRunStarted() throws {
        try TemporaryFolder.with { folder in
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo"))
            let linter = try KitFixtures.linter(rulesPath: [folder.path("packs")])
            #expect(linter.replica() != nil)
            // The same rules, one byte more in the pack's files: the digest tells them apart.
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo") + "\n")
            #expect(linter.replica() == nil)
        }
    }

    @Test func noReplicaWhenThePacksOrTheConfigurationChanged() throws {
        try TemporaryFolder.with { folder in
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo"))
            let config = try folder.write("dglint.yaml", "fail_on: warning\n")
            let linter = try KitFixtures.linter(rulesPath: [folder.path("packs")], configPath: config)
            #expect(linter.replica() != nil)
            try folder.write("dglint.yaml", "fail_on: error\n")
            #expect(linter.replica() == nil)
            try folder.write("dglint.yaml", "fail_on: warning\n")
            #expect(linter.replica() != nil)
            try folder.write("packs/extra/pack.yaml", KitFixtures.pack("extra"))
            #expect(linter.replica() == nil)
        }
    }

    /// A batch large enough for replicas: two and three threads report what one does, in input order.
    @Test(arguments: [2, 3])
    func aLargeBatchReportsTheSameWithReplicas(jobs: Int) throws {
        try TemporaryFolder.with { folder in
            try folder.write("packs/demo/pack.yaml", KitFixtures.pack("demo"))
            var inputs: [InputCollector.Input] = []
            for index in 0..<(BatchRunner.filesPerReplica * jobs + 5) {
                let text = index % 3 == 0 ? Self.severe : "title: p\(index)\nname: [broken\n"
                inputs.append(.file(try folder.write("corpus/p\(1000 + index).yaml", text)))
            }
            let linter = try KitFixtures.linter(rulesPath: [folder.path("packs")])
            var serial: [FileReport] = []
            try BatchRunner(linter: linter, jobs: 1).run(inputs) { serial.append($0) }
            var parallel: [FileReport] = []
            try BatchRunner(linter: linter, jobs: jobs).run(inputs) { parallel.append($0) }
            #expect(parallel.map(\.file) == inputs.map(\.path))
            #expect(parallel.map(\.findings) == serial.map(\.findings))
            #expect(serial.contains { !$0.findings.isEmpty })
        }
    }
}
