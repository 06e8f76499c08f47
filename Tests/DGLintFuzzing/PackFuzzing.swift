import DGLintEngine
import DGLintFunctions
import DGLintModel
import DGLintYAML

/// The pack decoder with the built-in functions, then the decoded rules on a sample proposal.
///
/// The input is a YAML stream: its first document is `pack.yaml`; the others stand for the pack's files, so
/// every `include` pattern and `data` file resolves to them and every resource (a schema file) to the second.
/// The pack's `depends` are dropped before it runs, as no other pack is loaded. A pack the decoder refuses
/// must come with an error.
enum PackFuzzing {
    static func run(_ input: [UInt8]) -> FuzzOutcome {
        let loaded: [LoadedDocument]
        do {
            loaded = try YAMLLoader().load(input, file: "fuzz/pack.yaml")
        } catch {
            return .rejected(error.message, at: error.location?.range?.start.description)
        }
        guard let first = loaded.first else { return .rejected("the stream holds no document", at: "1:1") }
        let manifest = SourceDocument(file: "fuzz/pack.yaml", value: first.value, sourceMap: first.sourceMap)
        let files = loaded.dropFirst().map {
            SourceDocument(file: "fuzz/file-\($0.index).yaml", value: $0.value, sourceMap: $0.sourceMap)
        }
        let resource = files.first?.value
        let folderName = manifest.value["pack"]?.stringValue ?? "fuzz"
        let decoder = PackDecoder(registry: BuiltinFunctions.registry, engineVersion: EngineInfo.version)
        let (decoded, diagnostics) = decoder.decode(
            manifest: manifest, folderName: folderName, folder: "fuzz", digest: "00",
            include: { _ in files.isEmpty ? .failure(PackDecoder.IncludeError("no file")) : .success(files) },
            resources: { path in resource.map { .success($0) } ?? .failure(ResourceError("no file \(path)")) })
        let errors = diagnostics.filter { $0.severity == .error }
        guard var pack = decoded else {
            guard let error = errors.first else { return .violated("the pack was refused without an error") }
            return .rejected(error.message, at: error.location?.range?.start.description)
        }
        guard errors.isEmpty else { return .violated("the pack was decoded despite \(errors.count) errors") }
        pack.depends = []
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleSet([pack])
        } catch {
            return .violated("a decoded pack does not make a rule set: \(error)")
        }
        let evaluator = Evaluator(ruleSet: ruleSet, options: EvaluationOptions(today: FuzzDocuments.today))
        let findings = evaluator.check(FuzzDocuments.proposal)
        for finding in findings where finding.pack != CoreRules.pack && ruleSet.rule(finding.rule) == nil {
            return .violated("a finding names the unknown rule '\(finding.rule)'")
        }
        return .accepted("\(pack.rules.count) rules, \(findings.count) findings")
    }
}
