import DGLintExpression
import DGLintModel
import DGLintTestSupport
import Testing

/// Catalogue rules written as expressions, over realistic proposal snippets that pass and that fail.
@Suite struct CatalogueRuleTests {
    /// BUDGET-02: the items add up to the total, to the satang, however the amounts are written.
    static let budget02 = "sum(self.items.map(i, baht(i.amount))) == baht(self.total)"

    /// STRUCT-03: every milestone falls within the project's timeline.
    static let struct03 =
        "self.milestones.all(m, date(m.due) >= date(self.start) && date(m.due) <= date(self.end))"

    /// PDPA-08: a project with sensitive data or more than 100,000 data subjects has done a DPIA.
    static let pdpa08 = """
        root.data.datasets.exists(d,
            (has(d.sensitive_personal_data) && d.sensitive_personal_data == true)
            || (has(d.data_subjects) && d.data_subjects > 100000))
        ? has(root.privacy.dpia) && has(root.privacy.dpia.done) && root.privacy.dpia.done == true
        : true
        """

    @Test(arguments: [
        (#"{"total": 45000000, "items": [{"amount": 6000000}, {"amount": 3000000}, {"amount": 36000000}]}"#, true),
        (
            #"{"total": "45,000,000.50 บาท", "items": [{"amount": "๖,๐๐๐,๐๐๐ บาท"}, {"amount": "3 ล้านบาท"},"#
                + #" {"amount": 35999999.9}, {"amount": "0.60"}]}"#, true
        ),
        (#"{"total": "12.5 ล้านบาท", "items": [{"amount": 0.1}, {"amount": 0.2}, {"amount": 12499999.7}]}"#, true),
        (#"{"total": 45000000, "items": [{"amount": 6000000}, {"amount": "3 ล้านบาท"}]}"#, false),
        (#"{"total": 1000, "items": [{"amount": 999.99}]}"#, false),
    ])
    func budget02(_ budget: String, _ passes: Bool) throws {
        let result = try Expression.compile(Self.budget02).test(current: try TestJSON.parse(budget), root: .null)
        #expect(result == .success(passes))
    }

    @Test func budget02ReportsAnUnreadableAmount() throws {
        let budget = try TestJSON.parse(#"{"total": 100, "items": [{"amount": "หนึ่งร้อย"}]}"#)
        let result = try Expression.compile(Self.budget02).test(current: budget, root: .null)
        #expect(result.failureMessage?.contains("'หนึ่งร้อย' cannot be read as an amount") == true)
    }

    @Test(arguments: [
        (
            #"{"start": "2568-10-01", "end": "2570-09-30", "milestones": [{"due": "2569-03-31"}, {"due": "2570-09-30"}]}"#,
            true
        ),
        (#"{"start": "๒๕๖๘-๑๐-๐๑", "end": "2570-09-30", "milestones": [{"due": "๒๕๖๙-๐๓-๓๑"}]}"#, true),
        (#"{"start": "2568-10-01", "end": "2570-09-30", "milestones": []}"#, true),
        (#"{"start": "2568-10-01", "end": "2570-09-30", "milestones": [{"due": "2570-10-01"}]}"#, false),
        (
            #"{"start": "2568-10-01", "end": "2570-09-30", "milestones": [{"due": "2568-09-30"}, {"due": "bad"}]}"#,
            false
        ),
    ])
    func struct03(_ timeline: String, _ passes: Bool) throws {
        let result = try Expression.compile(Self.struct03).test(current: try TestJSON.parse(timeline), root: .null)
        #expect(result == .success(passes))
    }

    @Test func struct03ReportsAMissingDate() throws {
        let timeline = try TestJSON.parse(
            #"{"start": "2568-10-01", "end": "2570-09-30", "milestones": [{"name": "x"}]}"#)
        let result = try Expression.compile(Self.struct03).test(current: timeline, root: .null)
        #expect(result.failureMessage == "no such key 'due' in m")
    }

    @Test(arguments: [
        // Sensitive health data with a DPIA done.
        (
            #"{"data": {"datasets": [{"name": "นัดหมาย", "sensitive_personal_data": true, "data_subjects": 1200000}]},"#
                + #" "privacy": {"dpia": {"done": true, "date": "2568-08-15"}}}"#, true
        ),
        // Sensitive data, DPIA not done.
        (#"{"data": {"datasets": [{"sensitive_personal_data": true}]}, "privacy": {"dpia": {"done": false}}}"#, false),
        // Many data subjects, no DPIA at all.
        (#"{"data": {"datasets": [{"data_subjects": 150000}]}, "privacy": {"ropa": true}}"#, false),
        // Neither: statistics only, fields missing, no privacy section needed.
        (#"{"data": {"datasets": [{"name": "สถิติ", "personal_data": false}, {"data_subjects": 500}]}}"#, true),
        // No datasets.
        (#"{"data": {"datasets": []}}"#, true),
    ])
    func pdpa08(_ document: String, _ passes: Bool) throws {
        let result = try Expression.compile(Self.pdpa08).test(current: nil, root: try TestJSON.parse(document))
        #expect(result == .success(passes))
    }
}
