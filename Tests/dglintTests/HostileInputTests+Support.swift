import DGLintTestSupport
import Foundation
import Glibc

/// One run of `dglint` as a child of its own: what it printed, how long it took and its peak memory.
///
/// It runs in `folder` with only `LANG=C.UTF-8`, `PATH` and a fixed `SOURCE_DATE_EPOCH` in the environment,
/// and is killed after `timeout`. Peak memory is measured twice, because neither way is exact alone: the
/// child's own high-water mark (`VmHWM` in `/proc/PID/status`), read every 5 ms while it runs, may miss
/// growth in its last few milliseconds; `ru_maxrss` from `wait4` misses nothing but also counts the peak
/// of this test process, whose memory the child shares until it starts dglint (`posix_spawn` uses vfork).
struct MeasuredRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
    /// The child's peak resident memory in bytes, as sampled from `/proc` (a lower bound).
    var peakMemory: Int
    /// The child's `ru_maxrss` in bytes, at least its peak and at most that or this process's (an upper bound).
    var peakMemoryBound: Int

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `binary` with `arguments` in `folder`, writing its output under `outputs`.
    static func run(
        _ binary: String, _ arguments: [String], in folder: String, outputs: String, timeout: Duration
    ) throws -> MeasuredRun {
        let stdoutPath = outputs + "/stdout"
        let stderrPath = outputs + "/stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // `sh` changes folder and then becomes dglint (`exec`), so the process reaped is dglint itself.
        let words = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder, binary] + arguments
        let environment = ["LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin", "SOURCE_DATE_EPOCH=1795000000"]
        let argv = words.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }

        let clock = ContinuousClock()
        let start = clock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(binary): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        var sampled = 0
        while true {
            sampled = max(sampled, highWaterMark(of: pid))
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR {
                throw Failure(description: "waiting for dglint failed: \(String(cString: strerror(errno)))")
            }
            if clock.now - start > timeout {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                throw Failure(description: "dglint \(arguments.joined(separator: " ")) ran for more than \(timeout)")
            }
            usleep(5_000)
        }
        let elapsed = clock.now - start
        // A crash reads as the shell shows it: 128 + the signal number.
        let signal = status & 0x7F
        return MeasuredRun(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: stdoutPath)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: stderrPath)), as: UTF8.self),
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            peakMemory: sampled, peakMemoryBound: usage.ru_maxrss * 1024)
    }

    /// The peak resident memory so far of process `pid` in bytes (`VmHWM`), or 0 when it cannot be read.
    private static func highWaterMark(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kilobytes = line.dropFirst("VmHWM:".count).filter(\.isNumber)
        return (Int(kilobytes) ?? 0) * 1024
    }
}

/// The parts of `dglint check --format json` that these tests read.
struct JSONReport: Decodable {
    struct Position: Decodable, Equatable {
        var line: Int
        var column: Int
        var offset: Int
    }

    struct Finding: Decodable, Equatable {
        var rule: String
        var severity: String
        var message: String
        var file: String
        var path: String
        var start: Position?
        var end: Position?

        /// The finding without its file name and byte offsets, to compare the same proposal under another
        /// name or with text added where no finding points.
        var content: String {
            let range = [start, end].compactMap { $0.map { "\($0.line):\($0.column)" } }.joined(separator: "-")
            return "\(rule) \(severity) \(path) \(range) \(message)"
        }
    }

    struct Summary: Decodable {
        var files: Int
    }

    var findings: [Finding]
    var summary: Summary

    /// Decodes `dglint check --format json` output.
    init(_ json: String) throws {
        self = try JSONDecoder().decode(JSONReport.self, from: Data(json.utf8))
    }

    /// The findings for `file`.
    func findings(for file: String) -> [Finding] { findings.filter { $0.file == file } }
}

/// The folder of hostile inputs the batch test checks in one run: the committed fixtures of
/// `fixtures/hostile` (README.md there lists them), the inputs too large for git or that git cannot keep,
/// made here, and two ordinary proposals.
enum HostileBatch {
    /// `fixtures/hostile`.
    static let fixtures = DGLintExecutable.packageRoot + "/fixtures/hostile"
    /// The folder holding the `hostile` pack (a rule with a catastrophic-backtracking pattern).
    static let packs = fixtures + "/packs"
    /// A mebibyte.
    static let mebibyte = 1 << 20

    /// The committed inputs: the `*.yaml` files directly in `fixtures/hostile`, sorted.
    static func committed() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// An ordinary proposal of `fixtures/proposals`.
    static func proposal(_ name: String) throws -> String {
        try String(contentsOfFile: DGLintExecutable.packageRoot + "/fixtures/proposals/" + name, encoding: .utf8)
    }

    /// Writes the proposals that accepted hostile inputs are compared with into `folder/reference`, checks
    /// them, and returns their findings by reference.
    static func references(in folder: TemporaryFolder, outputs: String) throws -> [Reference: [JSONReport.Finding]] {
        try folder.write("reference/clean-example.yaml", try proposal("clean-example.yaml"))
        try folder.write("reference/format-only.yaml", formatOnly)
        let run = try MeasuredRun.run(
            try CommandRunner.binary(),
            [
                "check", "--format", "json", "--lang", "en", "reference/clean-example.yaml",
                "reference/format-only.yaml",
            ],
            in: folder.path, outputs: outputs, timeout: .seconds(60))
        let report = try JSONReport(run.stdout)
        return [
            .cleanExample: report.findings(for: "reference/clean-example.yaml"),
            .formatOnly: report.findings(for: "reference/format-only.yaml"),
        ]
    }

