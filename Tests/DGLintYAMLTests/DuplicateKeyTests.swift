import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Testing

@Suite("Duplicate keys and complex keys")
struct DuplicateKeyTests {
    @Test("a duplicate key names both positions, with a note at the first")
    func duplicateNamesBoth() throws {
        let marked = MarkedText(
            """
            project:
              1️⃣title2️⃣: ระบบ
              owner: กรม
              3️⃣title4️⃣: อีกชื่อ
            """)
        let error = try #require(loadError(marked.text))
        #expect(error.code == "yaml.duplicate-key")
        #expect(error.message.hasPrefix("duplicate key 'title' in this mapping; it was first given at 2:3"))
        #expect(error.location?.range == marked.range(3, 4))
        #expect(error.location?.file == "test.yaml")
        #expect(error.notes.count == 1)
        #expect(error.notes.first?.location?.range == marked.range(1, 2))
    }

    @Test("the first position is found after earlier siblings with nested content and aliases")
    func firstPositionAfterNestedSiblings() throws {
        let marked = MarkedText(
            """
            a: &x {p: [1, 2, {q: 3}]}
            1️⃣b: [*x, *x]
            c: *x
            b: 0
            """)
        let error = try #require(loadError(marked.text))
        #expect(error.notes.first?.location?.range?.start == marked[1])
        #expect(error.location?.range?.start.line == 4)
    }

    @Test("keys that differ only in quoting are the same key; 1 and '1' too")
    func quotingDoesNotMatter() {
        #expect(loadError("a: 1\n'a': 2")?.code == "yaml.duplicate-key")
        #expect(loadError("1: x\n\"1\": y")?.code == "yaml.duplicate-key")
        #expect(loadError("{\"k\": 1, \"k\": 2}")?.code == "yaml.duplicate-key")
    }

    @Test("the same key in different mappings is fine")
    func sameKeyInSiblings() {
        #expect(loadValue("a: {x: 1}\nb: {x: 2}") == ["a": ["x": 1], "b": ["x": 2]])
    }

    @Test("merge keys are ordinary keys (YAML 1.2 has no merge), so two of them are a duplicate")
    func mergeKeyIsOrdinary() {
        #expect(
            loadValue("base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2") == [
                "base": ["x": 1], "use": ["<<": ["x": 1], "y": 2],
            ])
        #expect(loadError("a: &b {x: 1}\nc:\n  <<: *b\n  <<: *b")?.code == "yaml.duplicate-key")
    }

    @Test(
        "a mapping or list as a key is an error at the key",
        arguments: [
            ("? [a, b]\n: 1", SourcePosition(line: 1, column: 3, offset: 2)),
            ("? {a: 1}\n: 1", SourcePosition(line: 1, column: 3, offset: 2)),
            ("x: 1\n? - a\n: 2", SourcePosition(line: 2, column: 3, offset: 7)),
        ])
    func complexKey(text: String, position: SourcePosition) {
        let error = loadError(text)
        #expect(error?.code == "yaml.key")
        #expect(error?.location?.range?.start == position)
        #expect(error?.message.contains("a mapping key must be a plain value") == true)
    }
}
