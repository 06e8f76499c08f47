import DGLintEngine
import DGLintModel
import Testing

/// One broken `pack.yaml`: marker 1️⃣ is where the first error must point.
struct BrokenPack: CustomTestStringConvertible, Sendable {
    var label: String
    var yaml: String
    var code: String
    /// The exact sentence, for a representative few; nil to check code and position only.
    var message: String?
    var folderName = "demo"

    var testDescription: String { label }
}

@Suite("Pack manifest errors point at the offending text")
struct PackManifestErrorTests {
    static let cases: [BrokenPack] = [
        BrokenPack(
            label: "misspelt top-level key",
            yaml: packHead + "1️⃣rulez: {}\n", code: "pack.unknown-key",
            message: "unknown key 'rulez' in pack.yaml; did you mean 'rules'?"),
        BrokenPack(
            label: "unknown top-level key with no likely match lists the allowed keys",
            yaml: packHead + "1️⃣zzz: 1\n", code: "pack.unknown-key",
            message:
                "unknown key 'zzz' in pack.yaml; the keys allowed here are 'pack', 'version', 'engine', 'title', "
                + "'description', 'depends', 'when', 'references', 'include', 'data', 'functions', 'rules'"),
        BrokenPack(
            label: "pack.yaml is not a mapping", yaml: "1️⃣- pack: demo\n", code: "pack.type",
            message: "pack.yaml must be a mapping, but it is a list"),
        BrokenPack(
            label: "missing title", yaml: "1️⃣pack: demo\nversion: 1.0.0\nrules: {}\n", code: "pack.missing-key",
            message: "pack.yaml has no 'title'; add it"),
        BrokenPack(
            label: "version of the wrong type",
            yaml: "pack: demo\nversion: 1️⃣[1, 0]\ntitle: {th: ก, en: a}\n", code: "pack.type",
            message: "'version' must be a text, but it is a list"),
        BrokenPack(
            label: "unquoted 1.0 is a number, not a version",
            yaml: "pack: demo\nversion: 1️⃣1.0\ntitle: {th: ก, en: a}\n", code: "pack.type",
            message: "'version' must be a text, but it is a number"),
        BrokenPack(
            label: "not a semantic version",
            yaml: "pack: demo\nversion: 1️⃣v1.0.0\ntitle: {th: ก, en: a}\n", code: "pack.version",
            message: "'version' is 'v1.0.0', which is not a semantic version such as 1.0.0"),
        BrokenPack(
            label: "pack id with capitals and '_'",
            yaml: "pack: 1️⃣Demo_1\nversion: 1.0.0\ntitle: {th: ก, en: a}\n", code: "pack.id",
            message: "the pack id 'Demo_1' may only use lowercase letters, digits and '-', starting with a letter",
            folderName: "Demo_1"),
        BrokenPack(
            label: "pack id starting with a digit",
            yaml: "pack: 1️⃣1demo\nversion: 1.0.0\ntitle: {th: ก, en: a}\n", code: "pack.id", folderName: "1demo"),
        BrokenPack(
            label: "pack id is empty", yaml: "pack: 1️⃣''\nversion: 1.0.0\ntitle: {th: ก, en: a}\n",
            code: "pack.empty", message: "'pack' is empty; write a text"),
        BrokenPack(
            label: "pack id differs from its folder",
            yaml: "pack: 1️⃣demo\nversion: 1.0.0\ntitle: {th: ก, en: a}\n", code: "pack.id",
            message: "the pack id 'demo' must equal its folder name 'other'; rename one of them", folderName: "other"),
        BrokenPack(
            label: "engine range this dglint does not satisfy",
            yaml: packHead + "engine: 1️⃣\">=2.0.0\"\n", code: "pack.engine",
            message: "this pack needs dglint >=2.0.0, but this is dglint 0.1.0; use a matching dglint or pack version"),
        BrokenPack(
            label: "engine that is not a requirement",
            yaml: packHead + "engine: 1️⃣\">=1.x\"\n", code: "pack.engine",
            message: "'engine' has '>=1.x', which is not a version requirement such as \">=0.1.0\" or \"^1.2\""),
        BrokenPack(
            label: "title as a plain string", yaml: "pack: demo\nversion: 1.0.0\ntitle: 1️⃣Demo\n",
            code: "pack.type",
            message: "the pack's 'title' must give both languages as {th: …, en: …}, but it is a text"),
        BrokenPack(
            label: "title without Thai", yaml: "pack: demo\nversion: 1.0.0\ntitle: 1️⃣{en: Demo}\n",
            code: "pack.missing-language", message: "the pack's 'title' has no Thai text; add 'th'"),
        BrokenPack(
            label: "description without English",
            yaml: packHead + "description: 1️⃣{th: คำอธิบาย}\n", code: "pack.missing-language",
            message: "the pack's 'description' has no English text; add 'en'"),
        BrokenPack(
            label: "empty English title", yaml: "pack: demo\nversion: 1.0.0\ntitle: {th: ก, en: 1️⃣'  '}\n",
            code: "pack.empty", message: "the English text of the pack's 'title' is empty; write a text"),
        BrokenPack(
            label: "a third language", yaml: "pack: demo\nversion: 1.0.0\ntitle: {th: ก, en: a, 1️⃣fr: b}\n",
            code: "pack.unknown-key",
            message: "unknown key 'fr' in the pack's 'title'; the keys allowed here are 'th', 'en'"),
        BrokenPack(
            label: "depends as a mapping", yaml: packHead + "depends: 1️⃣{proposal: 1}\n", code: "pack.type",
            message: "'depends' must be a list of texts, but it is a mapping"),
        BrokenPack(
            label: "a depends entry that is not text", yaml: packHead + "depends: [proposal, 1️⃣3]\n",
            code: "pack.type", message: "each entry of 'depends' must be a text, but it is a whole number"),
        BrokenPack(
            label: "pack when that is not a JSONPath", yaml: packHead + "when: 1️⃣privacy\n", code: "pack.jsonpath",
            message: "the pack's 'when' must be a JSONPath starting with '$', such as \"$.privacy\"; it is 'privacy'"),
        BrokenPack(
            label: "rules as a list", yaml: packHead + "rules: 1️⃣[DEMO-01]\n", code: "pack.type",
            message: "'rules' must be a mapping, but it is a list"),
        BrokenPack(
            label: "reference url that is not http(s)",
            yaml: packHead + "references:\n  act: {title: {th: ก, en: a}, url: 1️⃣ftp://x}\n", code: "pack.url",
            message: "the url of reference 'act' must start with https:// or http://"),
        BrokenPack(
            label: "reference without a title", yaml: packHead + "references:\n  1️⃣act: {url: https://x}\n",
            code: "pack.missing-key", message: "reference 'act' has no 'title'; add it"),
    ]

