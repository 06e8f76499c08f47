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

    /// A block mapping of `count` keys `k0`, `k1`, … with the values 0, 1, …
    static func keys(_ count: Int, prefix: String = "k") -> String {
        (0..<count).map { "\(prefix)\($0): \($0)\n" }.joined()
    }

    @Test(
        "a duplicate is caught and names the first key, in a mapping scanned key by key and in one with an index",
        arguments: [
            (3, 1),  // small: the repeat is the fourth key
            (31, 0),  // the last key scanned one by one (of 32) repeats the first
            (32, 5),  // the first key checked against the index repeats one that was scanned
            (80, 2),  // a repeat far past the point where the index is made
            (80, 60),  // a repeat of a key that was added to the index
        ])
    func duplicateInSmallAndLargeMappings(before: Int, repeated: Int) throws {
        let text = Self.keys(before) + "k\(repeated): again\n"
        let error = try #require(loadError(text))
        #expect(error.code == "yaml.duplicate-key")
        #expect(
            error.message.hasPrefix(
                "duplicate key 'k\(repeated)' in this mapping; it was first given at \(repeated + 1):1"))
        #expect(
            error.location?.range?.start
                == SourcePosition(line: before + 1, column: 1, offset: Self.keys(before).utf8.count))
        let first = error.notes.first?.location?.range
        #expect(first?.start == SourcePosition(line: repeated + 1, column: 1, offset: Self.keys(repeated).utf8.count))
        #expect(first?.end.column == "k\(repeated)".count + 1)
    }

    @Test(
        "a large mapping keeps every key in order, with nested mappings that reuse its keys",
        arguments: [31, 32, 33, 100])
    func largeMappingLoads(count: Int) throws {
        let text = Self.keys(count) + "nested:\n" + Self.keys(count).split(separator: "\n").map { "  \($0)\n" }.joined()
        let value = try #require(loadValue(text)?.objectValue)
        #expect(value.count == count + 1)
        #expect(Array(value.keys) == (0..<count).map { "k\($0)" } + ["nested"])
        #expect(value.values.prefix(count).map { $0.intValue ?? -1 } == Array(0..<count))
        #expect(value["nested"]?.objectValue?.keys.elementsEqual((0..<count).map { "k\($0)" }) == true)
    }

    @Test(
        "keys are compared as Swift strings: canonically equivalent spellings are the same key",
        arguments: [0, 40])
    func canonicalEquivalence(padding: Int) {
        let pad = Self.keys(padding, prefix: "p")
        // U+212A KELVIN SIGN is canonically equivalent to the ASCII letter K.
        #expect(loadError(pad + "K: 1\n\"\u{212A}\": 2\n")?.code == "yaml.duplicate-key")
        #expect(loadError(pad + "\"\u{212A}\": 1\nK: 2\n")?.code == "yaml.duplicate-key")
        // é precomposed and e followed by a combining acute accent.
        #expect(loadError(pad + "caf\u{E9}: 1\ncafe\u{301}: 2\n")?.code == "yaml.duplicate-key")
        #expect(loadError(pad + "ชื่อ: 1\nชื่อ: 2\n")?.code == "yaml.duplicate-key")
        #expect(loadValue(pad + "ชื่อ: 1\nชื่อเรื่อง: 2\nK: 3\nk: 4\n")?.objectValue?.count == padding + 4)
    }

    @Test("an alias used as a key is checked like any other key")
    func aliasKeyDuplicate() {
        #expect(loadError("a: &k name\nm: {name: 1, *k : 2}")?.code == "yaml.duplicate-key")
        #expect(loadValue("a: &k name\nm: {other: 1, *k : 2}") == ["a": "name", "m": ["other": 1, "name": 2]])
        let many = (0..<40).map { "x\($0): \($0), " }.joined()
        #expect(loadError("a: &k x7\nm: {\(many)*k : 2}")?.code == "yaml.duplicate-key")
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
