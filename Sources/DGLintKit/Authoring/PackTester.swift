public import DGLintEngine
import DGLintJSONPath
public import DGLintModel
import DGLintYAML

/// Runs packs' own tests (`tests/*.test.yaml`): each test gives a proposal and the exact set of findings
/// (rule id and path) the pack's rules must produce for it, or says it is clean.
///
/// The format is documented in docs/authoring.md:
/// ```yaml
/// tests:
///   - name: the rationale is missing
///     file: documents/no-rationale.yaml     # relative to this test file; or `document:` inline
///     expect:
///       - {rule: STRUCT-01, path: $.rationale}
///   - name: the example proposal
///     file: ../../../fixtures/proposals/clean-example.yaml
///     clean: true
/// ```
public struct PackTester: Sendable {
    public var linter: Linter

    public init(linter: Linter) {
        self.linter = linter
    }

    /// The outcome of one test.
    public struct Outcome: Sendable {
        public var pack: String
        public var file: String
        public var name: String
        /// Expected findings that were not produced.
        public var missing: [Expectation]
        /// Findings that were produced but not expected.
        public var unexpected: [Expectation]
        public var passed: Bool { missing.isEmpty && unexpected.isEmpty }
    }

    /// One test of a pack, as its file declares it.
    public struct PackTest: Sendable {
        public var name: String
        /// The test file.
        public var file: String
        public var documents: [SourceDocument]
        /// The findings it expects (empty for a clean test).
        public var expected: Set<Expectation>
        public var isClean: Bool { expected.isEmpty }
    }

    /// One finding as a test names it.
    public struct Expectation: Hashable, Sendable, Comparable {
        public var rule: String
        /// The normalized path.
        public var path: String

        public static func < (a: Expectation, b: Expectation) -> Bool { (a.rule, a.path) < (b.rule, b.path) }
    }

    /// Runs the tests of every pack in `folders` (pack folders); problems with the test files themselves
    /// are returned as diagnostics, and count as failures.
    public func run(packFolders folders: [String]) -> (outcomes: [Outcome], diagnostics: [Diagnostic]) {
        var outcomes: [Outcome] = []
        var diagnostics: [Diagnostic] = []
        for folder in folders {
            let id = folder.split(separator: "/").last.map(String.init) ?? folder
            guard let pack = linter.ruleSet.packs.first(where: { $0.id == id }) else {
                diagnostics.append(
                    Diagnostic(
                        code: "test.pack",
                        message: "the pack '\(id)' in \(folder) is not loaded; add its parent folder to --rules-path",
                        location: SourceLocation(file: folder, range: nil)))
                continue
            }
            let (tests, testDiagnostics) = self.tests(of: pack)
            diagnostics += testDiagnostics
            let evaluator = Evaluator(ruleSet: testRuleSet(for: pack))
            for test in tests {
                var actual = Set<Expectation>()
                for doc in test.documents {
                    for finding in evaluator.check(doc) where finding.pack == pack.id {
                        actual.insert(Expectation(rule: finding.rule, path: finding.normalizedPath))
                    }
                }
                outcomes.append(
                    Outcome(
                        pack: pack.id, file: test.file, name: test.name,
                        missing: test.expected.subtracting(actual).sorted(),
                        unexpected: actual.subtracting(test.expected).sorted()))
            }
        }
        return (outcomes, diagnostics)
    }

    /// Every test of `pack` (from `tests/*.test.yaml` in its folder), with the problems of the test files.
    public func tests(of pack: Pack) -> (tests: [PackTest], diagnostics: [Diagnostic]) {
        let testsFolder = FileSystem.join(pack.folder, "tests")
        let files = ((try? FileSystem.entries(testsFolder)) ?? []).filter { $0.hasSuffix(".test.yaml") }
        guard !files.isEmpty else {
            let diagnostic = Diagnostic(
                code: "test.none", severity: .warning, message: "the pack '\(pack.id)' has no tests in \(testsFolder)",
                location: SourceLocation(file: pack.folder, range: nil))
            return ([], [diagnostic])
        }
        var tests: [PackTest] = []
        var diagnostics: [Diagnostic] = []
        for name in files {
            let (fileTests, fileDiagnostics) = readTests(FileSystem.join(testsFolder, name), pack: pack)
            tests += fileTests
            diagnostics += fileDiagnostics
        }
        return (tests, diagnostics)
    }

    private func readTests(_ path: String, pack: Pack) -> ([PackTest], [Diagnostic]) {
        let collector = DiagnosticCollector()
        let reader = PackReader(decoder: PackDecoder(registry: linter.registry, engineVersion: EngineInfo.version))
        let document: SourceDocument
        do {
            document = try reader.parseOne(path)
        } catch {
            return ([], error.diagnostics)
        }
        let root = DecodingNode(document: document)
        guard
            root.checkMapping(collector, what: "the test file", allowed: ["tests"], required: ["tests"], code: "test"),
            let tests = root.child("tests")
        else { return ([], collector.diagnostics) }
        if tests.value.arrayValue == nil {
            collector.error("test.type", "'tests' must be a list of tests", at: tests.location)
        }
        let ruleIDs = Set(pack.rules.map(\.id))
        var result: [PackTest] = []
        for (index, test) in tests.elements.enumerated() {
            guard let spec = decodeTest(test, index: index, testFile: path, ruleIDs: ruleIDs, collector) else {
                continue
            }
            result.append(PackTest(name: spec.name, file: path, documents: spec.documents, expected: spec.expected))
        }
        return (result, collector.diagnostics)
    }

