import DGLintJSONPath
import Testing

/// Malformed queries: each fixture marks with `↓` the character the error must point at, and gives a
/// fragment of the expected message.
@Suite struct ParserErrorTests {
    static let cases: [(fixture: String, message: String)] = [
        ("↓ $", "must not start with whitespace"),
        ("↓@.a", "'@' is only allowed inside a filter"),
        ("$↓ ", "whitespace is not allowed at the end of a query"),
        ("$[0↓", "expected ']' to close the bracketed selection"),
        ("$['a' ↓'b']", "expected ',' or ']'"),
        ("$.↓ a", "whitespace is not allowed after '.'"),
        ("$.↓1", "cannot start with '1'"),
        ("$..↓", "expected a member name, '*' or '[' after '..'"),
        ("$[↓@.a]", "'@' is only allowed inside a filter"),
        ("$[↓-0]", "'-0' is not a valid index"),
        ("$[↓01]", "leading zeros"),
        ("$[↓9007199254740992]", "out of range"),
        ("$['a↓\\q']", "invalid escape sequence '\\q'"),
        ("$[\"a↓\\'\"]", "invalid escape sequence '\\''"),
        ("$['↓\\uDC00']", "lone low surrogate"),
        ("$['↓\\uD800x']", "must be followed by a low surrogate"),
        ("$['a↓\u{1}']", "control character U+0001 must be escaped"),
        ("$[?↓true]", "a literal cannot be a test on its own"),
        ("$[?@.a ↓= 1]", "'=' is not an operator"),
        ("$[?↓@.* == 1]", "a query in a comparison must be singular"),
        ("$[?↓foo(@)]", "unknown function foo()"),
        ("$[?length↓ (@)]", "whitespace is not allowed between length and '('"),
        ("$[?↓length(@.a)]", "is a single value (ValueType), not a logical result"),
        ("$[?length(@.a, ↓@.b) > 1]", "function length() expects 1 argument"),
        ("$[?match(@.a↓) ]", "function match() expects 2 arguments"),
        ("$[?(@.a == 1↓]", "expected ')' to close the parenthesis opened at offset 3"),
        ("$[?!@.a ↓== 1]", "'!' cannot negate a comparison directly"),
        ("$[?@.a == 1 ↓& @.b]", "expected ',' or ']'"),
        ("$[1:2:↓-0]", "'-0' is not a valid index"),
        ("$[?@.a == 1.↓]", "expected a digit after the decimal point"),
        ("$[?@.a == ↓01]", "leading zeros"),
    ]

    @Test(arguments: cases)
    func reportsTheOffendingCharacter(fixture: String, message: String) {
        let (query, offset) = marked(fixture)
        let error = parseError(query)
        #expect(error?.offset == offset, "\(query): \(error?.message ?? "no error")")
        #expect(error?.message.contains(message) == true, "\(query): \(error?.message ?? "no error")")
    }

    @Test func offsetsCountUnicodeScalarsNotBytes() {
        let (query, offset) = marked("$['ไทย'].โครงการ↓ ")
        #expect(parseError(query)?.offset == offset)
        #expect(offset == 16)
    }

    @Test func relativeQueriesMustStartWithTheCurrentNode() throws {
        #expect(throws: JSONPathError.self) { try JSONPathQuery.parseRelative("$.a") }
        #expect(throws: JSONPathError.self) { try JSONPathQuery.parseRelative("a") }
        #expect(try JSONPathQuery.parseRelative("@.a[0]").text == "@.a[0]")
    }

    @Test(arguments: ["$ .a", "$\n['a']", "$[ 0 , 1 ]", "$[?@.a==1]", "$[? @.a == 1 ]", "$[?(@.a)]", "$[1 : 2 : 3]"])
    func acceptsBlankSpaceWhereTheGrammarAllowsIt(query: String) {
        #expect(parseError(query) == nil)
    }
}