    /// A proposal that an accepted hostile input is checked like.
    enum Reference: Sendable {
        /// `fixtures/proposals/clean-example.yaml`.
        case cleanExample
        /// A proposal of nothing but ``formatOnly``.
        case formatOnly
    }

    /// Fills `folder/batch` and returns the path of `batch` relative to `folder`.
    ///
    /// Besides the committed fixtures: `scalar-10mb.yaml` (the clean example with a 10 MiB `scope` on its one
    /// line), `file-50mb.yaml` (the clean example padded with comments to 50 MiB), `million-keys.yaml` (a
    /// `format` line and a million more top-level keys), `loop-a.yaml` ⇄ `loop-b.yaml` (symbolic
    /// links to each other), `tree/up` (a link to its own parent folder) beside `tree/farmer-registry.yaml`,
    /// and, when `unreadable`, `locked.yaml` with no permissions at all. Beside `batch`, outside it:
    /// `many-values.yaml`, a list of 16 MiB of zeros.
    static func make(in folder: TemporaryFolder, unreadable: Bool) throws -> String {
        let batch = "batch"
        try folder.makeFolder(batch)
        for name in try committed() {
            try FileManager.default.copyItem(atPath: fixtures + "/" + name, toPath: folder.path(batch + "/" + name))
        }
        let clean = try proposal("clean-example.yaml")
        try folder.write(batch + "/clean-example.yaml", clean)
        try folder.write(batch + "/tree/farmer-registry.yaml", try proposal("farmer-registry.yaml"))
        try folder.link(batch + "/tree/up", to: "..")
        try folder.link(batch + "/loop-a.yaml", to: "loop-b.yaml")
        try folder.link(batch + "/loop-b.yaml", to: "loop-a.yaml")
        try write(scalarOf10MiB(clean), to: folder.path(batch + "/scalar-10mb.yaml"))
        try writePaddedTo50MiB(clean, to: folder.path(batch + "/file-50mb.yaml"))
        try write(millionKeys(), to: folder.path(batch + "/million-keys.yaml"))
        try write(manyValues(), to: folder.path("many-values.yaml"))
        if unreadable {
            try folder.write(batch + "/locked.yaml", clean)
            try folder.setPermissions(batch + "/locked.yaml", 0o000)
        }
        return batch
    }

    /// The clean example with its one-line `scope` replaced by a scalar of at least 10 MiB of Thai text.
    static func scalarOf10MiB(_ clean: String) -> [UInt8] {
        let sentence = Array("ระบบนัดหมายออนไลน์ของโรงพยาบาลในสังกัด ".utf8)
        var scope = Array("scope: ".utf8)
        scope.reserveCapacity(10 * mebibyte + sentence.count + 16)
        while scope.count < 10 * mebibyte { scope += sentence }
        var lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        if let index = lines.firstIndex(where: { $0.starts(with: Array("scope: ".utf8)) }) { lines[index] = scope }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// Writes the clean example followed by comment lines up to 50 MiB, a mebibyte at a time.
    static func writePaddedTo50MiB(_ clean: String, to path: String) throws {
        let line = Array("# padding to make the file 50 MiB, over the 16 MiB limit of a proposal\n".utf8)
        var chunk: [UInt8] = []
        while chunk.count < mebibyte { chunk += line }
        guard FileManager.default.createFile(atPath: path, contents: Data(clean.utf8)) else {
            throw MeasuredRun.Failure(description: "cannot create \(path)")
        }
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        try file.seekToEnd()
        var size = clean.utf8.count
        while size < 50 * mebibyte {
            try file.write(contentsOf: chunk)
            size += chunk.count
        }
    }

    /// A flat list of zeros, `[0,0,…,0]`, just under 16 MiB: eight million values, four times the value limit.
    static func manyValues() -> [UInt8] {
        let pairs = (16 * mebibyte - 3) / 2
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(16 * mebibyte)
        for _ in 0..<pairs { bytes += [UInt8(ascii: "0"), UInt8(ascii: ",")] }
        bytes += [UInt8(ascii: "0"), UInt8(ascii: "]")]
        return bytes
    }

    /// The first line of a proposal, the only line of ``formatOnly``.
    static let formatOnly = "format: dglint/proposal/v1\n"

    /// ``formatOnly`` followed by a million distinct top-level keys (`kAb3Z: 0`), about 9 MB.
    static func millionKeys() -> [UInt8] {
        let digits = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        let tail = Array(": 0\n".utf8)
        var bytes = Array(formatOnly.utf8)
        bytes.reserveCapacity(bytes.count + 9_000_000)
        let powers = [238_328, 3_844, 62, 1]
        for number in 0..<1_000_000 {
            bytes.append(UInt8(ascii: "k"))
            for power in powers { bytes.append(digits[number / power % digits.count]) }
            bytes += tail
        }
        return bytes
    }

    private static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
