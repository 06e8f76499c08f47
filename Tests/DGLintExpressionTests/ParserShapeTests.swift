import Testing

@testable import DGLintExpression

/// What the lexer and parser build, and the messages that are only written when compiling fails.
@Suite struct ParserShapeTests {
    /// Every mark lexes to itself, and reads as its text in messages.
    @Test(arguments: Punct.allCases)
    func eachMarkLexesToItsOwnCase(_ mark: Punct) throws {
        let tokens = try Lexer.tokens(of: Array(mark.rawValue.unicodeScalars))
        #expect(tokens.map(\.kind) == [.punct(mark), .end])
        #expect(tokens[0].display == "'\(mark.rawValue)'")
        #expect(tokens[0].isPunct(mark))
        #expect(Punct.allCases.filter { tokens[0].isPunct($0) } == [mark])
    }

    /// The marks that spell a binary operator, and only those.
    @Test func marksSpellTheirBinaryOperators() {
        for mark in Punct.allCases {
            #expect(mark.binaryOperator == BinaryOperator(rawValue: mark.rawValue), "\(mark.rawValue)")
        }
    }

    /// A node's height, computed without listing its children, is one more than its tallest child's, for every
    /// kind of node, as parsed and as checked.
    @Test(arguments: [
        "1", "self.a.b", "has(self.a.b)", "self.list[1 + 2]", "[1, [2, [3]], 4]", "{'a': [1], 'b': {'c': 2}}",
        "-(!true ? 1 : 2)", "1 + 2 * 3 - 4 / 5 % 6", "true && (false || 1 < 2)", "1 > 0 ? [1] : [[2]]",
        "size([1, 2]) + 'abc'.size()", "thai.digits('๑')", "self.list.all(x, x.map(y, y > 0, [y]).size() > 1)",
        "self.list.exists_one(x, x == data.a.b)", "self.list.filter(x, x in [1, 2]).map(x, x * 2)",
        #"'a'.matches("[a-z]+") && size(query("$.a[*]")) == 0"#,
    ])
    func heightsAreOneMoreThanTheTallestChild(_ source: String) throws {
        let scalars = Array(source.unicodeScalars)
        let parsed = try Parser.parse(scalars, limits: ExpressionLimits())
        expectHeights(parsed)
        expectHeights(try Checker.check(parsed, source: scalars))
    }

    private func expectHeights(_ node: Node) {
        let children = node.kind.children
        #expect(node.kind.childHeight == (children.map(\.height).max() ?? 0))
        #expect(node.height == 1 + node.kind.childHeight)
        for child in children { expectHeights(child) }
    }

    /// The phrases built only when a compile error is reported, in full.
    @Test(arguments: [
        ("size(1", "expected ')' to close the arguments of size(), found the end of the expression", 6),
        ("(1 2", "expected ')' to close '(' at column 1, found number 2", 3),
        ("[1][0 1", "expected ']' to close the index, found number 1", 6),
        ("[1 2", "expected ']' to close the list, found number 2", 3),
        ("{1: 2", "expected '}' to close the map, found the end of the expression", 5),
        ("{1 2}", "expected ':' between a map key and its value, found number 2", 3),
        ("true ? 1 2", "expected ':' after the first branch of '?', found number 2", 9),
        ("1 )", "unexpected ')' after a complete expression", 2),
        ("1 <= 2 >= ", "the expression ends too early; a value is missing", 10),
        ("1.a", "cannot select field 'a' from int", 2),
        ("has(1.a)", "cannot test field 'a' of int", 6),
        ("1[0]", "cannot index int", 1),
        ("{[1]: 2}", "cannot use as a map key a value of list", 1),
        ("-true", "cannot apply '-' to bool", 0),
        ("true || 1", "cannot apply '||' to int", 8),
        ("[1].map(x, 1, x)", "cannot use as the condition of map() a value of int", 11),
        ("'a'.startsWith(1)", "cannot pass to startsWith() a value of int", 15),
    ])
    func fullMessages(_ source: String, _ message: String, _ offset: Int) {
        #expect(throws: ExpressionError(message: message, offset: offset)) { try Expression.compile(source) }
    }
}
