import DGLintModel
import Testing

/// Comparisons in filters (RFC 9535 section 2.3.5.2.2), as a table of expressions evaluated against one
/// current node, and the logical operators.
@Suite struct FilterComparisonTests {
    /// The current node every expression is evaluated against (as the only element of the root array).
    static let node = """
        {"i": 1, "d": 1.0, "h": 1.5, "s": "b", "t": true, "f": false, "n": null,
         "a": [1, {"x": 2}], "o": {"x": 2, "y": [1]}, "o2": {"y": [1.0], "x": 2}, "e": "é", "e2": "e\\u0301",
         "u": "\\uFFFF", "astral": "\\uD83D\\uDE00"}
        """

    static let cases: [(expression: String, holds: Bool)] = [
        ("@.i == 1", true), ("@.i == @.d", true), ("@.i == 1.0", true), ("@.i == 1e0", true),
        ("@.i < @.h", true), ("@.h <= 1.5", true), ("@.h > @.i", true), ("@.i >= 1", true),
        ("@.i == -0", false), ("0 == -0", true), ("@.i != '1'", true), ("@.i == '1'", false),
        ("@.s < 'c'", true), ("@.s <= 'b'", true), ("@.s > 'a'", true), ("@.s < 1", false), ("@.s > 1", false),
        ("@.t == true", true), ("@.t < true", false), ("@.t <= true", true), ("@.f != true", true),
        ("@.n == null", true), ("@.n <= null", true), ("@.n < null", false), ("@.n == false", false),
        ("@.missing == @.other", true), ("@.missing <= @.other", true), ("@.missing < @.other", false),
        ("@.missing == null", false), ("@.missing != null", true), ("@.missing == 1", false),
        ("@.a == @.a", true), ("@.o == @.o2", true), ("@.a < @.a", false), ("@.a <= @.a", true),
        ("@.o != @.a", true), ("@.a[1].x == 2", true), ("@.a[-1].x == 2", true), ("@.a[-3] == @.nothing", true),
        ("@.e == @.e2", false), ("@.e > @.e2", true), ("@.u < @.astral", true),
        ("$[0].i == @.i", true), ("$.x == @.missing", true),
        ("@.i == 1 && @.s == 'b'", true), ("@.i == 2 || @.s == 'b'", true), ("!(@.i == 1)", false),
        ("!@.missing", true), ("@.n", true), ("@.missing", false), ("@.i == 2 || @.s == 'x' && @.t", false),
        ("(@.i == 2 || @.s == 'b') && @.t", true), ("@.a[?@ == 1]", true), ("@.*", true), ("@..x", true),
        ("1 == 1", true), ("'a' != \"a\"", false), ("1e2 == 100", true), ("1.0e-1 == 0.1", true),
    ]

    @Test(arguments: cases)
    func evaluates(expression: String, holds: Bool) throws {
        let selected = try values("$[?\(expression)]", in: "[\(Self.node)]")
        #expect(selected.count == (holds ? 1 : 0), "\(expression) should be \(holds)")
    }

    @Test func filtersApplyToObjectMembersInDocumentOrder() throws {
        let json = #"{"z": {"k": 1}, "a": {"k": 2}, "m": {"k": 3}}"#
        #expect(try paths("$[?@.k > 1]", in: json) == ["$['a']", "$['m']"])
    }

    @Test func filtersOnScalarsSelectNothing() throws {
        #expect(try values("$[?@ == 1]", in: "1").isEmpty)
    }

    @Test func nestedFiltersSeeTheirOwnCurrentNode() throws {
        let json = #"[{"tags": ["a", "b"]}, {"tags": ["c"]}]"#
        #expect(try paths("$[?@.tags[?@ == 'b']]", in: json) == ["$[0]"])
    }
}
