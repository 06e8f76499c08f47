import DGLintEngine
import DGLintModel
import DGLintReporters
import Testing

/// The reporters whose document starts with totals (JUnit, Markdown, HTML) stream: each file's section
/// goes to the spool as the file arrives, and what they write at the end before the spool is small and
/// does not grow with the number of files.
@Suite struct SpoolingReporterTests {
    static let formats = ReportFormat.allCases.filter(\.spools)

    @Test func exactlyTheFormatsThatStartWithTotalsSpool() {
        #expect(Self.formats == [.junit, .markdown, .html])
    }

    @Test(arguments: formats)
    func memoryDoesNotGrowWithTheNumberOfFiles(_ format: ReportFormat) throws {
        let small = try Self.measure(format, files: 1_000)
        let large = try Self.measure(format, files: 20_000)
        for run in [small, large] {
            #expect(run.everySectionSpooledOnArrival, "\(format): a file's section went to the spool at once")
            #expect(run.outputBeforeEnd == 0, "\(format): nothing reaches the output before the head")
            #expect(run.drains == 1, "\(format): the spool is drained once, after the head")
        }
        // The head and the closing lines are the same size within the digits of the counts, while the
        // spooled sections grow twentyfold.
        #expect(large.head > 0 && large.head < 32_768, "\(format): head of \(large.head) bytes")
        #expect(large.head - small.head < 256, "\(format): head grew from \(small.head) to \(large.head) bytes")
        #expect(large.tail - small.tail < 64, "\(format): tail grew from \(small.tail) to \(large.tail) bytes")
        #expect(large.spooled >= 19 * small.spooled, "\(format): \(small.spooled) → \(large.spooled) bytes spooled")
        #expect(large.spooled > 100 * large.head)
    }

    @Test(arguments: formats)
    func theHeadComesFirstThenTheSpoolThenTheEnd(_ format: ReportFormat) {
        let whole = ReportFixtures.review(format, .en)
        var reporter = makeReporter(format, options: ReportOptions(language: .en), spool: MarkingSpool())
        var out = ""
        var summary = RunSummary()
        reporter.begin(ReportFixtures.reviewRun, into: &out)
        for file in ReportFixtures.reviewFiles {
            summary.add(file, failOn: .error)
            reporter.report(file, into: &out)
        }
        #expect(out.isEmpty)
        reporter.end(summary, into: &out)
        let parts = out.components(separatedBy: MarkingSpool.marker)
        #expect(parts.count == 2)
        // With a spool in memory the same document has the sections where the marker is.
        #expect(whole.hasPrefix(parts[0]) && whole.hasSuffix(parts[1]) && whole.count > out.count)
    }

    @Test func aMemorySpoolGivesBackWhatWasWrittenOnceAndEmpties() {
        var spool = MemorySpool()
        spool.write("<section>ก</section>\n")
        spool.write("<section>ข</section>\n")
        var out = "head\n"
        spool.drain(into: &out)
        #expect(out == "head\n<section>ก</section>\n<section>ข</section>\n")
        #expect(spool.text.isEmpty)
        spool.drain(into: &out)
        #expect(out.hasSuffix("</section>\n"))
    }

    /// What one run of `format` over `files` synthetic files wrote where.
    struct Measurement {
        var head = 0
        var tail = 0
        var spooled = 0
        var drains = 0
        var outputBeforeEnd = 0
        var everySectionSpooledOnArrival = true
    }

    static func measure(_ format: ReportFormat, files: Int) throws -> Measurement {
        let counter = ByteCounter()
        var reporter = makeReporter(format, options: ReportOptions(language: .th), spool: CountingSpool(counter))
        var out = CountingOutput()
        var summary = RunSummary()
        var result = Measurement()
        reporter.begin(ReportFixtures.reviewRun, into: &out)
        for index in 0..<files {
            let file = syntheticFile(index)
            summary.add(file, failOn: .error)
            let before = counter.written
            reporter.report(file, into: &out)
            if counter.written <= before { result.everySectionSpooledOnArrival = false }
        }
        result.outputBeforeEnd = out.bytes
        reporter.end(summary, into: &out)
        let head = try #require(out.bytesAtDrain)
        result.head = head
        result.tail = out.bytes - head
        result.spooled = counter.drained
        result.drains = counter.drains
        return result
    }

    /// A proposal in one of 17 agency folders with an error and a waived warning, both placed.
    static func syntheticFile(_ index: Int) -> FileReport {
        let name = "round/agency-\(index % 17)/p\(index).yaml"
        let range = SourceRange(
            start: SourcePosition(line: 2, column: 3, offset: 12), end: SourcePosition(line: 2, column: 9, offset: 18))
        return FileReport(
            file: name,
            findings: [
                ReportFixtures.finding(
                    "STRUCT-01", "rationale-present", .error, th: "ต้องระบุหลักการและเหตุผล (ข้อ \(index))",
                    en: "A rationale must be given (\(index))", file: name, path: [.key("rationale")], range: range),
                ReportFixtures.finding(
                    "TAGS-02", "no-empty-tags", .warning, th: "แท็กต้องไม่ว่าง", en: "Tags must not be empty", file: name,
                    path: [.key("tags"), .index(0)], range: range,
                    waiver: Finding.Waiver(reason: "จะแก้ในฉบับถัดไป", approvedBy: nil)),
            ],
            source: nil)
    }
}

/// Counts what went through a ``CountingSpool``, which a test keeps while the reporter holds the spool.
final class ByteCounter {
    var written = 0
    var drained = 0
    var drains = 0
}

/// A spool that keeps nothing but the number of bytes written to it, and at a drain writes
/// ``CountingOutput/drainMarker`` so that the output can tell the head from the closing lines.
struct CountingSpool: ReportSpool {
    let counter: ByteCounter

    init(_ counter: ByteCounter) {
        self.counter = counter
    }

    mutating func write(_ string: String) {
        counter.written += string.utf8.count
    }

    mutating func drain(into out: inout some TextOutputStream) {
        counter.drained += counter.written
        counter.drains += 1
        counter.written = 0
        out.write(CountingOutput.drainMarker)
    }
}

/// An output that counts bytes and notes how many had been written when the spool was drained.
struct CountingOutput: TextOutputStream {
    static let drainMarker = "\u{0}drain\u{0}"
    var bytes = 0
    var bytesAtDrain: Int?

    mutating func write(_ string: String) {
        if string == Self.drainMarker {
            bytesAtDrain = bytes
        } else {
            bytes += string.utf8.count
        }
    }
}

/// A spool that drops what is written to it and drains as a marker, to show where the sections go.
struct MarkingSpool: ReportSpool {
    static let marker = "\u{0}sections\u{0}"

    mutating func write(_ string: String) {}

    mutating func drain(into out: inout some TextOutputStream) {
        out.write(Self.marker)
    }
}
