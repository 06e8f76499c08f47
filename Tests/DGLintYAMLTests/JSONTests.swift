import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Testing

@Suite("JSON through the YAML loader")
struct JSONTests {
    @Test("typical JSON loads with JSON's values")
    func values() throws {
        let json = """
            {"name": "ระบบ", "escaped": "\\u0e01\\u0e02", "emoji": "\\ud83d\\ude00", "n": 1.5e3, "zero": -0,
             "big": 12345678901234567890, "neg": -12, "list": [1, 2.5, true, false, null, {"k": []}],
             "slash": "a\\/b\\n", "empty": {}}
            """
        #expect(loadError(json) == nil)
        let value = try #require(loadValue(json))
        #expect(value["name"] == "ระบบ")
        #expect(value["escaped"] == "กข")
        #expect(value["emoji"] == "😀")
        #expect(value["n"] == .double(1500) && value["n"]?.kind == .number)
        #expect(value["zero"] == 0)
        #expect(value["big"] == .double(12_345_678_901_234_567_168) && value["big"]?.kind == .number)
        #expect(value["neg"] == -12 && value["neg"]?.kind == .integer)
        #expect(value["list"] == [1, 2.5, true, false, nil, ["k": []]])
        #expect(value["slash"] == "a/b\n")
        #expect(value["empty"] == [:])
        #expect(
            value.objectValue?.keys.elementsEqual(
                ["name", "escaped", "emoji", "n", "zero", "big", "neg", "list", "slash", "empty"]) == true)
    }

    @Test("positions in pretty-printed JSON, tabs included")
    func positions() throws {
        let marked = MarkedText(
            """
            {
            \t1️⃣"project"2️⃣: {
            \t\t"title": 3️⃣"ระบบ"4️⃣,
            \t\t"items": [5️⃣1.5e3, 6️⃣{"k": 7️⃣null8️⃣}]
            \t}
            }
            """)
        let document = try loadDocument(marked)
        let value = document.value
        let map = document.sourceMap
        #expect(map.keyRange(at: [.key("project")], in: value) == marked.range(1, 2))
        #expect(map.range(at: [.key("project"), .key("title")], in: value) == marked.range(3, 4))
        #expect(map.range(at: [.key("project"), .key("items"), .index(0)], in: value)?.start == marked[5])
        #expect(map.range(at: [.key("project"), .key("items"), .index(1)], in: value)?.start == marked[6])
        #expect(map.range(at: [.key("project"), .key("items"), .index(1), .key("k")], in: value) == marked.range(7, 8))
        #expect(value["project"]?["title"] == "ระบบ")
    }

    @Test("broken JSON is a syntax error with a position")
    func broken() throws {
        let error = try #require(loadError("{\"a\": 1,\n \"b\" 2}"))
        #expect(error.code == "yaml.syntax")
        #expect(error.location?.range?.start.line == 2)
    }
}

@Suite("JSON surrogate-pair escapes")
struct SurrogatePairTests {
    @Test("several pairs on one line keep the positions of what follows them")
    func positionsAfterPairs() throws {
        let marked = MarkedText(#"{"a": "\ud83d\ude00x\ud83c\udf89", "b": 1️⃣"\ud83d\ude00", 2️⃣"c": 3️⃣1}"#)
        let document = try loadDocument(marked)
        #expect(document.value == ["a": "😀x🎉", "b": "😀", "c": 1])
        #expect(document.sourceMap.range(at: [.key("b")], in: document.value)?.start == marked[1])
        #expect(document.sourceMap.keyRange(at: [.key("c")], in: document.value)?.start == marked[2])
        #expect(document.sourceMap.range(at: [.key("c")], in: document.value)?.start == marked[3])
    }

    @Test("pairs on later lines, and text that only looks like a pair outside double quotes, are kept right")
    func laterLinesAndOtherQuotes() throws {
        let marked = MarkedText(
            "{\"a\": '\\ud83d\\ude00',\n \"b\": \"\\ud83d\\ude00\",\n 1️⃣\"c\": [\"\\ud83d\\ude00\"]}")
        let document = try loadDocument(marked)
        #expect(document.value == ["a": "\\ud83d\\ude00", "b": "😀", "c": ["😀"]])
        #expect(document.sourceMap.keyRange(at: [.key("c")], in: document.value)?.start == marked[1])
    }

    @Test("a lone surrogate is an error at its escape with a hint")
    func loneSurrogate() throws {
        let error = try #require(loadError(#"{"a": "x\ud83d"}"#))
        #expect(error.code == "yaml.syntax")
        #expect(error.message.contains("surrogate pair"))
        #expect(error.location?.range?.start.column == 9)
    }
}
