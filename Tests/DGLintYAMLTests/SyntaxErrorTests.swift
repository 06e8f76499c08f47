import DGLintModel
import DGLintYAML
import Testing

@Suite("libyaml syntax errors become positioned diagnostics")
struct SyntaxErrorTests {
    @Test("a tab used for indentation says to use spaces")
    func tabIndentation() throws {
        let error = try #require(loadError("project:\n\tname: x\n"))
        #expect(error.code == "yaml.syntax")
        #expect(error.message.contains("YAML does not allow tabs for indentation; use spaces"))
        #expect(error.location?.range?.start == SourcePosition(line: 2, column: 1, offset: 9))
        #expect(error.location?.file == "test.yaml")
    }

    @Test(
        "common mistakes: libyaml's words, where, and a hint",
        arguments: [
            ("title: a: b\n", 1, 9, "mapping values are not allowed in this context", "put the value in quotes"),
            ("a: 'ยังไม่ปิด\n", 2, 1, "found unexpected end of stream", "add the closing quote"),
            ("a: [1, 2\nb: 3\n", 2, 2, "did not find expected ',' or ']'", "close the bracket"),
            ("a: 1\n b: 2\n", 2, 3, "mapping values are not allowed in this context", "check the indentation"),
            ("a:\n  - 1\n - 2\n", 3, 2, "did not find expected key", "check the indentation"),
            ("a: @x\n", 1, 4, "found character that cannot start any token", "'@' is reserved"),
            ("a: \"\\q\"\n", 1, 5, "found unknown escape character", "use single quotes"),
            ("k: !x!y 1\n", 1, 4, "found undefined tag handle", "remove the tag"),
        ])
    func commonMistakes(text: String, line: Int, column: Int, problem: String, hint: String) throws {
        let error = try #require(loadError(text))
        #expect(error.code == "yaml.syntax")
        #expect(error.message.hasPrefix(problem), "\(error.message)")
        #expect(error.message.contains(hint), "\(error.message)")
        #expect(error.thai?.hasPrefix("libyaml แจ้งว่า \"\(problem)\"") == true, "\(error.thai ?? "no Thai")")
        #expect(error.location?.range?.start.line == line)
        #expect(error.location?.range?.start.column == column)
    }

    @Test("the context libyaml gives is named with where it starts")
    func contextIsPositioned() throws {
        let error = try #require(loadError("a: [1, 2\nb: 3\n"))
        #expect(error.message.contains("while parsing a flow sequence that starts at 1:4"))
    }

    @Test("positions after Thai text are in scalars, not bytes")
    func thaiBeforeError() throws {
        let error = try #require(loadError("ชื่อ: ค่า: ผิด\n"))
        #expect(error.location?.range?.start.column == 10)
        #expect(error.location?.range?.start.offset == "ชื่อ: ค่า".utf8.count)
        #expect(error.description.hasPrefix("test.yaml:1:10: error: mapping values are not allowed"))
    }
}
