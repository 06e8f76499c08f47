import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Testing

/// Loads a marked fixture that must hold exactly one document.
func loadDocument(_ marked: MarkedText) throws -> LoadedDocument {
    let documents = try YAMLLoader().load(marked.text, file: "test.yaml")
    try #require(documents.count == 1)
    return documents[0]
}

@Suite("Positions in the source map")
struct PositionTests {
    @Test("Thai text before a node on the same line: columns count scalars, offsets count UTF-8 bytes")
    func thaiOnTheSameLine() throws {
        let marked = MarkedText(
            """
            1️⃣title: ชื่อโครงการ
            owner: {ชื่อ: 2️⃣สมชาย3️⃣, 4️⃣ปี5️⃣: 6️⃣2569}
            """)
        let document = try loadDocument(marked)
        let map = document.sourceMap
        let name = try #require(map.range(at: [.key("owner"), .key("ชื่อ")], in: document.value))
        #expect(name == marked.range(2, 3))
        // `ชื่อ` is 4 scalars of 3 bytes each.
        let before = "title: ชื่อโครงการ\nowner: {ชื่อ: "
        #expect(marked[2] == SourcePosition(line: 2, column: 15, offset: before.utf8.count))
        let year = try #require(map.range(at: [.key("owner"), .key("ปี")], in: document.value))
        #expect(year.start == marked[6])
        #expect(map.keyRange(at: [.key("owner"), .key("ปี")], in: document.value) == marked.range(4, 5))
        #expect(document.value["owner"]?["ปี"] == 2569)
    }

    @Test(
        "offsets stay exact across runs of multi-byte text of every length",
        arguments: ["ก", "é", "😀", "a", "กa", "ก😀é"])
    func offsetsAcrossWords(unit: String) throws {
        // Values and keys of every length from 0 to 40 units, so that marks fall at every place in an
        // eight-byte word and runs of text cross many words.
        var text = ""
        var expected: [(key: String, keyOffset: Int, value: Range<Int>, line: Int)] = []
        for length in 0...40 {
            let key = "k\(length)" + String(repeating: unit, count: length % 7)
            let keyOffset = text.utf8.count
            text += key + ": "
            let value = String(repeating: unit, count: length) + "x"
            expected.append((key, keyOffset, text.utf8.count..<text.utf8.count + value.utf8.count, length + 1))
            text += value + "\n"
        }
        let document = try #require(try YAMLLoader().load(text, file: "test.yaml").first)
        for entry in expected {
            let path: [PathElement] = [.key(entry.key)]
            let range = try #require(document.sourceMap.range(at: path, in: document.value))
            #expect(range.start.offset..<range.end.offset == entry.value)
            #expect(range.start.line == entry.line)
            let key = try #require(document.sourceMap.keyRange(at: path, in: document.value))
            #expect(key.start.offset == entry.keyOffset)
            #expect(key.end.offset == entry.keyOffset + entry.key.utf8.count)
            #expect(key.start.column == 1)
        }
    }

    @Test("keys and values have their own ranges; the root starts at the first node")
    func keysAndValues() throws {
        let marked = MarkedText(
            """
            # comment
            1️⃣project:
              2️⃣name3️⃣: 4️⃣ระบบ e-Service5️⃣
              6️⃣budget7️⃣: 8️⃣1500000.509️⃣
            """)
        let document = try loadDocument(marked)
        let map = document.sourceMap
        #expect(map.range(ofNode: 0).start == marked[1])
        let path: [PathElement] = [.key("project"), .key("name")]
        #expect(map.range(at: path, in: document.value) == marked.range(4, 5))
        #expect(map.keyRange(at: path, in: document.value) == marked.range(2, 3))
        let budget: [PathElement] = [.key("project"), .key("budget")]
        #expect(map.range(at: budget, in: document.value) == marked.range(8, 9))
        #expect(map.keyRange(at: budget, in: document.value) == marked.range(6, 7))
        // The project mapping starts at its first key and its key range is `project`.
        #expect(map.range(at: [.key("project")], in: document.value)?.start == marked[2])
        #expect(map.keyRange(at: [.key("project")], in: document.value)?.start == marked[1])
    }

