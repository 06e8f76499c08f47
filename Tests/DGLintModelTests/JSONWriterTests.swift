import DGLintModel
import DGLintTestSupport
import Testing

@Suite("Writing values as JSON")
struct JSONWriterTests {
    @Test(
        "strings get exactly the escapes RFC 8259 requires",
        arguments: [
            ("plain", #""plain""#),
            ("say \"hi\"", #""say \"hi\"""#),
            (#"C:\dir"#, #""C:\\dir""#),
            ("a\nb\rc\td", #""a\nb\rc\td""#),
            ("\u{08}\u{0C}", #""\b\f""#),
            ("\u{00}\u{01}\u{1F}", #""\u0000\u0001\u001f""#),
            ("\u{7F}", #""\u007f""#),
            ("a/b", #""a/b""#),
            ("ภาษาไทย 🇹🇭", #""ภาษาไทย 🇹🇭""#),
            ("ก\"ข\nค\u{7F}😀\\", #""ก\"ข\nค\u007f😀\\""#),
            ("\"", #""\"""#), ("", #""""#),
        ])
    func quoting(text: String, json: String) throws {
        #expect(JSONWriter.quoted(text) == json)
        var bytes: [UInt8] = []
        JSONWriter.appendQuoted(text, to: &bytes)
        #expect(bytes == Array(json.utf8))
        #expect(try TestJSON.parse(json) == .string(text))
    }

    @Test("every ASCII character at every place of a longer text is escaped as one byte at a time would be")
    func quotingLongTextAtEveryAlignment() {
        for padding in ["abcdefghijklmnopqrstu", "กขคงจฉช", "a😀bกc"] {
            let padding = Array(padding.unicodeScalars)
            for scalar in (0...0x7F).compactMap(Unicode.Scalar.init) {
                for place in 0...padding.count {
                    var scalars = String.UnicodeScalarView()
                    scalars.append(contentsOf: padding[..<place])
                    scalars.append(scalar)
                    scalars.append(contentsOf: padding[place...])
                    let text = String(scalars)
                    var bytes: [UInt8] = []
                    JSONWriter.appendQuoted(text, to: &bytes)
                    #expect(bytes == Self.quotedByteByByte(text), "U+\(String(scalar.value, radix: 16)) at \(place)")
                }
            }
        }
    }

    /// RFC 8259's escapes, one byte at a time: the reference for the writer's quicker scan.
    static func quotedByteByByte(_ text: String) -> [UInt8] {
        var out = Array("\"".utf8)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += Array(#"\""#.utf8)
            case 0x5C: out += Array(#"\\"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0x08: out += Array(#"\b"#.utf8)
            case 0x0C: out += Array(#"\f"#.utf8)
            case 0x00..<0x20, 0x7F:
                let hex = String(byte, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(byte)
            }
        }
        return out + Array("\"".utf8)
    }

    @Test(
        "numbers",
        arguments: [
            (1.0, "1.0"), (-0.0, "0.0"), (2.5, "2.5"), (-2.5, "-2.5"), (0.1, "0.1"),
            (123_456_789_012_345.0, "123456789012345.0"),
            (1e15, "1000000000000000.0"), (1e20, "1e+20"), (1e-7, "1e-07"), (.infinity, "null"), (-.infinity, "null"),
            (.nan, "null"),
        ])
    func numbers(number: Double, json: String) {
        #expect(JSONWriter.number(number) == json)
        #expect(Value.double(number).jsonText() == json)
    }

    @Test("canonical JSON writes an integral double as an integer, so 1 and 1.0 give one text")
    func canonicalNumbers() {
        #expect(Value.double(1.0).canonicalJSON == "1")
        #expect(Value.double(2.5).canonicalJSON == "2.5")
        #expect(Value.array([1, 1.0]).canonicalJSON == "[1,1]")
    }

    @Test("integers are written whole, to the extremes")
    func integers() {
        #expect(Value.int(Int.min).jsonText() == "-9223372036854775808")
        #expect(Value.int(Int.max).jsonText() == "9223372036854775807")
    }

    static let sample: Value = ["b": [1, [:], []], "a": nil, "ชื่อ": ["t": true, "f": false]]

    @Test("compact text keeps document order")
    func compact() {
        #expect(Self.sample.jsonText() == #"{"b":[1,{},[]],"a":null,"ชื่อ":{"t":true,"f":false}}"#)
    }

    @Test("canonical JSON sorts members at every level")
    func canonical() {
        let value: Value = ["b": ["y": 1, "x": 2], "a": [["d": 1, "c": 2]]]
        #expect(value.canonicalJSON == #"{"a":[{"c":2,"d":1}],"b":{"x":2,"y":1}}"#)
        let reordered: Value = ["a": [["c": 2, "d": 1.0]], "b": ["x": 2.0, "y": 1]]
        #expect(reordered.canonicalJSON == value.canonicalJSON)
    }

    @Test("pretty text indents by two spaces and keeps empty containers on one line")
    func pretty() throws {
        let text = Self.sample.jsonText(pretty: true)
        #expect(
            text == """
                {
                  "b": [
                    1,
                    {},
                    []
                  ],
                  "a": null,
                  "ชื่อ": {
                    "t": true,
                    "f": false
                  }
                }
                """)
        #expect(try TestJSON.parse(text) == Self.sample)
    }

    @Test("pretty and sorted together")
    func prettySorted() {
        let value: Value = ["b": 1, "a": [2]]
        #expect(value.jsonText(pretty: true, sortKeys: true) == "{\n  \"a\": [\n    2\n  ],\n  \"b\": 1\n}")
    }

    @Test("scalars on their own")
    func scalars() {
        #expect(Value.null.jsonText() == "null")
        #expect(Value.bool(true).jsonText(pretty: true) == "true")
        #expect(Value.string("x").canonicalJSON == #""x""#)
    }
}
