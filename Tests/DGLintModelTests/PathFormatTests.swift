import DGLintModel
import Testing

@Suite("Printing paths: normalized, JSON pointer, dotted")
struct PathFormatTests {
    @Test(
        "RFC 9535 normalized paths escape names as section 2.7 prescribes",
        arguments: [
            ([PathElement](), "$"),
            ([.key("budget"), .key("items"), .index(0)], "$['budget']['items'][0]"),
            ([.key("it's")], #"$['it\'s']"#),
            ([.key(#"a\b"#)], #"$['a\\b']"#),
            ([.key("\u{08}\u{0C}\n\r\t")], #"$['\b\f\n\r\t']"#),
            ([.key("\u{00}\u{1F}")], #"$['\u0000\u001f']"#),
            // DEL and quotes other than ' are not escaped in a normalized path.
            ([.key("\u{7F}\"")], "$['\u{7F}\"']"),
            ([.key("")], "$['']"),
            ([.key("งบประมาณ"), .index(12)], "$['งบประมาณ'][12]"),
        ])
    func normalized(path: [PathElement], text: String) {
        #expect(PathFormat.normalized(path) == text)
    }

    @Test(
        "RFC 6901 pointers escape '~' as ~0 and '/' as ~1",
        arguments: [
            ([PathElement](), ""),
            ([.key("budget"), .key("items"), .index(0)], "/budget/items/0"),
            ([.key("a/b")], "/a~1b"),
            ([.key("m~n")], "/m~0n"),
            // Escaping '~' first keeps a literal "~1" apart from an escaped '/'.
            ([.key("~1")], "/~01"),
            ([.key("")], "/"),
            ([.key(""), .key("")], "//"),
            ([.key("ชื่อ เต็ม")], "/ชื่อ เต็ม"),
        ])
    func pointer(path: [PathElement], text: String) {
        #expect(PathFormat.pointer(path) == text)
    }

    @Test(
        "dotted paths for messages quote only names that are not plain",
        arguments: [
            ([PathElement](), "$"),
            ([.key("budget"), .key("items"), .index(0), .key("amount")], "budget.items[0].amount"),
            ([.index(2), .key("name")], "[2].name"),
            ([.key("by_fiscal_year"), .key("2569")], "by_fiscal_year.2569"),
            ([.key("a-b"), .key("c_d")], "a-b.c_d"),
            ([.key("a b"), .key("c")], "['a b'].c"),
            ([.key("x"), .key("a.b")], "x['a.b']"),
            ([.key("x"), .key("it's")], #"x['it\'s']"#),
            ([.key("")], "['']"),
            ([.key("งบประมาณ")], "งบประมาณ"),
            ([.index(12345), .index(0)], "[12345][0]"),
            // Names are read byte by byte while they are ASCII, then scalar by scalar: every mix decides alike.
            ([.key("a2งบ")], "a2งบ"),
            ([.key("a—b")], "['a—b']"),
            ([.key("งบ ประมาณ")], "['งบ ประมาณ']"),
            ([.key("a\u{7F}")], "['a\u{7F}']"),
        ])
    func dotted(path: [PathElement], text: String) {
        #expect(PathFormat.dotted(path) == text)
    }

    /// Thai words are plain names, tone marks included: `ชื่อ` (with MAI EK, U+0E48) must print as plainly as
    /// `งบประมาณ` does. U+0E48–U+0E4B are not Unicode "Alphabetic", so a check on `isAlphabetic` alone quotes them.
    @Test("Thai names with tone marks are plain too")
    func thaiToneMarks() {
        #expect(PathFormat.dotted([.key("ผู้รับผิดชอบ"), .key("ชื่อ")]) == "ผู้รับผิดชอบ.ชื่อ")
    }

    @Test("path elements describe themselves")
    func elementDescription() {
        #expect(PathElement.key("a").description == "a")
        #expect(PathElement.index(3).description == "3")
    }
}