    @Test("each broken manifest gives its error at the marked position", arguments: cases)
    func broken(_ broken: BrokenPack) throws {
        let result = decodePack(broken.yaml, folderName: broken.folderName)
        #expect(result.pack == nil)
        let error = try #require(result.errors.first)
        #expect(error.code == broken.code)
        if let message = broken.message { #expect(error.message == message) }
        #expect(error.location?.file == "rules/\(broken.folderName)/pack.yaml")
        #expect(error.location?.range?.start == result.marks[1])
    }

    @Test("every error of a broken pack is reported at once, in document order")
    func allErrors() {
        let result = decodePack(
            """
            pack: 1️⃣Demo
            version: 2️⃣one
            title: 3️⃣{th: ก}
            4️⃣colour: red
            """)
        #expect(result.errors.map(\.code) == ["pack.unknown-key", "pack.id", "pack.version", "pack.missing-language"])
        #expect(result.errors.map { $0.location?.range?.start } == [4, 1, 2, 3].map { result.marks[$0] })
    }

    @Test("a pack without rules loads, with a warning at the top of the file")
    func noRules() throws {
        let result = decodePack("1️⃣" + packHead)
        #expect(result.errors.isEmpty)
        #expect(result.pack?.rules.isEmpty == true)
        let warning = try #require(result.warnings.first)
        #expect(warning.code == "pack.no-rules")
        #expect(warning.message == "the pack defines no rules")
        #expect(warning.location?.range?.start == result.marks[1])
    }

    @Test("an engine range this dglint satisfies is kept", arguments: ["\">=0.1.0\"", "^0.1", "\">=0.0.1 <1.0.0\""])
    func engineSatisfied(requirement: String) throws {
        let result = decodePack(packHead + "engine: \(requirement)\nrules:\n  DEMO-01:\n" + validRule)
        #expect(result.errors.isEmpty)
        let engine = try #require(result.pack?.engine)
        #expect(engine.isSatisfied(by: SemanticVersion(0, 1, 0)))
    }

    @Test("the engine version is the decoder's, not a constant")
    func engineVersionComesFromTheDecoder() {
        let yaml = packHead + "engine: \">=2.0.0\"\nrules:\n  DEMO-01:\n" + validRule
        #expect(decodePack(yaml, engineVersion: SemanticVersion(2, 1, 0)).errors.isEmpty)
        #expect(decodePack(yaml, engineVersion: SemanticVersion(1, 9, 9)).errors.map(\.code) == ["pack.engine"])
    }
}