    @Test("nested flow collections: each bracket pair is one node")
    func nestedFlow() throws {
        let marked = MarkedText("a: 1️⃣[2️⃣x3️⃣, 4️⃣[5️⃣ย6️⃣, {7️⃣k: 8️⃣v9️⃣}]]")
        let document = try loadDocument(marked)
        let map = document.sourceMap
        let value = document.value
        #expect(map.range(at: [.key("a")], in: value)?.start == marked[1])
        #expect(map.range(at: [.key("a"), .index(0)], in: value) == marked.range(2, 3))
        #expect(map.range(at: [.key("a"), .index(1)], in: value)?.start == marked[4])
        #expect(map.range(at: [.key("a"), .index(1), .index(0)], in: value) == marked.range(5, 6))
        #expect(map.range(at: [.key("a"), .index(1), .index(1), .key("k")], in: value) == marked.range(8, 9))
        #expect(map.keyRange(at: [.key("a"), .index(1), .index(1), .key("k")], in: value)?.start == marked[7])
        // Pre-order: root, a, x, inner list, ย, inner map, v.
        #expect(map.count == 7)
    }

    @Test("block scalars start at their indicator; the next key keeps its own position")
    func blockScalars() throws {
        let marked = MarkedText(
            """
            summary: 1️⃣|
              บรรทัดแรก
              second line
            2️⃣next: 3️⃣>-
              folded
              text
            """)
        let document = try loadDocument(marked)
        let map = document.sourceMap
        let value = document.value
        #expect(value["summary"] == "บรรทัดแรก\nsecond line\n")
        #expect(value["next"] == "folded text")
        #expect(map.range(at: [.key("summary")], in: value)?.start == marked[1])
        #expect(map.keyRange(at: [.key("next")], in: value)?.start == marked[2])
        #expect(map.range(at: [.key("next")], in: value)?.start == marked[3])
        let end = try #require(map.range(at: [.key("summary")], in: value)?.end)
        #expect(end.offset <= marked[2].offset && end.line >= 3)
    }

    @Test("sequence items in a block list, with Thai keys")
    func blockSequence() throws {
        let marked = MarkedText(
            """
            รายการ:
              - 1️⃣ครุภัณฑ์2️⃣
              - 3️⃣ราคา: 4️⃣100
            """)
        let document = try loadDocument(marked)
        let map = document.sourceMap
        let value = document.value
        #expect(map.range(at: [.key("รายการ"), .index(0)], in: value) == marked.range(1, 2))
        #expect(map.range(at: [.key("รายการ"), .index(1)], in: value)?.start == marked[3])
        #expect(map.range(at: [.key("รายการ"), .index(1), .key("ราคา")], in: value)?.start == marked[4])
        #expect(marked[4].offset == Array(marked.text.utf8).firstIndex(of: UInt8(ascii: "1")))
    }

    @Test("a UTF-8 byte-order mark is skipped but counted in offsets")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: ข\n".utf8)
        let documents = try YAMLLoader().load(bytes, file: "bom.yaml")
        let document = try #require(documents.first)
        #expect(document.value == ["a": "ข"])
        let range = document.sourceMap.range(at: [.key("a")], in: document.value)
        #expect(
            range == SourceRange(start: .init(line: 1, column: 4, offset: 6), end: .init(line: 1, column: 5, offset: 9))
        )
    }

    @Test("CRLF line ends count as one line break")
    func crlf() throws {
        let document = try #require(try YAMLLoader().load("a: 1\r\nขอ: 2\r\nc: 3\r\n", file: "crlf.yaml").first)
        let range = document.sourceMap.range(at: [.key("c")], in: document.value)
        #expect(range?.start == SourcePosition(line: 3, column: 4, offset: 20))
    }
}
