import DGLintExpression
import DGLintJSONPath
public import DGLintModel
public import DGLintThai

/// Checks documents against a ``RuleSet``: pack `when`, rule `when`, each `given` node × each check, then
/// the document's waivers.
public struct Evaluator: Sendable {
    public var ruleSet: RuleSet
    public var options: EvaluationOptions

    public init(ruleSet: RuleSet, options: EvaluationOptions = EvaluationOptions()) {
        self.ruleSet = ruleSet
        self.options = options
    }

    /// Every finding of every rule for one document, in report order.
    public func check(_ document: SourceDocument) -> [Finding] {
        var timings: CheckTimings?
        return check(document, timings: &timings)
    }

    /// Every finding of every rule for one document, in report order; where the time went is added to
    /// `timings` (nil measures nothing).
    public func check(_ document: SourceDocument, timings: inout CheckTimings?) -> [Finding] {
        var findings: [Finding] = []
        var watch = timings == nil ? nil : Stopwatch()
        timings?.documents += 1
        let root = document.value
        // Shared by every rule's queries: the descendant queries (`$..[?…]`) list the document's nodes once.
        let nodes = JSONPathDocument(root)
        // One context for every check of every rule: made per node a rule's `given` selected, it retained and
        // released the root and the pack's data for each; now each node sets only what is its own.
        var context = FunctionContext(root: root, given: root, at: .path([]), data: .null)
        // Packs and rules are read in place, by index: `for rule in rules` would copy each rule — a retain and
        // a release of every reference it holds, on objects all threads share, for every rule of every file.
        let packs = ruleSet.packs
        for p in packs.indices {
            let data = ruleSet.data(of: packs[p].id)
            context.data = data
            if let when = packs[p].when {
                let verdict = when.evaluate(in: nodes, data: data)
                if let lap = watch?.lap() { timings?.packConditions += lap }
                switch verdict {
                case .success(true): break
                case .success(false): continue
                case .failure(let failure):
                    // A pack condition that cannot be decided is reported on each of its rules, never skipped.
                    findings += packs[p].rules.map { conditionFailure($0, failure, what: "pack", in: document) }
                    continue
                }
            }
            packs[p].rules.withUnsafeBufferPointer { rules in
                guard let first = rules.baseAddress else { return }
                for r in rules.indices {
                    let before = findings.count
                    evaluate(first + r, in: document, context: &context, nodes: nodes, into: &findings)
                    if let lap = watch?.lap() {
                        timings?.record(
                            CheckTimings.RuleTime(
                                rule: rules[r].id, pack: rules[r].pack, nanoseconds: lap, documents: 1,
                                findings: findings.count - before))
                    }
                }
            }
        }
        if options.applyWaivers {
            findings = WaiverProcessor(ruleSet: ruleSet, options: options).apply(to: findings, in: document)
        }
        findings = Finding.inReportOrder(findings)
        if let lap = watch?.lap() { timings?.waivers += lap }
        return findings
    }

    /// One rule on one document: its `when`, then its checks, appending its findings.
    ///
    /// Rules and checks are passed by pointer, into the packs' own arrays, all the way down: passed as values —
    /// even from an unsafe buffer, even `borrowing` — Swift copied each rule (17,775 copies over 200 proposals)
    /// and each check for every node it was evaluated at (31,879), to capture them in the closures below or to
    /// give them an address. A copy retains and releases every reference the rule or check holds (its
    /// queries, messages, function and options), on objects every thread shares.
    private func evaluate(
        _ rule: UnsafePointer<Rule>, in document: SourceDocument, context: inout FunctionContext,
        nodes: JSONPathDocument, into findings: inout [Finding]
    ) {
        if let when = rule.pointee.when {
            switch when.evaluate(in: nodes, data: context.data) {
            case .success(true): break
            case .success(false): return
            case .failure(let failure):
                findings.append(conditionFailure(rule.pointee, failure, what: "rule", in: document))
                return
            }
        }
        findings += check(rule, in: document, context: &context, nodes: nodes)
    }

    /// The findings of one rule: one per node (the first check that fails there speaks for the rule), and
    /// none below a node the rule already reports as missing — a missing `agency.officer` is one defect,
    /// not also a missing `agency.officer.name`. A result at a node already reported is dropped before its
    /// finding is made (its message rendered, its position found, its fingerprint hashed). `nodes` is the
    /// document's tree prepared for queries, shared with other rules; `context` holds the document's root and the
    /// pack's data, and is set to each node in turn.
    private func check(
        _ rule: UnsafePointer<Rule>, in document: SourceDocument, context: inout FunctionContext,
        nodes: JSONPathDocument
    ) -> [Finding] {
        var findings: [Finding] = []
        var reported = Set<[PathElement]>()
        var missing = Set<[PathElement]>()
        rule.pointee.then.withUnsafeBufferPointer { checks in
            guard let first = checks.baseAddress else { return }
            for q in rule.pointee.given.indices {
                // The nodes are read in place: `for node in` copied each (its value and its record retained).
                let selected = rule.pointee.given[q].select(in: nodes)
                for n in selected.indices {
                    // Each check at this node sets the location of its targets in turn.
                    context.given = selected[n].value
                    context.givenLocation = .selected(selected[n].location)
                    for c in checks.indices {
                        evaluate(first + c, in: &context, nodes: nodes) {
                            result, path in
                            guard reported.insert(path).inserted else { return }
                            if document.value.value(at: path) == nil { missing.insert(path) }
                            findings.append(makeFinding(rule.pointee, result: result, path: path, in: document))
                        }
                    }
                }
            }
        }
        guard !missing.isEmpty else { return findings }
        return findings.filter { finding in
            !(1..<max(finding.path.count, 1)).contains { missing.contains(Array(finding.path.prefix($0))) }
        }
    }

