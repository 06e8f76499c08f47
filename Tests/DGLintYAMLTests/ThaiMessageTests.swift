import DGLintModel
import DGLintYAML
import Testing

/// A proposal that cannot be loaded is a finding its author reads (INPUT-02), so every problem the loader
/// reports says what is wrong and what to do in Thai as well as in English — libyaml's own English sentence
/// may appear inside the Thai, quoted, but never stands for it.
@Suite("Loader problems in Thai")
struct ThaiMessageTests {
    /// One input for each kind of problem: the loader's own, libyaml's syntax errors with and without a hint,
    /// and its reader's encoding errors.
    static let cases: [(name: String, bytes: [UInt8], limits: YAMLLoader.Limits)] = [
        ("file too large", Array("a: 1234567890\n".utf8), YAMLLoader.Limits(maxFileSize: 10)),
        ("odd UTF-16", [0xFF, 0xFE, 0x61], YAMLLoader.Limits()),
        ("unpaired surrogate", [0xFF, 0xFE, 0x00, 0xD8, 0x61, 0x00], YAMLLoader.Limits()),
        ("short UTF-32", [0xFF, 0xFE, 0x00, 0x00, 0x61], YAMLLoader.Limits()),
        ("UTF-32 past U+10FFFF", [0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00], YAMLLoader.Limits()),
        ("duplicate key", Array("a: 1\na: 2\n".utf8), YAMLLoader.Limits()),
        ("mapping as a key", Array("? {a: 1}\n: x\n".utf8), YAMLLoader.Limits()),
        ("alias of a list as a key", Array("l: &l [1]\n*l : x\n".utf8), YAMLLoader.Limits()),
        ("unknown tag", Array("a: !!set x\n".utf8), YAMLLoader.Limits()),
        ("tag that does not fit", Array("a: !!int abc\n".utf8), YAMLLoader.Limits()),
        ("map tag on a list", Array("a: !!map [1]\n".utf8), YAMLLoader.Limits()),
        ("alias bomb", Array("a: &a [1, 1]\nb: &b [*a, *a]\nc: [*b, *b]\n".utf8), YAMLLoader.Limits(maxAliasNodes: 5)),
        ("too deep", Array("a: [[[[[[1]]]]]]\n".utf8), YAMLLoader.Limits(maxDepth: 3)),
        ("too many values", Array("a: [1, 2, 3, 4, 5, 6]\n".utf8), YAMLLoader.Limits(maxNodes: 4)),
        ("undefined alias", Array("a: *nowhere\n".utf8), YAMLLoader.Limits()),
        ("alias inside its own anchor", Array("a: &x [*x]\n".utf8), YAMLLoader.Limits()),
        ("syntax with a hint", Array("a: 1\n b: 2\n".utf8), YAMLLoader.Limits()),
        ("syntax without a hint", Array("a: |\n  x\n- b\n".utf8), YAMLLoader.Limits()),
        ("tab", Array("a:\n\tb: 1\n".utf8), YAMLLoader.Limits()),
        ("NUL byte", Array("a: x".utf8) + [0] + Array("\n".utf8), YAMLLoader.Limits()),
        ("control character", Array("a: x".utf8) + [0x07] + Array("\n".utf8), YAMLLoader.Limits()),
        ("TIS-620 Thai", Array("a: ".utf8) + [0xC3, 0xD0, 0xBA, 0xBA, 0x0A], YAMLLoader.Limits()),
        ("invalid UTF-8 lead byte", Array("a: ".utf8) + [0xFF, 0x0A], YAMLLoader.Limits()),
    ]

    @Test("every problem has a Thai sentence of its own", arguments: cases.indices)
    func everyProblemHasThai(_ index: Int) throws {
        let (name, bytes, limits) = Self.cases[index]
        let error: Diagnostic
        do {
            _ = try YAMLLoader(limits: limits).load(bytes, file: "test.yaml")
            Issue.record("\(name): loaded without an error")
            return
        } catch let caught {
            error = caught
        }
        let thai = try #require(error.thai, "\(name): \(error.message) has no Thai")
        #expect(thai != error.message, "\(name)")
        #expect(Self.thaiLetters(in: thai) >= 8, "\(name): \(thai)")
        #expect(error.text == LocalizedText(th: thai, en: error.message))
        for note in error.notes {
            #expect(Self.thaiLetters(in: note.thai ?? "") >= 4, "\(name): note \(note.message) has no Thai")
        }
    }

    @Test("libyaml's sentence is kept, quoted, in the Thai; the hint is translated")
    func libyamlSentenceIsQuotedInThai() throws {
        let error = try #require(loadError("a: 1\n b: 2\n"))
        #expect(error.message.hasPrefix("mapping values are not allowed in this context; "))
        #expect(
            error.thai
                == "libyaml แจ้งว่า \"mapping values are not allowed in this context\"; "
                + "': ' ที่อยู่ในค่าจะเริ่มคีย์ใหม่; ใส่ค่านั้นไว้ในเครื่องหมายคำพูด หรือตรวจการย่อหน้า")
    }

    @Test("a diagnostic without Thai reads the same in both languages")
    func englishOnlyDiagnostic() {
        let diagnostic = Diagnostic(code: "pack.key", message: "unknown key 'rulez'")
        #expect(diagnostic.text == LocalizedText("unknown key 'rulez'"))
    }

    /// How many characters of the Thai block (U+0E00–U+0E7F) `text` holds.
    static func thaiLetters(in text: String) -> Int {
        text.unicodeScalars.count { (0x0E00...0x0E7F).contains($0.value) }
    }
}
