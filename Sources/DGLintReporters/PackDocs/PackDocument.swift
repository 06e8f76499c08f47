public import DGLintEngine
public import DGLintModel

/// A pack as its documentation shows it: the pack, its rules, and for each rule the examples its tests
/// give. Built by whoever has read the tests (the command line); written by ``PackDocWriter``.
public struct PackDocument: Sendable {
    public var pack: PackSummary
    public var description: LocalizedText?
    public var depends: [String]
    public var rules: [RuleDocument]

    public init(pack: PackSummary, description: LocalizedText?, depends: [String], rules: [RuleDocument]) {
        self.pack = pack
        self.description = description
        self.depends = depends
        self.rules = rules
    }
}

/// One rule with what it checks and its examples.
public struct RuleDocument: Sendable {
    public var rule: RuleSummary
    /// The JSONPaths the rule looks at (`given`), and each check as `field: function`.
    public var given: [String]
    public var checks: [String]
    /// Tests in which the rule reports, with the paths it reports and the value there.
    public var triggering: [Example]
    /// Tests in which the rule stays silent.
    public var clean: [Example]

    public struct Example: Sendable {
        public var test: String
        public var findings: [(path: String, value: String)]

        public init(test: String, findings: [(path: String, value: String)]) {
            self.test = test
            self.findings = findings
        }
    }

    public init(
        rule: RuleSummary, given: [String], checks: [String], triggering: [Example], clean: [Example]
    ) {
        self.rule = rule
        self.given = given
        self.checks = checks
        self.triggering = triggering
        self.clean = clean
    }
}