    /// Runs `check` on each of its targets below the `given` node of `context`, passing each result with the
    /// path it concerns to `emit`; `context.location` is left at the last target's.
    private func evaluate(
        _ check: UnsafePointer<Check>, in context: inout FunctionContext, nodes: JSONPathDocument,
        emit: (_ result: FunctionResult, _ path: [PathElement]) -> Void
    ) {
        check.pointee.field.forEachNode(from: context.given, at: context.givenLocation, in: nodes) {
            location, value in
            // Moved, not copied: the location is the field's to give.
            context.location = location
            let results = check.pointee.compiled._withUnsafeGuaranteedRef { $0.evaluate(value, in: context) }
            for result in results {
                emit(result, result.path ?? context.location.path)
            }
        }
    }

    /// A finding of `rule` at `path`, positioned at the node (or, for a missing one, at the key of its
    /// nearest existing ancestor).
    func makeFinding(_ rule: Rule, result: FunctionResult, path: [PathElement], in document: SourceDocument) -> Finding
    {
        let value = document.value.value(at: path)
        let message =
            rule.message?.render(path: path, value: value, error: result.message, rule: rule.id) ?? result.message
        return Self.finding(
            FindingOrigin(rule.summary, packVersion: rule.packVersion), message: message, path: path, in: document)
    }

    /// The finding of a rule whose `when` expression could not be evaluated: the rule's own finding, at the
    /// document root, saying what went wrong.
    func conditionFailure(_ rule: Rule, _ failure: ExpressionFailure, what: String, in document: SourceDocument)
        -> Finding
    {
        let message = LocalizedText(
            th: "ตรวจเงื่อนไข when ของ\(what == "pack" ? "ชุดกฎ" : "กฎ") \(rule.id) ไม่ได้: \(failure.message.th)",
            en: "the \(what) condition (when) of \(rule.id) cannot be evaluated: \(failure.message.en)")
        return Self.finding(
            FindingOrigin(rule.summary, packVersion: rule.packVersion), message: message, path: [], in: document)
    }

    /// A finding at `path` of `document`, positioned and fingerprinted.
    static func finding(
        _ origin: FindingOrigin, message: LocalizedText, path: [PathElement], in document: SourceDocument
    ) -> Finding {
        let root = document.value
        let value = root.value(at: path)
        let range: SourceRange?
        if value != nil {
            range = document.sourceMap.range(at: path, in: root)
        } else {
            range = document.sourceMap.nearestNode(at: path, in: root).map {
                document.sourceMap.keyRange(ofNode: $0.index)
            }
        }
        let pointer = PathFormat.pointer(path)
        return Finding(
            rule: origin.rule.id, ruleName: origin.rule.name, pack: origin.rule.pack, packVersion: origin.packVersion,
            severity: origin.rule.severity, message: message, file: document.file, document: document.index,
            path: path, range: range,
            fingerprint: Finding.fingerprint(rule: origin.rule.id, file: document.file, pointer: pointer, value: value))
    }
}

/// The rule a finding belongs to and the version of its pack.
struct FindingOrigin {
    var rule: RuleSummary
    var packVersion: String

    init(_ rule: RuleSummary, packVersion: String = EngineInfo.version.description) {
        self.rule = rule
        self.packVersion = packVersion
    }
}

/// How an ``Evaluator`` treats waivers.
public struct EvaluationOptions: Sendable {
    /// Whether the document's `waivers` apply (`--ignore-waivers` turns them off).
    public var applyWaivers: Bool
    /// The day waivers' `expires` dates are compared with; nil means waivers never expire (tests).
    public var today: ThaiDate?
    /// Every rule id on the rules path, including packs left out of this run (`--packs`): a waiver for one of
    /// them is neither unknown nor unused. Nil means the evaluated rules only.
    public var knownRules: Set<String>?

    public init(applyWaivers: Bool = true, today: ThaiDate? = nil, knownRules: Set<String>? = nil) {
        self.applyWaivers = applyWaivers
        self.today = today
        self.knownRules = knownRules
    }
}
