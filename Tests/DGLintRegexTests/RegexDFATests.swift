import Testing

@testable import DGLintRegex

/// The lazily built DFA must answer exactly as the NFA simulation it replaces, including after its states
/// are reused for later subjects and after a flush.
@Suite struct RegexDFATests {
    static let patterns = [
        "abc", "^abc$", "a.c", "[a-c]+", "^[^0-9]+$", "^\\d{5}$", "^\\d{2,3}$", "^(ab|cd)+$", "colou?r", "^a*?b$",
        "^(a|)$", "หรือเทียบเท่า", "^[ก-ฮ]+$", "(?i)thaicert", "a\\.b", "$^", "^$", "", "a|b|c", "(a*)*b",
        "x$|^y", "^(?:https?://)?[a-z0-9.-]+\\.go\\.th(/.*)?$", "(a|b)*abb", "^\\s*\\d+\\s*-\\s*\\d+\\s*$",
        "\\bNCSA\\b", "(?i)\\bthaicert\\b", "a\\Bb", "\\b", "\\B", "^\\b$", "\\ba|b\\b", "x\\b\\b\\By",
        "\\bเทียบเท่า", "c\\b$",
        // Scalars of two to four UTF-8 bytes, which the DFA decodes from the subject's bytes.
        "^.{3}$", "^[é-ɏ]+$", ".😀.", "[😀-😂]", "\u{7FF}\u{800}", "^\u{10FFFF}$",
    ]
    static let subjects = [
        "", "a", "abc", "xxabcxx", "abd", "a-c", "a\nc", "zzb", "abc1", "21002", "2100", "1234", "abcdab", "abce",
        "color", "colour", "aaab", "to NCSA.", "NCSAX", "ab", "a b", "thaicert", "x y", "xy", "abc ",
        "เครื่อง หรือเทียบเท่า", "กขค", "กขA", "ThaiCERT", "a.b", "axb", "x", "y", "yx",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", "https://www.dga.or.th", "dga.go.th/data", "abababb",
        " 2566 - 2570 ", "2566-2570x", "é", "aé😀", "😀😁😂", "ä😀b", "\u{7FF}\u{800}\u{FFFF}", "\u{10FFFF}", "ɏé",
    ]

    @Test(arguments: patterns)
    func agreesWithTheNFASimulation(_ pattern: String) throws {
        let program = try Self.program(pattern)
        var dfa = RegexDFA(program)
        // Twice over, so the second pass runs on states the first one built.
        for subject in Self.subjects + Self.subjects {
            #expect(
                dfa.search(subject) == program.search(Array(subject.unicodeScalars)),
                "pattern \(pattern) on \(subject.debugDescription)")
        }
    }

    @Test func manyStatesAreFlushedAndStillCorrect() throws {
        // (a|b)*a(a|b){11} has 2^12 DFA states, more than maximumStates; random subjects visit more than the cache keeps.
        let program = try Self.program("(a|b)*a(a|b){11}$")
        var dfa = RegexDFA(program)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let subject = String((0..<40).map { _ in Bool.random(using: &generator) ? "a" : "b" })
            #expect(dfa.search(subject) == program.search(Array(subject.unicodeScalars)))
        }
    }

    static func program(_ pattern: String) throws -> RegexProgram {
        var parser = RegexParser(pattern)
        let node = try parser.parse()
        return try RegexProgram(node, ignoreCase: parser.ignoreCase)
    }
}
