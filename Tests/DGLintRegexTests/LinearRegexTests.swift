import Testing

@testable import DGLintRegex

@Suite struct LinearRegexTests {
    @Test(arguments: [
        ("abc", "xxabcxx", true), ("abc", "abd", false), ("^abc$", "abc", true), ("^abc$", "abcd", false),
        ("a.c", "a-c", true), ("a.c", "a\nc", false), ("[a-c]+", "zzb", true), ("^[^0-9]+$", "abc1", false),
        ("^\\d{5}$", "21002", true), ("^\\d{5}$", "2100", false), ("^\\d{2,3}$", "1234", false),
        ("^\\d{2,}$", "12345", true), ("^a{0}b$", "b", true), ("\\w+@\\w+", "dpo@dms", true), ("\\s", "ab", false),
        ("\\S", "  x ", true), ("\\D", "123", false), ("\\W", "abc_1", false), ("^(ab|cd)+$", "abcdab", true),
        ("^(?:ab|cd)+$", "abce", false), ("colou?r", "color", true), ("^a*?b$", "aaab", true),
        ("^(a|)$", "", true), ("หรือเทียบเท่า", "เครื่อง หรือเทียบเท่า", true), ("^[ก-ฮ]+$", "กขค", true),
        ("^[ก-ฮ]+$", "กขA", false), ("\\bNCSA\\b", "to NCSA.", true), ("\\bNCSA\\b", "NCSAX", false),
        ("(?i)thaicert", "ThaiCERT", true), ("thaicert", "ThaiCERT", false), ("a\\.b", "a.b", true),
        ("a\\.b", "axb", false), ("^\\u0E50$", "๐", true), ("^\\x41$", "A", true), ("[\\d-]+", "12-3", true),
        ("^[a\\]]+$", "a]a", true), ("x{", "x{", true), ("^(?<year>\\d{4})-\\d{2}$", "2569-03", true),
        ("$^", "", true), ("^$", "a", false), ("", "anything", true), ("a|b|c", "zzc", true),
    ])
    func matches(_ pattern: String, _ text: String, _ expected: Bool) throws {
        let regex = try LinearRegex(pattern)
        #expect(regex.matches(text) == expected)
    }

    @Test(arguments: [
        "(a)\\1", "(?=a)", "(?!a)", "(?<=a)b", "(?<!a)b", "(a", "a)", "[abc", "*a", "a**", "a{3,1}", "\\",
        "[z-a]", "a{1001}", "\\p{L}", "(?x)a", "\\k<n>",
    ])
    func rejects(_ pattern: String) {
        #expect(throws: RegexSyntaxError.self) { try LinearRegex(pattern) }
    }

    @Test func backreferenceAndLookaroundErrorsSayWhy() {
        #expect(throws: RegexSyntaxError.self) { try LinearRegex("(a)\\1") }
        do {
            _ = try LinearRegex("(a)\\1")
        } catch {
            #expect(error.message.contains("backreference"))
        }
        do {
            _ = try LinearRegex("x(?=a)")
        } catch {
            #expect(error.message.contains("lookaround"))
            #expect(error.offset == 1)
        }
    }

    @Test func pathologicalPatternRunsInLinearTime() throws {
        let regex = try LinearRegex("(a*)*b")
        let text = String(repeating: "a", count: 30_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(!regex.matches(text))
        }
        #expect(elapsed < .seconds(1))
        let nested = try LinearRegex("^(a|a)*(a|aa)*(a?){20}c$")
        let started = clock.now
        #expect(!nested.matches(text))
        #expect(clock.now - started < .seconds(2))
    }
}
