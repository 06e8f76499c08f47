/// Where the time of checking went (`dglint check --timings`): reading, parsing, the packs' conditions, each
/// rule, and waivers; one file's, or a run's summed with ``add(_:)``.
///
/// Times are nanoseconds of the monotonic clock, taken on the thread that did the work: with several jobs
/// their sum is CPU time spread over threads, more than the run's wall-clock time.
public struct CheckTimings: Sendable {
    /// One rule's time over the documents it was evaluated on (its `when` included).
    public struct RuleTime: Sendable, Equatable {
        public var rule: String
        public var pack: String
        public var nanoseconds: UInt64
        /// Documents the rule was evaluated on (its pack's `when` held).
        public var documents: Int
        /// Findings the rule made, before waivers and baselines.
        public var findings: Int

        public init(rule: String, pack: String, nanoseconds: UInt64 = 0, documents: Int = 0, findings: Int = 0) {
            self.rule = rule
            self.pack = pack
            self.nanoseconds = nanoseconds
            self.documents = documents
            self.findings = findings
        }
    }

    public var files = 0
    public var documents = 0
    /// Reading files from disk.
    public var reading: UInt64 = 0
    /// Parsing YAML and JSON into documents with their positions.
    public var parsing: UInt64 = 0
    /// The packs' `when` conditions.
    public var packConditions: UInt64 = 0
    /// One entry per rule, in the order the rules were first met. The evaluator appends one for each rule
    /// it evaluates on a document — an append per rule is all measuring costs it — and ``add(_:)`` folds
    /// entries of the same rule together.
    public private(set) var rules: [RuleTime] = []
    /// Where each rule's entry is in `rules`, once ``add(_:)`` has folded them.
    private var positions: [String: Int] = [:]
    /// Applying the documents' waivers and putting the findings in report order.
    public var waivers: UInt64 = 0

    public init() {}

    /// The time of every rule together.
    public var ruleTotal: UInt64 { rules.reduce(0) { $0 + $1.nanoseconds } }

    /// The entry of the rule `id`, all its documents together.
    public func rule(_ id: String) -> RuleTime? {
        var found: RuleTime?
        for time in rules where time.rule == id {
            if found == nil { found = time } else { found?.add(time) }
        }
        return found
    }

    /// Records one evaluation of a rule.
    public mutating func record(_ time: RuleTime) {
        rules.append(time)
    }

    /// Every phase together.
    public var total: UInt64 { reading + parsing + packConditions + ruleTotal + waivers }

    /// Adds `other`'s times and counts to these.
    public mutating func add(_ other: CheckTimings) {
        files += other.files
        documents += other.documents
        reading += other.reading
        parsing += other.parsing
        packConditions += other.packConditions
        waivers += other.waivers
        if positions.count < rules.count { fold() }
        for time in other.rules { merge(time) }
    }

    /// Folds the entries of each rule into its first, so that each rule has one.
    private mutating func fold() {
        let entries = rules
        rules = []
        positions = [:]
        for time in entries { merge(time) }
    }

    /// Adds `time` to its rule's entry, or makes it the rule's entry.
    private mutating func merge(_ time: RuleTime) {
        if let position = positions[time.rule] {
            rules[position].add(time)
        } else {
            positions[time.rule] = rules.count
            rules.append(time)
        }
    }
}

extension CheckTimings.RuleTime {
    mutating func add(_ other: Self) {
        nanoseconds += other.nanoseconds
        documents += other.documents
        findings += other.findings
    }
}

/// A monotonic stopwatch in nanoseconds, for ``CheckTimings``.
public struct Stopwatch: Sendable {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    public init() {
        last = clock.now
    }

    /// Nanoseconds since the stopwatch started or last lapped, and starts the next lap.
    public mutating func lap() -> UInt64 {
        let now = clock.now
        let elapsed = last.duration(to: now).components
        last = now
        guard elapsed.seconds >= 0 else { return 0 }
        return UInt64(elapsed.seconds) * 1_000_000_000 + UInt64(elapsed.attoseconds / 1_000_000_000)
    }
}
