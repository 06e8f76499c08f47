import Testing

@testable import DGLintEngine

@Suite("Semantic versions and version requirements")
struct VersionTests {
    @Test(
        "versions that parse",
        arguments: [
            ("1.0.0", SemanticVersion(1, 0, 0), "1.0.0"),
            ("0.1.0", SemanticVersion(0, 1, 0), "0.1.0"),
            ("10.20.30", SemanticVersion(10, 20, 30), "10.20.30"),
            ("1.0.0-alpha.1", SemanticVersion(1, 0, 0, prerelease: ["alpha", "1"]), "1.0.0-alpha.1"),
            ("1.0.0+build.5", SemanticVersion(1, 0, 0), "1.0.0"),
            ("1.0.0-rc.1+build-5", SemanticVersion(1, 0, 0, prerelease: ["rc", "1"]), "1.0.0-rc.1"),
        ])
    func valid(text: String, version: SemanticVersion, description: String) {
        #expect(SemanticVersion(text) == version)
        #expect(SemanticVersion(text)?.description == description)
    }

    @Test(
        "versions that do not parse",
        arguments: [
            "", "1", "1.0", "1.0.0.0", "01.0.0", "1.02.0", "v1.0.0", "1.0.0-", "1.0.0-a..b", "-1.0.0", "1.a.0",
            "1..0", "１.0.0", " 1.0.0",
        ])
    func invalid(text: String) {
        #expect(SemanticVersion(text) == nil)
    }

    @Test("partial versions fill zeros where ranges allow them")
    func partial() {
        #expect(SemanticVersion("1", partial: true) == SemanticVersion(1, 0, 0))
        #expect(SemanticVersion("1.2", partial: true) == SemanticVersion(1, 2, 0))
        #expect(SemanticVersion("1.2.3.4", partial: true) == nil)
    }

    /// The precedence example of semver.org 2.0, item 11.
    @Test("precedence follows semver.org")
    func precedence() throws {
        let texts = [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0",
        ]
        let versions = try texts.map { try #require(SemanticVersion($0)) }
        for (a, b) in zip(versions, versions.dropFirst()) {
            #expect(a < b, "\(a) < \(b)")
            #expect(!(b < a), "!(\(b) < \(a))")
        }
        #expect(versions.shuffled().sorted() == versions)
        #expect(SemanticVersion("1.0.0+a") == SemanticVersion("1.0.0+b"))
    }

    /// semver.org 2.0 item 9: an identifier is numeric only when it is all digits; `-1` is alphanumeric and so
    /// ranks above every numeric identifier.
    @Test("a hyphenated pre-release identifier is not a negative number")
    func hyphenIdentifier() throws {
        let numeric = try #require(SemanticVersion("1.0.0-x.0"))
        let alphanumeric = try #require(SemanticVersion("1.0.0-x.-1"))
        #expect(numeric < alphanumeric)
    }

    @Test(
        "requirements",
        arguments: [
            (">=0.1.0", "0.1.0", true), (">=0.1.0", "0.0.9", false), (">=0.1.0", "0.1.0-rc.1", false),
            (">1.0", "1.0.1", true), (">1.0", "1.0.0", false), ("<2.0.0", "1.99.99", true), ("<2.0.0", "2.0.0", false),
            ("<=1.4.0", "1.4.0", true), ("<=1.4.0", "1.4.1", false), ("=1.2.3", "1.2.3", true),
            ("1.2.3", "1.2.4", false),
            ("^1.2", "1.2.0", true), ("^1.2", "1.9.9", true), ("^1.2", "2.0.0", false), ("^1.2", "1.1.9", false),
            ("^0.2.3", "0.2.9", true), ("^0.2.3", "0.3.0", false), ("~1.2", "1.2.9", true), ("~1.2", "1.3.0", false),
            (">=1.0.0 <2.0.0", "1.5.0", true), (">=1.0.0 <2.0.0", "2.0.0", false), (">=1.0.0 <2.0.0", "0.9.0", false),
            ("<1.0.0 || >=2.0.0", "0.5.0", true), ("<1.0.0 || >=2.0.0", "2.1.0", true),
            ("<1.0.0 || >=2.0.0", "1.5.0", false), ("^1 || ^3", "3.1.0", true), ("^1 || ^3", "2.0.0", false),
        ])
    func requirement(requirement: String, version: String, satisfied: Bool) throws {
        let parsed = try VersionRequirement(requirement)
        let version = try #require(SemanticVersion(version))
        #expect(parsed.isSatisfied(by: version) == satisfied)
        #expect(parsed.description == requirement)
    }

    @Test(
        "requirements that do not parse name the bad part",
        arguments: [
            ("", ""), (">=x", ">=x"), (">=1.0.0 <2.x", "<2.x"), ("^", "^"), ("~1.2.3.4", "~1.2.3.4"),
            (">=1.0.0 ||", ">=1.0.0 ||"), ("=> 1.0", "=>"), (">= 1.0.0", ">="),
        ])
    func invalidRequirement(text: String, part: String) {
        #expect(throws: VersionRequirementError(part: part)) { try VersionRequirement(text) }
    }
}
