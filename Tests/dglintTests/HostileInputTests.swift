import DGLintTestSupport
import Foundation
import Glibc
import Testing

/// Hostile inputs (fixtures/hostile/README.md): each gets a clear finding — what is wrong, where, what to
/// do — within a bounded time and memory, and the rest of the batch is still checked.
///
/// The bounds are generous on purpose: they hold for a debug build on a busy two-core machine, while what
/// they guard against (an alias bomb expanded, a backtracking regex, a walk round a link loop) would take
/// hours or never end. docs/hostile-input.md has the figures measured.
@Suite(.serialized) struct HostileInputTests {
    /// A line and column, 1-based, as findings give them.
    struct Spot: Equatable, Sendable, CustomStringConvertible {
        var line: Int
        var column: Int
        var description: String { "\(line):\(column)" }

        init(_ line: Int, _ column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// What dglint must say about one hostile input.
    enum Outcome: Sendable {
        /// Refused: its one finding is `rule`, its message holds each of `says`, at `spot` (nil: the file as a
        /// whole, when there is no position to give).
        case refused(rule: String, says: [String], at: Spot?)
        /// Checked like the proposal it was made from: the same findings at the same lines and columns.
        case like(HostileBatch.Reference)
        /// Checked, and among its findings one of `rule` at `spot` whose message holds each of `says`.
        case flagged(rule: String, says: [String], at: Spot)
    }

    static let depth = ["the data nests more than 256 levels deep", "flatten the structure"]

    /// Every hostile input and what dglint must say about it; the positions are those of the committed
    /// files, whose first line is a comment.
    static let outcomes: [String: Outcome] = [
        "alias-bomb.yaml": .refused(
            rule: "INPUT-02", says: ["aliases expand to more than 100000 nodes", "remove the aliases"], at: Spot(7, 63)),
        "backtracking.yaml": .flagged(
            rule: "HOSTILE-01", says: ["`code`", "does not match the pattern `^(a+)+$`"], at: Spot(3, 7)),
        "deep-block.yaml": .refused(rule: "INPUT-02", says: depth, at: Spot(2, 513)),
        "deep-flow.yaml": .refused(rule: "INPUT-02", says: depth, at: Spot(2, 257)),
        "invalid-utf8.yaml": .refused(
            rule: "INPUT-02",
            says: [
                "the file is not valid UTF-8: the character that starts at byte 183", "TIS-620", "save it as UTF-8",
            ],
            at: Spot(6, 7)),
        "nul-byte.yaml": .refused(
            rule: "INPUT-02", says: ["the file contains a NUL byte", "save it as UTF-8 text"], at: Spot(6, 21)),
        "utf16le-bom.yaml": .like(.cleanExample),
        "utf16be-bom.yaml": .like(.cleanExample),
        "scalar-10mb.yaml": .like(.cleanExample),
        "million-keys.yaml": .like(.formatOnly),
        "file-50mb.yaml": .refused(
            rule: "INPUT-01",
            says: ["The file cannot be read: it is 50.0 MiB, larger than the 16.0 MiB limit", "split it into smaller"],
            at: nil),
        // The list is the first value, so the 2,000,000th zero is the one too many.
        "many-values.yaml": .refused(
            rule: "INPUT-02",
            says: ["the file holds more than 2000000 values", "split it into smaller files"], at: Spot(1, 4_000_000)),
        "loop-a.yaml": .refused(rule: "INPUT-01", says: ["a loop of symbolic links", "remove the link"], at: nil),
        "loop-b.yaml": .refused(rule: "INPUT-01", says: ["a loop of symbolic links", "remove the link"], at: nil),
        "locked.yaml": .refused(rule: "INPUT-01", says: ["permission denied", "permission to read it"], at: nil),
    ]

    /// The longest one input may take alone (the 16 MiB list takes 8–12 s in a debug build on a busy machine).
    static let caseBound = Duration.seconds(60)
    /// The longest the whole batch may take (a debug build spends most of it on the million keys).
    static let batchBound = Duration.seconds(180)
    /// The most memory a run may use.
    static let memoryBound = 1_536 * HostileBatch.mebibyte

    static let isRoot = geteuid() == 0

    @Test(
        "each committed hostile input, checked alone, gets its finding quickly", arguments: try HostileBatch.committed()
    )
    func committedInputAlone(_ name: String) throws {
        try TemporaryFolder.with("dglint-hostile") { folder in
            let outputs = try folder.makeFolder("outputs")
            let references = try HostileBatch.references(in: folder, outputs: outputs)
            let run = try MeasuredRun.run(
                try CommandRunner.binary(),
                ["check", "--rules-path", HostileBatch.packs, "--format", "json", "--lang", "en", name],
                in: HostileBatch.fixtures, outputs: outputs, timeout: Self.caseBound)
            print("hostile input \(name) alone: \(Self.format(run))")
            try expect(Self.outcomes[name], for: name, in: run, as: name, references: references)
        }
    }

    @Test("the large inputs and the link loop, checked alone, are answered quickly and in little memory")
    func generatedInputsAlone() throws {
        try TemporaryFolder.with("dglint-hostile") { folder in
            let batch = try HostileBatch.make(in: folder, unreadable: false)
            let outputs = try folder.makeFolder("outputs")
            let references = try HostileBatch.references(in: folder, outputs: outputs)
            for path in ["many-values.yaml"]
                + ["file-50mb.yaml", "scalar-10mb.yaml", "loop-a.yaml"].map({ batch + "/" + $0 })
            {
                let name = String(path.split(separator: "/").last ?? "")
                let run = try MeasuredRun.run(
                    try CommandRunner.binary(), ["check", "--format", "json", "--lang", "en", path],
                    in: folder.path, outputs: outputs, timeout: Self.caseBound)
                print("hostile input \(name) alone: \(Self.format(run))")
                #expect(run.peakMemoryBound < Self.memoryBound, "\(name) used \(run.peakMemoryBound) bytes")
                try expect(Self.outcomes[name], for: path, in: run, as: name, references: references)
            }
        }
    }

    @Test(
        "an unreadable file is reported and the file beside it is checked",
        .enabled(if: !isRoot, "root reads a file whatever its permissions, so no file is unreadable to it"))
    func unreadableFile() throws {
        try TemporaryFolder.with("dglint-hostile") { folder in
            try folder.write("batch/locked.yaml", try HostileBatch.proposal("clean-example.yaml"))
            try folder.setPermissions("batch/locked.yaml", 0o000)
            try folder.write("batch/open.yaml", try HostileBatch.proposal("clean-example.yaml"))
            let outputs = try folder.makeFolder("outputs")
            let references = try HostileBatch.references(in: folder, outputs: outputs)
            let run = try MeasuredRun.run(
                try CommandRunner.binary(), ["check", "--format", "json", "--lang", "en", "batch"], in: folder.path,
                outputs: outputs, timeout: Self.caseBound)
            try expect(
                Self.outcomes["locked.yaml"], for: "batch/locked.yaml", in: run, as: "locked.yaml",
                references: references)
            try expect(.like(.cleanExample), for: "batch/open.yaml", in: run, as: "open.yaml", references: references)
        }
    }

    @Test("a batch of every hostile input is checked to the end, the same with one job and with two")
    func wholeBatch() throws {
        try TemporaryFolder.with("dglint-hostile") { folder in
            let binary = try CommandRunner.binary()
            let batch = try HostileBatch.make(in: folder, unreadable: !Self.isRoot)
            let outputs = try folder.makeFolder("outputs")
            let references = try HostileBatch.references(in: folder, outputs: outputs)
            let good = [batch + "/clean-example.yaml", batch + "/tree/farmer-registry.yaml"]
            let arguments = ["check", "--rules-path", HostileBatch.packs, "--format", "json", "--lang", "en"]
            let alone = try MeasuredRun.run(
                binary, arguments + good, in: folder.path, outputs: outputs, timeout: Self.caseBound)
            var runs: [MeasuredRun] = []
            for jobs in ["1", "2"] {
                let run = try MeasuredRun.run(
                    binary, arguments + ["--jobs", jobs, batch], in: folder.path, outputs: outputs,
                    timeout: Self.batchBound)
                print("hostile batch, --jobs \(jobs): \(Self.format(run))")
                #expect(run.status == 1, "\(run.stderr)")
                #expect(run.stderr.isEmpty, "\(run.stderr)")
                #expect(run.peakMemoryBound < Self.memoryBound, "the batch used \(run.peakMemoryBound) bytes")
                runs.append(run)
            }
            #expect(runs[0].stdout == runs[1].stdout, "--jobs 1 and --jobs 2 disagree")

            let report = try JSONReport(runs[0].stdout)
            let names =
                try HostileBatch.committed() + [
                    "scalar-10mb.yaml", "file-50mb.yaml", "million-keys.yaml", "loop-a.yaml", "loop-b.yaml",
                ] + (Self.isRoot ? [] : ["locked.yaml"])
            #expect(report.summary.files == names.count + good.count)
            for name in names {
                try expect(Self.outcomes[name], for: batch + "/" + name, in: runs[0], as: name, references: references)
            }
            // The good proposals are reported exactly as when they are checked alone, and the folder that
            // links to its parent (tree/up) is not walked a second time.
            let expected = try JSONReport(alone.stdout).findings
            #expect(!expected.isEmpty)
            #expect(good.flatMap { report.findings(for: $0) } == expected)
            #expect(report.findings.allSatisfy { !$0.file.contains("/up/") })
        }
    }

    /// Checks what `run` reported about `file` against `outcome`, and that its exit status is 1 exactly when
    /// that includes an error. `references` holds the findings of the proposals accepted inputs are like.
    private func expect(
        _ outcome: Outcome?, for file: String, in run: MeasuredRun, as name: String,
        references: [HostileBatch.Reference: [JSONReport.Finding]]
    ) throws {
        let report = try JSONReport(run.stdout)
        let found = report.findings(for: file)
        #expect(run.status == (report.findings.contains { $0.severity == "error" } ? 1 : 0), "\(run.stderr)")
        switch try #require(outcome, "no outcome is written down for \(name)") {
        case .refused(let rule, let says, let spot):
            #expect(found.map(\.rule) == [rule], "\(name): \(found.map(\.content))")
            let finding = try #require(found.first)
            for part in says { #expect(finding.message.contains(part), "\(name): \(finding.message)") }
            #expect(finding.start.map { Spot($0.line, $0.column) } == spot, "\(name): \(finding.content)")
        case .like(let reference):
            let expected = try #require(references[reference])
            #expect(!expected.isEmpty)
            #expect(found.map(\.content) == expected.map(\.content), "\(name)")
        case .flagged(let rule, let says, let spot):
            let finding = try #require(found.first { $0.rule == rule }, "\(name) has no \(rule)")
            for part in says { #expect(finding.message.contains(part), "\(name): \(finding.message)") }
            #expect(finding.start.map { Spot($0.line, $0.column) } == spot, "\(name): \(finding.content)")
        }
    }

    private static func format(_ run: MeasuredRun) -> String {
        String(
            format: "%.2f s, peak %d MiB (at most %d MiB)", run.seconds, run.peakMemory / HostileBatch.mebibyte,
            run.peakMemoryBound / HostileBatch.mebibyte)
    }
}
