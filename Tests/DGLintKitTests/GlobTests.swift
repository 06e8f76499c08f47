import DGLintKit
import Testing

/// The shell-style patterns of pack `include` and configuration `exclude`.
@Suite struct GlobTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var pattern: String
        var path: String
        var matches: Bool
        var testDescription: String { "\(pattern) \(matches ? "matches" : "does not match") \(path)" }
    }

    static let cases: [Case] = [
        // `*`: any run of characters within one name, never across `/`.
        Case(pattern: "*.yaml", path: "a.yaml", matches: true),
        Case(pattern: "*.yaml", path: ".yaml", matches: true),
        Case(pattern: "*.yaml", path: "rules/a.yaml", matches: false),
        Case(pattern: "*.yaml", path: "a.yaml.bak", matches: false),
        Case(pattern: "a*b*c", path: "aXbYbZc", matches: true),
        Case(pattern: "a*b", path: "a", matches: false),
        Case(pattern: "rules/*.yaml", path: "rules/struct.yaml", matches: true),
        Case(pattern: "rules/*.yaml", path: "rules/deep/struct.yaml", matches: false),
        // `?`: exactly one character (one Unicode scalar).
        Case(pattern: "?.yaml", path: "a.yaml", matches: true),
        Case(pattern: "?.yaml", path: "ab.yaml", matches: false),
        Case(pattern: "?.yaml", path: ".yaml", matches: false),
        Case(pattern: "แผน?.yaml", path: "แผน1.yaml", matches: true),
        // `**`: any number of whole folders, none included.
        Case(pattern: "**/*.yaml", path: "a.yaml", matches: true),
        Case(pattern: "**/*.yaml", path: "x/y/a.yaml", matches: true),
        Case(pattern: "**/*.yaml", path: "x/y/a.json", matches: false),
        Case(pattern: "rules/**/*.yaml", path: "rules/a/b/c.yaml", matches: true),
        Case(pattern: "rules/**/*.yaml", path: "other/a.yaml", matches: false),
        Case(pattern: "**/drafts", path: "a/b/drafts", matches: true),
        Case(pattern: "**/drafts", path: "a/drafts/x", matches: false),
        // Classes.
        Case(pattern: "[abc].yaml", path: "b.yaml", matches: true),
        Case(pattern: "[abc].yaml", path: "d.yaml", matches: false),
        Case(pattern: "v[0-9].yaml", path: "v7.yaml", matches: true),
        Case(pattern: "v[0-9].yaml", path: "vx.yaml", matches: false),
        Case(pattern: "[!a-c]x", path: "dx", matches: true),
        Case(pattern: "[!a-c]x", path: "bx", matches: false),
        Case(pattern: "[^a]x", path: "ax", matches: false),
        Case(pattern: "[]]", path: "]", matches: true),
        Case(pattern: "[ab", path: "[ab", matches: true),
        // Anchoring: the whole path must match, from its first name to its last.
        Case(pattern: "a.yaml", path: "a.yaml", matches: true),
        Case(pattern: "a.yaml", path: "xa.yaml", matches: false),
        Case(pattern: "a.yaml", path: "sub/a.yaml", matches: false),
        Case(pattern: "a", path: "a/b", matches: false),
        Case(pattern: "drafts", path: "drafts", matches: true),
        Case(pattern: "rules/a.yaml", path: "rules//a.yaml", matches: true),
    ]

    @Test(arguments: cases)
    func matching(_ example: Case) {
        #expect(Glob(example.pattern).matches(example.path) == example.matches)
    }

    @Test func aGlobKeepsItsTextAndSaysWhetherItCrossesFolders() {
        #expect(Glob("rules/**/*.yaml").description == "rules/**/*.yaml")
        #expect(Glob("rules/**/*.yaml").isRecursive)
        #expect(!Glob("rules/*.yaml").isRecursive)
    }

    @Test func manyStarsOnALongNameFinishQuickly() {
        let name = String(repeating: "a", count: 5_000)
        #expect(!Glob(String(repeating: "*a", count: 30) + "b").matches(name))
    }
}