    /// The pack with the packs it depends on, so that its rules see the same set as in a real run.
    private func testRuleSet(for pack: Pack) -> RuleSet {
        (try? linter.ruleSet.selecting([pack.id])) ?? linter.ruleSet
    }

    private struct TestSpec {
        var name: String
        var documents: [SourceDocument]
        var expected: Set<Expectation>
    }

    private func decodeTest(
        _ node: DecodingNode, index: Int, testFile: String, ruleIDs: Set<String>, _ collector: DiagnosticCollector
    ) -> TestSpec? {
        let what = "test \(index + 1)"
        let before = collector.diagnostics.count
        guard
            node.checkMapping(
                collector, what: what, allowed: ["name", "file", "document", "expect", "clean"], required: ["name"],
                code: "test")
        else { return nil }
        let name = node.child("name")?.string(collector, what: "the name of \(what)", code: "test") ?? what
        var documents: [SourceDocument] = []
        switch (node.child("file"), node.child("document")) {
        case (let file?, nil):
            guard let relative = file.string(collector, what: "the 'file' of \(what)", code: "test") else { break }
            let path = relative.hasPrefix("/") ? relative : FileSystem.join(FileSystem.parent(testFile), relative)
            do {
                let bytes = try FileSystem.read(path, limit: linter.options.limits.maxFileSize)
                documents = try YAMLLoader(limits: linter.options.limits).load(bytes, file: path).map {
                    SourceDocument(file: path, index: $0.index, value: $0.value, sourceMap: $0.sourceMap)
                }
            } catch let error as FileError {
                collector.error("test.file", "the 'file' of \(what): \(error)", at: file.location)
            } catch let error as Diagnostic {
                collector.add(error)
            } catch {
                collector.error("test.file", "the 'file' of \(what): \(error)", at: file.location)
            }
        case (nil, let inline?):
            documents = [SourceDocument(file: testFile, value: inline.value, sourceMap: SourceMap())]
        default:
            collector.error("test.document", "\(what) must give exactly one of 'file' or 'document'", at: node.location)
        }
        var expected = Set<Expectation>()
        switch (node.child("expect"), node.child("clean")) {
        case (let expect?, nil):
            if expect.elements.isEmpty {
                collector.error(
                    "test.expect", "\(what) expects no findings; write `clean: true` instead of an empty 'expect'",
                    at: expect.location)
            }
            for item in expect.elements {
                if let expectation = decodeExpectation(item, what: what, ruleIDs: ruleIDs, collector) {
                    expected.insert(expectation)
                }
            }
        case (nil, let clean?):
            if clean.value != .bool(true) {
                collector.error(
                    "test.clean", "'clean' of \(what) can only be true; use 'expect' to list findings",
                    at: clean.location)
            }
        default:
            collector.error(
                "test.expect",
                "\(what) must say what it expects: either 'expect' (a list of findings) or `clean: true`",
                at: node.location)
        }
        guard collector.diagnostics.count == before else { return nil }
        return TestSpec(name: name, documents: documents, expected: expected)
    }

    private func decodeExpectation(
        _ node: DecodingNode, what: String, ruleIDs: Set<String>, _ collector: DiagnosticCollector
    ) -> Expectation? {
        guard
            node.checkMapping(
                collector, what: "an expectation of \(what)", allowed: ["rule", "path"], required: ["rule", "path"],
                code: "test"),
            let rule = node.child("rule")?.string(collector, what: "the rule of an expectation", code: "test"),
            let pathNode = node.child("path"),
            let pathText = pathNode.string(collector, what: "the path of an expectation", code: "test")
        else { return nil }
        guard ruleIDs.contains(rule) else {
            collector.error(
                "test.unknown-rule",
                "\(what) expects rule '\(rule)', which this pack does not define"
                    + Suggestion.didYouMean(rule, among: ruleIDs), at: node.child("rule")?.location)
            return nil
        }
        do {
            let query = try JSONPathQuery.parse(pathText)
            guard let steps = query.singularPath else {
                collector.error(
                    "test.path",
                    "the path '\(pathText)' must name one node (names and indices only), such as $.privacy.dpo",
                    at: pathNode.location)
                return nil
            }
            return Expectation(rule: rule, path: PathFormat.normalized(steps))
        } catch {
            collector.error(
                "test.path", "the path '\(pathText)' is not a valid JSONPath: \(error.message)",
                at: pathNode.location(atOffset: error.offset))
            return nil
        }
    }
}
