import DGLintJSONPath
import DGLintModel
import DGLintTestSupport
import Testing

/// Node locations and their RFC 9535 normalized paths (section 2.7), including escapes and the orders
/// of wildcard and descendant segments.
@Suite struct NormalizedPathTests {
    @Test func namesAreEscapedAsTheRFCRequires() throws {
        let json = #"{"a'b": 1, "back\\slash": 2, "tab\tnl\n": 3, "ctl\u0001\u001f": 4, "ไทย": 5, "del\u007f": 6}"#
        #expect(
            try paths("$.*", in: json) == [
                #"$['a\'b']"#, #"$['back\\slash']"#, #"$['tab\tnl\n']"#, #"$['ctl\u0001\u001f']"#, "$['ไทย']",
                "$['del\u{7F}']",
            ])
    }

    @Test func negativeIndicesResolveToNonNegativeOnes() throws {
        #expect(try paths("$[-1, 0, -3]", in: "[10, 20, 30]") == ["$[2]", "$[0]", "$[0]"])
    }

    @Test func descendantsComeInDocumentOrderParentsFirst() throws {
        let json = #"{"b": {"x": 1, "c": [{"x": 2}]}, "a": {"x": 3}}"#
        #expect(try paths("$..x", in: json) == ["$['b']['x']", "$['b']['c'][0]['x']", "$['a']['x']"])
        #expect(
            try paths("$..*", in: json) == [
                "$['b']", "$['a']", "$['b']['x']", "$['b']['c']", "$['b']['c'][0]", "$['b']['c'][0]['x']",
                "$['a']['x']",
            ])
    }

    @Test func duplicatesAreKept() throws {
        #expect(try paths("$['a', 'a', *]", in: #"{"a": 1}"#) == ["$['a']", "$['a']", "$['a']"])
    }

    @Test func namesMatchByScalarsNotByCanonicalEquivalence() throws {
        let json = #"{"e\u0301": 1}"#
        #expect(try values("$['\u{E9}']", in: json).isEmpty)
        #expect(try values("$['e\\u0301']", in: json) == [1])
    }

    @Test func stringLiteralEscapesDecode() throws {
        let json = #"{"😀": 1, "a\"b": 2, "/": 3, "\b\f": 4}"#
        #expect(try values(#"$['\uD83D\uDE00']"#, in: json) == [1])
        #expect(try values(#"$["a\"b"]"#, in: json) == [2])
        #expect(try values(#"$['\/']"#, in: json) == [3])
        #expect(try values(#"$['\b\f']"#, in: json) == [4])
        #expect(try values(#"$['\u00e9', "\u00E9"]"#, in: #"{"é": 5}"#) == [5, 5])
    }

    @Test func shorthandNamesAllowNonASCII() throws {
        #expect(try values("$.งบประมาณ._x1", in: #"{"งบประมาณ": {"_x1": 9}}"#) == [9])
    }
}
