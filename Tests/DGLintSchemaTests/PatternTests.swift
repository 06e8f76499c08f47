import DGLintModel
import DGLintSchema
import Testing

/// ECMA-262 features that the translation layer adds on top of LinearRegex.
@Test(arguments: [
    (#"^\\p{Letter}+$"#, ["ภาษาไทย", "Ünïcode"], ["abc1", ""]),
    (#"^\\P{L}+$"#, ["123 !"], ["a1"]),
    (#"^[\\p{Lu}\\d]+$"#, ["AB12"], ["Ab"]),
    (#"^\\p{sc=Thai}+$"#, ["กขค๑๒"], ["abc"]),
    (#"^\\cJ$"#, ["\n"], ["J"]),
    (#"^\\s$"#, ["\u{3000}", "\u{FEFF}", "\u{2028}"], ["\u{85}", "a"]),
    (#"^.$"#, ["a", "ก"], ["\n", "\r", "\u{2028}"]),
    (#"^\\d+$"#, ["0123"], ["๑๒๓"]),
    (#"^\\w+$"#, ["a_1"], ["ก"]),
    ("a+", ["xaay"], ["xyz"]),
])
func ecmaPattern(_ pattern: String, _ matching: [String], _ failing: [String]) throws {
    let schema = try compile(#"{"pattern": "\#(pattern)"}"#)
    for text in matching { #expect(schema.isValid(.string(text)), "\(pattern) should match \(text.debugDescription)") }
    for text in failing {
        #expect(!schema.isValid(.string(text)), "\(pattern) should not match \(text.debugDescription)")
    }
}

/// An unknown Unicode property is a compile error.
@Test func unknownPropertyIsACompileError() throws {
    let error = #expect(throws: SchemaError.self) { try compile(#"{"pattern": "\\p{Klingon}"}"#) }
    #expect(error?.schemaPath == "/pattern")
    #expect(error?.message.contains("Klingon") == true)
}
