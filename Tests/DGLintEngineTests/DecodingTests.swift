import DGLintModel
import DGLintTestSupport
import Testing

@testable import DGLintEngine

@Suite("Suggestions and decoding nodes")
struct DecodingTests {
    @Test(
        "edit distance counts an adjacent transposition as one edit",
        arguments: [
            ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("severity", "severity", 0), ("sevrity", "severity", 1),
            ("sevreity", "severity", 1), ("ab", "ba", 1), ("abcd", "acbd", 1), ("kitten", "sitting", 3),
            ("ca", "abc", 3), ("ชื่อ", "ชือ", 1),
        ])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) == distance)
        #expect(Suggestion.editDistance(Array(b.unicodeScalars), Array(a.unicodeScalars)) == distance)
    }

    @Test("the closest candidate is suggested only when it is a likely typo")
    func closest() {
        let keys = ["severity", "title", "then", "when"]
        #expect(Suggestion.closest(to: "sevrity", among: keys) == "severity")
        #expect(Suggestion.closest(to: "SEVERITY", among: keys) == "severity")
        #expect(Suggestion.closest(to: "titel", among: keys) == "title")
        #expect(Suggestion.closest(to: "sev", among: keys) == nil)
        #expect(Suggestion.closest(to: "x", among: [String]()) == nil)
        // Up to a third of the word's length, at least one and at most three edits.
        #expect(Suggestion.closest(to: "ab", among: ["ax"]) == "ax")
        #expect(Suggestion.closest(to: "abcdef", among: ["abcxyz"]) == nil)
        #expect(Suggestion.closest(to: "abcdefghijklmnop", among: ["abcdefghijklmxyz"]) == "abcdefghijklmxyz")
        #expect(Suggestion.closest(to: "abcdefghijklmnop", among: ["abcdefghijklwxyz"]) == nil)
        #expect(Suggestion.didYouMean("thn", among: keys) == "; did you mean 'then'?")
        #expect(Suggestion.didYouMean("zzzz", among: keys) == "")
    }

    static func node(_ yaml: String) throws -> (DecodingNode, MarkedText) {
        let fixture = try MarkedYAML(yaml, file: "f.yaml")
        let loaded = try #require(fixture.documents.first)
        let document = SourceDocument(file: "f.yaml", value: loaded.value, sourceMap: loaded.sourceMap)
        return (DecodingNode(document: document), fixture.marked)
    }

    @Test("checkMapping reports unknown keys at the key and missing keys at the mapping's key")
    func checkMapping() throws {
        let (root, marks) = try Self.node("1️⃣thing:\n  2️⃣nmae: x\n  3️⃣zzz: y\n")
        let thing = try #require(root.child("thing"))
        let collector = DiagnosticCollector()
        #expect(
            thing.checkMapping(collector, what: "the thing", allowed: ["name", "size"], required: ["size"], code: "t"))
        #expect(
            collector.diagnostics.map(\.message) == [
                "unknown key 'nmae' in the thing; did you mean 'name'?",
                "unknown key 'zzz' in the thing; the keys allowed here are 'name', 'size'",
                "the thing has no 'size'; add it",
            ])
        #expect(collector.diagnostics.map(\.code) == ["t.unknown-key", "t.unknown-key", "t.missing-key"])
        #expect(collector.diagnostics.map { $0.location?.range?.start } == [2, 3, 1].map { marks[$0] })
        #expect(collector.hasErrors)
        let scalar = try #require(thing.child("zzz"))
        #expect(!scalar.checkMapping(collector, what: "zzz", allowed: []))
        #expect(collector.diagnostics.last?.message == "zzz must be a mapping, but it is a text")
    }

    @Test("proposal texts may be plain Thai; pack texts must give both languages")
    func localizedText() throws {
        let (root, _) = try Self.node("plain: ชื่อ\nboth: {th: ก, en: a}\n")
        let collector = DiagnosticCollector()
        let plain = try #require(root.child("plain"))
        #expect(plain.localizedText(collector, what: "x", plainIsThai: true) == LocalizedText(th: "ชื่อ", en: ""))
        #expect(collector.diagnostics.isEmpty)
        #expect(plain.localizedText(collector, what: "x") == nil)
        #expect(collector.diagnostics.count == 1)
        #expect(try #require(root.child("both")).localizedText(collector, what: "y") == LocalizedText(th: "ก", en: "a"))
    }

    @Test(
        "location(atOffset:) finds a character inside a one-line string",
        arguments: [
            ("k: 1️⃣$.abc\n", 0), ("k: $.a2️⃣bc\n", 3), ("k: \"$.a2️⃣bc\"\n", 3), ("k: '$.abc2️⃣'\n", 5),
            ("k: $['ชื่อ']2️⃣.x\n", 9), ("k: $.a2️⃣\n", 99),
        ])
    func locationAtOffset(yaml: String, offset: Int) throws {
        let (root, marks) = try Self.node(yaml)
        let node = try #require(root.child("k"))
        let expected = marks.markers[2] ?? marks[1]
        #expect(node.location(atOffset: offset).range?.start == expected)
        #expect(node.location(atOffset: offset).range?.end == expected)
    }

    @Test("location(atOffset:) falls back to the node's start where columns cannot be trusted")
    func locationFallback() throws {
        let (root, marks) = try Self.node("a: 1️⃣\"x\\ty\"\nb: 2️⃣>\n  folded\n  text\nc: 3️⃣12\n")
        #expect(try #require(root.child("a")).location(atOffset: 2).range?.start == marks[1])
        #expect(try #require(root.child("b")).location(atOffset: 2).range?.start == marks[2])
        #expect(try #require(root.child("c")).location(atOffset: 1).range?.start == marks[3])
    }

    @Test("choice reports a value outside the choices at the value")
    func choice() throws {
        let (root, marks) = try Self.node("level: 1️⃣hight\n")
        let collector = DiagnosticCollector()
        #expect(try #require(root.child("level")).choice(["low", "high"], collector, what: "the level") == nil)
        #expect(
            collector.diagnostics.first?.message
                == "the level is 'hight', which is not one of low, high; did you mean 'high'?")
        #expect(collector.diagnostics.first?.location?.range?.start == marks[1])
    }

    @Test("trimmingSpaces removes Unicode spaces at both ends only")
    func trimming() {
        #expect("  a b \n".trimmingSpaces == "a b")
        #expect("\u{3000}ก\u{00A0}".trimmingSpaces == "ก")
        #expect(" \t\n".trimmingSpaces == "")
    }

    /// `string` takes a text as empty exactly when `trimmingSpaces` would leave nothing of it.
    @Test(
        "a text of spaces only is empty, Unicode spaces included",
        arguments: [" ", " \t\n", "\u{3000}\u{00A0}\u{2003}", "", "a", " ก ", "\u{3000}x\u{3000}", "\u{200B}"])
    func emptyTexts(_ text: String) {
        let node = DecodingNode(document: SourceDocument(file: "f.yaml", value: .string(text), sourceMap: SourceMap()))
        let collector = DiagnosticCollector()
        let read = node.string(collector, what: "the text")
        #expect(read == (text.trimmingSpaces.isEmpty ? nil : text))
        #expect(
            collector.diagnostics.map(\.message) == (read == nil ? ["the text is empty; write a text"] : []))
    }

    /// How a message names the node is worked out only when there is a message to write.
    @Test("the name of a node is built only for a message")
    func namesAreBuiltOnlyForMessages() throws {
        let (root, _) = try Self.node("good: {th: ก, en: a}\nbad: {th: ' ', fr: x}\nlist: [a, '']\n")
        let collector = DiagnosticCollector()
        var built = 0
        func name(_ text: String) -> String {
            built += 1
            return text
        }
        // Outside `#expect`, which evaluates the arguments of a call it is given to show them.
        let good = try #require(root.child("good"))
        let text = good.localizedText(collector, what: name("good"))
        let mapping = good.checkMapping(collector, what: name("good"), allowed: ["th", "en"])
        let choice = try #require(good.child("en")).choice(["a"], collector, what: name("en"))
        #expect(text == LocalizedText(th: "ก", en: "a") && mapping && choice == "a")
        #expect(built == 0)
        let bad = try #require(root.child("bad")).localizedText(collector, what: name("bad"))
        let list = try #require(root.child("list")).strings(collector, what: name("list"))
        #expect(bad == nil && list == nil)
        #expect(
            collector.diagnostics.map(\.message) == [
                "unknown key 'fr' in bad; the keys allowed here are 'th', 'en'",
                "the Thai text of bad is empty; write a text",
                "bad has no English text; add 'en'",
                "each entry of list is empty; write a text",
            ])
        #expect(built == 4)
    }
}
