import DGLintJSONPath
import DGLintModel
import DGLintThai

/// Applies a proposal's `waivers` (PROPOSAL-FORMAT.md "Waivers") to the findings of its document.
///
/// A valid waiver — a known `rule`, a non-empty `reason`, not past `expires`, an optional `path` that is a
/// JSONPath — marks the findings of that rule (under the nodes `path` selects, if given) as waived: still
/// reported, with the reason, but not failing the check. A waiver with no reason (WAIVER-01), an unknown
/// rule (WAIVER-02) or past its date (WAIVER-03) is a finding itself and waives nothing; a valid waiver that
/// matched nothing is reported as unused (WAIVER-04, info). Findings of dglint's own rules are never waived.
struct WaiverProcessor {
    var ruleSet: RuleSet
    var options: EvaluationOptions

    private struct Waiver {
        var index: Int
        var rule: String
        var scope: [[PathElement]]?
        var details: Finding.Waiver
    }

    /// A waiver as read: usable, or a finding that says why not.
    private enum Outcome {
        case valid(Waiver)
        case problem(Finding)
    }

    func apply(to findings: [Finding], in document: SourceDocument) -> [Finding] {
        guard case .array(let entries)? = document.value["waivers"] else { return findings }
        var problems: [Finding] = []
        var waivers: [Waiver] = []
        for (index, entry) in entries.enumerated() {
            switch read(entry, index: index, in: document) {
            case .valid(let waiver): waivers.append(waiver)
            case .problem(let problem): problems.append(problem)
            }
        }
        var used = Set<Int>()
        var result = findings.map { finding -> Finding in
            guard finding.pack != CoreRules.pack,
                let waiver = waivers.first(where: { covers($0, finding) })
            else { return finding }
            used.insert(waiver.index)
            var waived = finding
            waived.waiver = waiver.details
            return waived
        }
        for waiver in waivers where !used.contains(waiver.index) && ruleSet.rule(waiver.rule) != nil {
            result.append(
                finding(
                    CoreRules.waiverUnused, at: [.key("waivers"), .index(waiver.index)],
                    th: "คำขอยกเว้นกฎ \(waiver.rule) ไม่ตรงกับข้อบกพร่องใดเลย หากไม่จำเป็นแล้วกรุณาลบออก",
                    en: "the waiver for \(waiver.rule) matches no finding; remove it if it is no longer needed",
                    in: document))
        }
        return result + problems
    }

    private func covers(_ waiver: Waiver, _ finding: Finding) -> Bool {
        guard finding.rule == waiver.rule else { return false }
        guard let scope = waiver.scope else { return true }
        return scope.contains { prefix in finding.path.starts(with: prefix) }
    }

    private func read(_ entry: Value, index: Int, in document: SourceDocument) -> Outcome {
        let here: [PathElement] = [.key("waivers"), .index(index)]
        guard case .object = entry else {
            return .problem(
                finding(
                    CoreRules.waiverWithoutReason, at: here,
                    th: "คำขอยกเว้นต้องเป็นรายการที่มี rule และ reason",
                    en: "a waiver must be a mapping with a rule and a reason", in: document))
        }
        guard let rule = entry["rule"]?.stringValue, !rule.isBlank else {
            return .problem(
                finding(
                    CoreRules.waiverUnknownRule, at: here + [.key("rule")],
                    th: "คำขอยกเว้นไม่ได้ระบุรหัสกฎ (rule)", en: "the waiver names no rule; add `rule:`", in: document))
        }
        guard let reason = entry["reason"]?.stringValue, !reason.isBlank else {
            return .problem(
                finding(
                    CoreRules.waiverWithoutReason, at: here + [.key("reason")],
                    th: "คำขอยกเว้นกฎ \(rule) ไม่ได้ระบุเหตุผล (reason) จึงไม่มีผล",
                    en: "the waiver for \(rule) gives no reason, so it waives nothing; add `reason:`", in: document))
        }
        let known = options.knownRules ?? Set(ruleSet.rules.map(\.id))
        guard known.contains(rule) || ruleSet.rule(rule) != nil else {
            let hint = Suggestion.closest(to: rule, among: known)
            return .problem(
                finding(
                    CoreRules.waiverUnknownRule, at: here + [.key("rule")],
                    th: "ไม่มีกฎ \(rule) ในชุดกฎที่ใช้ตรวจ" + (hint.map { " (หมายถึง \($0) หรือไม่)" } ?? ""),
                    en: "no loaded pack defines the rule \(rule)" + (hint.map { "; did you mean \($0)?" } ?? ""),
                    in: document))
        }
        let expiresText = entry["expires"].flatMap { $0.stringValue ?? $0.jsonText() }
        if let expiresValue = entry["expires"] {
            guard let expires = ThaiDate.parse(expiresValue) else {
                return .problem(
                    finding(
                        CoreRules.waiverExpired, at: here + [.key("expires")],
                        th: "วันหมดอายุของคำขอยกเว้นกฎ \(rule) ไม่ใช่วันที่ (ใช้รูปแบบ พ.ศ. เช่น 2569-09-30)",
                        en: "the expiry date of the waiver for \(rule) is not a date (write it as 2569-09-30, in BE)",
                        in: document))
            }
            if let today = options.today, expires < today {
                return .problem(
                    finding(
                        CoreRules.waiverExpired, at: here + [.key("expires")],
                        th: "คำขอยกเว้นกฎ \(rule) หมดอายุแล้วเมื่อ \(expires) จึงไม่มีผล",
                        en: "the waiver for \(rule) expired on \(expires), so it waives nothing", in: document))
            }
        }
        var scope: [[PathElement]]?
        if let pathValue = entry["path"] {
            guard let text = pathValue.stringValue, let query = try? JSONPathQuery.parse(text) else {
                return .problem(
                    finding(
                        CoreRules.waiverWithoutReason, at: here + [.key("path")],
                        th: "path ของคำขอยกเว้นกฎ \(rule) ไม่ใช่ JSONPath ที่ถูกต้อง",
                        en: "the path of the waiver for \(rule) is not a valid JSONPath", in: document))
            }
            scope = query.select(document.value).map(\.path)
        }
        let details = Finding.Waiver(
            reason: reason, approvedBy: entry["approved_by"]?.stringValue, reference: entry["reference"]?.stringValue,
            expires: expiresText)
        return .valid(Waiver(index: index, rule: rule, scope: scope, details: details))
    }

    private func finding(
        _ rule: RuleSummary, at path: [PathElement], th: String, en: String, in document: SourceDocument
    ) -> Finding {
        Evaluator.finding(FindingOrigin(rule), message: LocalizedText(th: th, en: en), path: path, in: document)
    }
}
