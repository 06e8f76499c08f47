public import DGLintEngine
public import DGLintModel
import DGLintPlugins

/// Everything `dglint packs validate` says about packs: every load-time error, and the warnings a rules
/// author should act on before publishing — a rule without tests, a rule without `why` or `fix`, a severity
/// `error` resting on evidence other than `verified` without a `why` that says so.
public struct PackValidator: Sendable {
    public var options: LintOptions
    public var registry: FunctionRegistry

    public init(options: LintOptions, registry: FunctionRegistry) {
        self.options = options
        self.registry = registry
    }

    /// The diagnostics for the packs in `folders` (pack folders); every pack on the rules path is loaded so
    /// that dependencies and rule-id clashes are checked too.
    public func validate(packFolders folders: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let reader = PackReader(
            decoder: PackDecoder(registry: registry, engineVersion: EngineInfo.version),
            plugins: PluginPolicy(host: PluginHost(), options: options, config: nil), cache: options.parseCache)
        var packs: [Pack] = []
        for folder in folders {
            let id = folder.split(separator: "/").last.map(String.init) ?? folder
            let (pack, packDiagnostics) = reader.read(DiscoveredPack(id: id, folder: folder, origin: .commandLine))
            diagnostics += packDiagnostics
            if let pack { packs.append(pack) }
        }
        let linter: Linter
        do {
            linter = try Linter(options: options, registry: registry)
        } catch {
            // Errors of the packs given were reported above; add those about the set (clashes, dependencies).
            let known = Set(diagnostics.map(\.description))
            return diagnostics + error.diagnostics.filter { !known.contains($0.description) }
        }
        let tester = PackTester(linter: linter)
        for pack in packs {
            let loaded = linter.ruleSet.packs.first { $0.folder == pack.folder } ?? pack
            diagnostics += warnings(for: loaded, tester: tester)
        }
        return diagnostics
    }

    private func warnings(for pack: Pack, tester: PackTester) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let (tests, testDiagnostics) = tester.tests(of: pack)
        warnings += testDiagnostics
        let tested = Set(tests.flatMap { $0.expected.map(\.rule) })
        for rule in pack.rules {
            if !tests.isEmpty, !tested.contains(rule.id) {
                warnings.append(
                    warning(
                        "validate.untested",
                        "rule \(rule.id) has no test that makes it report; add one to \(pack.folder)/tests/",
                        rule))
            }
            if rule.why == nil {
                warnings.append(
                    warning("validate.no-why", "rule \(rule.id) has no 'why' (the rationale, th and en)", rule))
            }
            if rule.fix == nil {
                warnings.append(
                    warning("validate.no-fix", "rule \(rule.id) has no 'fix' (what to do, th and en)", rule))
            }
            if rule.severity == .error, rule.evidence != .verified, !Self.explainsEvidence(rule) {
                warnings.append(
                    warning(
                        "validate.evidence",
                        "rule \(rule.id) is an error on \(rule.evidence.rawValue) evidence; say in its 'why' how sure "
                            + "the source is and why it is an error anyway (e.g. \"\(rule.evidence.rawValue); error by "
                            + "decision\"), or lower the severity",
                        rule))
            }
        }
        return warnings
    }

    /// Whether the rule's `why` mentions how sure its source is, in either language.
    static func explainsEvidence(_ rule: Rule) -> Bool {
        guard let why = rule.why else { return false }
        let en = why.en.lowercased()
        let words = ["inferred", "secondary", "decision", "not verified", "unverified"]
        let thaiWords = ["อนุมาน", "ทุติยภูมิ", "ตัดสินใจ", "ยังไม่พบบทบัญญัติ", "ไม่พบบทบัญญัติ"]
        return words.contains { en.contains($0) } && thaiWords.contains { why.th.contains($0) }
    }

    private func warning(_ code: String, _ message: String, _ rule: Rule) -> Diagnostic {
        Diagnostic(code: code, severity: .warning, message: message, location: rule.location)
    }
}
