import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Testing

@Suite("Documents in a stream")
struct StreamTests {
    @Test("each document is loaded on its own, with its index and its own source map")
    func severalDocuments() throws {
        let marked = MarkedText(
            """
            a: 1
            ---
            1️⃣b: 2️⃣2
            ...
            --- 3️⃣[x]
            """)
        let documents = try YAMLLoader().load(marked.text, file: "multi.yaml")
        #expect(documents.map(\.index) == [0, 1, 2])
        #expect(documents.map(\.value) == [["a": 1], ["b": 2], ["x"]])
        #expect(documents[1].sourceMap.range(ofNode: 0).start == marked[1])
        #expect(documents[1].sourceMap.range(at: [.key("b")], in: documents[1].value)?.start == marked[2])
        #expect(documents[2].sourceMap.range(ofNode: 0).start == marked[3])
        #expect(documents[2].sourceMap.count == 2)
    }

    @Test(
        "streams without documents give none",
        arguments: ["", "# only a comment\n", "\n\n   \n", "# หมายเหตุ\n# another\n"])
    func noDocuments(text: String) throws {
        #expect(try YAMLLoader().load(text, file: "empty.yaml").isEmpty)
        #expect(try YAMLLoader().load(Array(text.utf8), file: "empty.yaml").isEmpty)
    }

    @Test("an explicit but empty document is one null document with one node")
    func emptyDocument() throws {
        let documents = try YAMLLoader().load("---\n", file: "one.yaml")
        #expect(documents.count == 1)
        #expect(documents.first?.value == .null)
        #expect(documents.first?.sourceMap.count == 1)
    }

    @Test("an error in a later document reports its own line")
    func errorInLaterDocument() {
        let error = loadError("a: 1\n---\nb: [\n")
        #expect(error?.code == "yaml.syntax")
        #expect(error?.location?.range?.start.line == 4)
    }
}
