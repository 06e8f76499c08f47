import DGLintEngine
import DGLintModel
import DGLintTestSupport
import Testing

/// `check(_:timings:)`: the same findings as `check(_:)`, and a time for every rule the document was checked
/// against, with its findings counted.
@Suite("Measuring where the time of a check goes")
struct TimingsTests {
    private let rules =
        rule("DEMO-01", "    then: {field: name, function: defined}\n")
        + rule("DEMO-02", "    when: $.project\n    then: {field: title, function: defined}\n")
        + rule("DEMO-03", "    given: $.items[*]\n    then: {field: id, function: defined}\n")

    private func evaluator(extra: String = "") throws -> Evaluator {
        let decoded = decodePack(packHead + extra + "rules:\n" + rules)
        #expect(decoded.errors.isEmpty, "\(decoded.errors)")
        return Evaluator(ruleSet: try RuleSet([try #require(decoded.pack)]))
    }

    @Test("findings are the same measured or not; each rule's documents and findings are counted")
    func counts() throws {
        let evaluator = try evaluator()
        let (documents, _) = sourceDocuments("items: [{id: 1}, {}, {}]\n---\nname: x\nproject: {}\n")
        var timings: CheckTimings? = CheckTimings()
        var measured: [Finding] = []
        var plain: [Finding] = []
        for document in documents {
            measured += evaluator.check(document, timings: &timings)
            plain += evaluator.check(document)
        }
        #expect(measured.map(\.fingerprint) == plain.map(\.fingerprint))
        #expect(measured.map(\.rule) == ["DEMO-01", "DEMO-03", "DEMO-03", "DEMO-02"])
        let result = try #require(timings)
        #expect(result.documents == 2)
        #expect(Set(result.rules.map(\.rule)) == ["DEMO-01", "DEMO-02", "DEMO-03"])
        #expect(result.rule("DEMO-01")?.documents == 2)
        #expect(result.rule("DEMO-01")?.findings == 1)
        #expect(result.rule("DEMO-02")?.findings == 1)
        #expect(result.rule("DEMO-03")?.findings == 2)
        #expect(result.rules.allSatisfy { $0.pack == "demo" })
        #expect(result.total == result.packConditions + result.ruleTotal + result.waivers)
    }

    @Test("nil measures nothing; a pack whose 'when' fails leaves its rules out")
    func nothingMeasured() throws {
        let (documents, _) = sourceDocuments("name: x\n")
        var none: CheckTimings?
        _ = try evaluator().check(documents[0], timings: &none)
        #expect(none == nil)
        var timings: CheckTimings? = CheckTimings()
        let findings = try evaluator(extra: "when: $.format\n").check(documents[0], timings: &timings)
        #expect(findings.isEmpty)
        #expect(timings?.documents == 1)
        #expect(timings?.rules.isEmpty == true)
    }

    @Test("adding sums every phase and every rule, keeping each rule's pack")
    func adding() {
        var one = CheckTimings()
        one.files = 1
        one.documents = 1
        one.reading = 10
        one.parsing = 20
        one.record(CheckTimings.RuleTime(rule: "A-01", pack: "a", nanoseconds: 5, documents: 1, findings: 2))
        var two = one
        two.waivers = 7
        two.record(CheckTimings.RuleTime(rule: "B-01", pack: "b", nanoseconds: 3, documents: 1, findings: 0))
        two.record(CheckTimings.RuleTime(rule: "A-01", pack: "a", nanoseconds: 1, documents: 1, findings: 0))
        one.add(two)
        #expect(one.files == 2 && one.documents == 2 && one.reading == 20 && one.parsing == 40 && one.waivers == 7)
        // Each rule once after adding, in the order first met, its entries summed.
        #expect(one.rules.map(\.rule) == ["A-01", "B-01"])
        #expect(
            one.rules.first
                == CheckTimings.RuleTime(rule: "A-01", pack: "a", nanoseconds: 11, documents: 3, findings: 4))
        #expect(one.rule("B-01")?.pack == "b")
        var three = CheckTimings()
        three.add(one)
        three.add(one)
        #expect(three.rules.map(\.nanoseconds) == [22, 6])
        #expect(one.total == 20 + 40 + 7 + 14)
    }

    @Test("a stopwatch's laps follow the clock and never run backwards")
    func stopwatch() {
        var watch = Stopwatch()
        var sum: UInt64 = 0
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<3 {
            var spin = 0
            for i in 0..<10_000 { spin &+= i }
            #expect(spin > 0)
            sum += watch.lap()
        }
        let elapsed = start.duration(to: clock.now).components
        let wall = UInt64(elapsed.seconds) * 1_000_000_000 + UInt64(elapsed.attoseconds / 1_000_000_000)
        #expect(sum <= wall + 1_000_000)
    }
}
