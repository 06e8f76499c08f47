import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Testing

@Suite("Anchors and aliases")
struct AliasTests {
    @Test("an alias repeats the anchored node; the copy keeps the anchor's positions and the alias's key")
    func expansion() throws {
        let marked = MarkedText(
            """
            base: &b
              name: 1️⃣x2️⃣
              list: [1, 2]
            3️⃣copy4️⃣: *b
            other:
              5️⃣k: *b
            """)
        let document = try loadDocument(marked)
        let value = document.value
        let map = document.sourceMap
        #expect(value["copy"] == ["name": "x", "list": [1, 2]])
        #expect(value["other"]?["k"] == value["base"])
        #expect(map.count == 1 + 5 + 5 + 1 + 5)
        #expect(map.range(at: [.key("copy"), .key("name")], in: value) == marked.range(1, 2))
        #expect(map.keyRange(at: [.key("copy")], in: value) == marked.range(3, 4))
        #expect(map.keyRange(at: [.key("other"), .key("k")], in: value)?.start == marked[5])
        #expect(map.range(at: [.key("other"), .key("k"), .key("list"), .index(1)], in: value)?.start.line == 3)
    }

    @Test("a scalar alias and an alias used as a key")
    func scalarsAndKeys() throws {
        #expect(loadValue("a: &v ๑๒\nb: *v") == ["a": "๑๒", "b": "๑๒"])
        #expect(loadValue("- &k name: 1\n- *k : 2") == [["name": 1], ["name": 2]])
        #expect(loadValue("a: &n 0x10\nb: *n") == ["a": 16, "b": 16])
        #expect(loadError("- &m {a: 1}\n- {*m : 2}")?.code == "yaml.key")
    }

    @Test("a later anchor of the same name replaces the earlier one")
    func redefinedAnchor() {
        #expect(loadValue("a: &x 1\nb: *x\nc: &x 2\nd: *x") == ["a": 1, "b": 1, "c": 2, "d": 2])
    }

    @Test("an unknown alias is an error at the alias; a self-reference is called a cycle")
    func unknownAndCycle() {
        let unknown = loadError("a: 1\nb: *nope")
        #expect(unknown?.code == "yaml.alias")
        #expect(unknown?.message.contains("undefined alias '*nope'") == true)
        #expect(unknown?.location?.range?.start == SourcePosition(line: 2, column: 4, offset: 8))
        let cycle = loadError("a: &x [1, *x]")
        #expect(cycle?.code == "yaml.alias")
        #expect(cycle?.message.contains("refers to the node that contains it") == true)
    }

    @Test("anchors do not reach into the next document")
    func anchorsPerDocument() {
        #expect(loadError("a: &x 1\n---\nb: *x")?.code == "yaml.alias")
    }

    @Test("the alias budget counts every node an alias adds")
    func budgetIsExact() {
        let limits = YAMLLoader.Limits(maxAliasNodes: 6)
        #expect(loadError("a: &a [1, 2]\nb: *a\nc: *a", limits: limits) == nil)
        let error = loadError("a: &a [1, 2]\nb: *a\nc: *a\nd: *a", limits: limits)
        #expect(error?.code == "yaml.alias-budget")
        #expect(error?.location?.range?.start == SourcePosition(line: 4, column: 4, offset: 28))
    }

    @Test("a billion-laughs alias bomb fails fast at the alias past the budget")
    func billionLaughs() throws {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            let aliases = Array(repeating: "*\(previous)", count: 10).joined(separator: ", ")
            text += "\(name): &\(name) [\(aliases)]\n"
        }
        let clock = ContinuousClock()
        var error: Diagnostic?
        let elapsed = clock.measure { error = loadError(text) }
        #expect(error?.code == "yaml.alias-budget")
        #expect(
            error?.message
                == "aliases expand to more than 100000 nodes (an \"alias bomb\"); remove the aliases or write the data out"
        )
        // Level e (line 5) is the first whose aliases push the total past 100,000.
        #expect(error?.location?.range?.start.line == 5)
        #expect(elapsed < .seconds(1))
    }

    @Test("the depth limit counts nesting through aliases")
    func depthThroughAlias() {
        let limits = YAMLLoader.Limits(maxDepth: 3)
        #expect(loadError("a: &a [[1]]\nb: *a", limits: limits) == nil)
        let error = loadError("a: &a [[1]]\nb: [*a]", limits: limits)
        #expect(error?.code == "yaml.depth")
        #expect(error?.message.contains("this alias makes the data nest more than 3 levels deep") == true)
        #expect(error?.location?.range?.start == SourcePosition(line: 2, column: 5, offset: 16))
    }
}
