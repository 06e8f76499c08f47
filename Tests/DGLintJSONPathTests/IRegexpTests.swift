import DGLintJSONPath
import DGLintModel
import DGLintTestSupport
import Foundation
import Testing

/// I-Regexp (RFC 9485) as `match()` and `search()` see it: syntax accepted and rejected, classes and
/// categories, and linear-time matching.
@Suite struct IRegexpTests {
    /// Whether `match(subject, pattern)` holds.
    func matches(_ pattern: String, _ subject: String, search: Bool = false) throws -> Bool {
        let function = search ? "search" : "match"
        let query = try JSONPathQuery.parse("$[?\(function)(@, \(JSONWriter.quoted(pattern)))]")
        return !query.select(.array([.string(subject)])).isEmpty
    }

    static let fullMatches: [(pattern: String, subject: String, matches: Bool)] = [
        ("abc", "abc", true), ("abc", "abcd", false), ("a.c", "a\u{2028}c", true), ("a.c", "a\nc", false),
        ("a.c", "a\rc", false), ("a|b|", "", true), ("(ab)+", "ababab", true), ("(ab)+", "aba", false),
        ("a{2,3}", "aaa", true), ("a{2,3}", "aaaa", false), ("a{2}", "aa", true), ("a{2,}", "aaaaa", true),
        ("[a-c]+", "abcab", true), ("[^a-c]", "d", true), ("[^a-c]", "b", false), ("[-a]+", "-a-", true),
        ("[a-]+", "a-", true), ("[.]", ".", true), ("[.]", "x", false), ("\\.", ".", true), ("\\n", "\n", true),
        ("\\p{L}+", "ภาษาไทย", true), ("\\p{L}+", "ที่นี่", false), ("[\\p{L}\\p{M}]+", "ที่นี่", true),
        ("\\p{Lu}\\p{Ll}", "Ab", true),
        ("\\P{L}", "1", true), ("\\P{L}", "a", false), ("\\p{Nd}{3}", "๑๒๓", true), ("[\\p{Zs}]", " ", true),
        ("\\p{S}", "฿", true), ("\\p{Sc}", "฿", true), ("\\p{Cc}", "\u{7}", true), ("😀+", "😀😀", true),
        ("[😀-😂]", "😁", true), ("^ab", "ab", true), ("ab$", "ab", true), ("a^b", "ab", false),
        ("[\\^$]+", "^$", true), ("\\^", "^", true), ("[$]", "$", true), ("\\\\", "\\", true),
    ]

    @Test(arguments: fullMatches)
    func fullMatch(pattern: String, subject: String, matches expected: Bool) throws {
        #expect(try matches(pattern, subject) == expected, "match(\(subject.debugDescription), '\(pattern)')")
    }

    /// Subjects are decoded from their UTF-8 bytes: scalars of one to four bytes, each a class of its own, are
    /// read at their boundaries and with their values, whether the DFA has met them before or not.
    @Test(arguments: [
        "a", "ab", "é", "aé", "ก", "ภาษาไทย", "๑๒๓", "😀", "a😀b", "\u{7F}\u{80}", "\u{7FF}\u{800}", "\u{FFFF}\u{10000}",
        "\u{10FFFF}", "e\u{0301}", "ที่นี่ 2569", "฿1,200", "\u{2028}x",
    ])
    func subjectsAreReadScalarByScalar(_ subject: String) throws {
        let scalars = Array(subject.unicodeScalars)
        let classes = scalars.map { "[\($0)]" }.joined()
        for _ in 0..<2 {
            #expect(try matches(classes, subject))
            #expect(try matches(".{\(scalars.count)}", subject))
            #expect(try !matches(".{\(scalars.count + 1)}", subject))
            #expect(try !matches(classes, subject + "a"))
            #expect(try matches(scalars.map { "[^\($0)]" }.joined(), subject) == false)
            #expect(
                try matches("[\u{10000}-\u{10FFFF}]", subject) == (scalars.count == 1 && scalars[0].value >= 0x10000))
            #expect(
                try matches("\\p{Lo}", subject, search: true)
                    == scalars.contains { $0.properties.generalCategory == .otherLetter })
        }
    }

    @Test func searchFindsSubstringsAndHonoursAnchors() throws {
        #expect(try matches("b+", "abbbc", search: true))
        #expect(try !matches("^b", "abc", search: true))
        #expect(try matches("^a", "abc", search: true))
        #expect(try matches("c$", "abc", search: true))
        #expect(try !matches("b$", "abc", search: true))
        #expect(try matches("", "abc", search: true))
        #expect(try matches("x*", "", search: true))
    }

    /// Patterns that are not I-Regexp: `match()` and `search()` are false for every subject.
    static let invalidPatterns = [
        "(a", "a)", "*a", "a**", "a*?", "a+?", "a{2", "a{,2}", "a{3,2}", "[]", "[^]", "[a", "[a-b-c]", "[z-a]",
        "[[]", "\\d", "\\w", "\\s", "\\b", "\\1", "(a)\\1", "(?:a)", "(?=a)", "(?!a)", "(?<=a)", "\\p{IsBasicLatin}",
        "\\p{Cs}", "\\p{L", "\\pL", "\\$", "{", "}", "]", "\\", "^*", "a$+", "[\\p{L}-z]",
    ]

    @Test(arguments: invalidPatterns)
    func rejects(pattern: String) throws {
        #expect(try !matches(pattern, pattern))
        #expect(try !matches(pattern, pattern, search: true))
        #expect(try !matches(pattern, "a"))
    }

    @Test(arguments: ["(a|a)*b", "(a*)*b", "(a|aa)+$b", "(.*)*c", "a{0,100}a{100}b"])
    func pathologicalPatternsRunInLinearTime(pattern: String) throws {
        let subject = String(repeating: "a", count: 50_000)
        let query = try JSONPathQuery.parse("$[?match(@, '\(pattern)') || search(@, '\(pattern)')]")
        let document = Value.array([.string(subject)])
        let start = Date()
        let selected = query.select(document)
        let elapsed = Date().timeIntervalSince(start)
        #expect(selected.isEmpty)
        #expect(elapsed < 1.0, "\(pattern) took \(elapsed) s on 50,000 characters")
    }

    @Test func patternsFromTheDocumentAreCompiledAtRunTime() throws {
        let json = #"[{"p": "[0-9]+", "s": "2567"}, {"p": "(", "s": "("}, {"p": 1, "s": "1"}]"#
        #expect(try paths("$[?match(@.s, @.p)]", in: json) == ["$[0]"])
    }
}
