import DGLintModel
import DGLintYAML
import Testing

/// The diagnostic raw bytes fail with, or nil when they load.
func loadError(bytes: [UInt8]) -> Diagnostic? {
    do {
        _ = try YAMLLoader().load(bytes, file: "bytes.yaml")
        return nil
    } catch {
        return error
    }
}

@Suite("Encodings and bad bytes")
struct EncodingErrorTests {
    @Test("invalid UTF-8 is an encoding error at the bad byte")
    func invalidUTF8() throws {
        let error = try #require(loadError(bytes: Array("a: ok\nb: ก".utf8) + [0xFF] + Array("\n".utf8)))
        #expect(error.code == "yaml.encoding")
        #expect(error.message.contains("not valid UTF-8"))
        #expect(error.message.contains("save it as UTF-8"))
        #expect(error.location?.range?.start == SourcePosition(line: 2, column: 5, offset: 12))
    }

    @Test("Thai text saved as TIS-620 points at the first broken character and names the likely encoding")
    func thaiInTIS620() throws {
        // "ระบบ" in TIS-620 is C3 D0 BA BA: 0xC3 starts a two-byte UTF-8 sequence that 0xD0 breaks.
        let error = try #require(loadError(bytes: Array("a: ok\nb: ".utf8) + [0xC3, 0xD0, 0xBA, 0xBA] + [0x0A]))
        #expect(error.code == "yaml.encoding")
        #expect(error.location?.range?.start == SourcePosition(line: 2, column: 4, offset: 9))
        #expect(
            error.message
                == "the file is not valid UTF-8: the character that starts at byte 9 is broken by the byte 0xD0 "
                + "(invalid trailing UTF-8 octet); it may have been saved in another encoding, such as TIS-620 "
                + "(Windows-874) for Thai: save it as UTF-8")
        // A three-byte character cut off after its second byte is found from its first.
        let cut = loadError(bytes: Array("a: ก".utf8) + [0xE0, 0xB8, 0x41])
        #expect(cut?.location?.range?.start == SourcePosition(line: 1, column: 5, offset: 6))
    }

    @Test("a truncated UTF-8 sequence at the end is an encoding error")
    func truncatedUTF8() {
        let error = loadError(bytes: Array("a: ".utf8) + [0xE0, 0xB8])
        #expect(error?.code == "yaml.encoding")
    }

    @Test("a NUL byte is reported with its position and a likely cause")
    func nulByte() throws {
        let error = try #require(loadError(bytes: Array("a: 1\nb: x".utf8) + [0] + Array("\n".utf8)))
        #expect(error.code == "yaml.encoding")
        #expect(error.message.contains("NUL byte"))
        #expect(error.location?.range?.start == SourcePosition(line: 2, column: 5, offset: 9))
    }

    @Test("another control character is named")
    func controlCharacter() {
        #expect(loadError(bytes: Array("a: \u{7}".utf8))?.message.contains("control character U+0007") == true)
    }

    @Test("UTF-16 with a byte-order mark loads, in either byte order, with positions in characters")
    func utf16WithBOM() throws {
        let text = "ชื่อ: ก\nb: [1, 2]\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let document = try #require(try YAMLLoader().load(bytes, file: "utf16.yaml").first)
            #expect(document.value == ["ชื่อ": "ก", "b": [1, 2]])
            let range = document.sourceMap.range(at: [.key("ชื่อ")], in: document.value)
            #expect(range?.start == SourcePosition(line: 1, column: 7, offset: 14))
        }
    }

    @Test("the text of UTF-16 input is the UTF-8 its positions describe; UTF-8 is its own text")
    func textOfInput() throws {
        let text = "ชื่อ: ก\nb: [1, 2]\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let quoted = try #require(YAMLLoader.text(of: bytes))
            #expect(quoted == text)
            let document = try #require(try YAMLLoader().load(bytes, file: "utf16.yaml").first)
            let range = try #require(document.sourceMap.range(at: [.key("b")], in: document.value))
            let offset = quoted.utf8.index(quoted.utf8.startIndex, offsetBy: range.start.offset)
            #expect(quoted.utf8[offset...].starts(with: "[1, 2]".utf8))
        }
        #expect(YAMLLoader.text(of: Array(text.utf8)) == text)
        #expect(YAMLLoader.text(of: [0x61, 0xFF]) == nil)
        #expect(YAMLLoader.text(of: [0xFF, 0xFE, 0x00, 0xD8]) == nil)
    }

    @Test("UTF-16 with an unpaired surrogate or an odd length is an encoding error")
    func invalidUTF16() {
        #expect(loadError(bytes: [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8])?.code == "yaml.encoding")
        #expect(loadError(bytes: [0xFF, 0xFE, 0x61, 0x00, 0x3A])?.message.contains("odd number of bytes") == true)
    }

    @Test("UTF-32 with a byte-order mark loads, in either byte order, and its text is the UTF-8 it describes")
    func utf32WithBOM() throws {
        let text = "ชื่อ: ก\nb: [1, 2]\n😀: x\n"
        let values = text.unicodeScalars.map(\.value)
        let little: [UInt8] = [0xFF, 0xFE, 0, 0] + values.flatMap { v in (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
        let big: [UInt8] =
            [0, 0, 0xFE, 0xFF] + values.flatMap { v in (0..<4).map { UInt8(v >> (24 - 8 * $0) & 0xFF) } }
        for bytes in [little, big] {
            let document = try #require(try YAMLLoader().load(bytes, file: "utf32.yaml").first)
            #expect(document.value == ["ชื่อ": "ก", "b": [1, 2], "😀": "x"])
            let range = document.sourceMap.range(at: [.key("ชื่อ")], in: document.value)
            #expect(range?.start == SourcePosition(line: 1, column: 7, offset: 14))
            #expect(YAMLLoader.text(of: bytes) == text)
        }
        let truncated = loadError(bytes: Array(little.dropLast()))
        #expect(truncated?.code == "yaml.encoding")
        #expect(
            truncated?.message.hasPrefix("the file starts with a UTF-32 byte-order mark but is not valid UTF-32")
                == true)
        let surrogate = loadError(bytes: [0xFF, 0xFE, 0, 0, 0x61, 0, 0, 0, 0x00, 0xD8, 0, 0])
        #expect(surrogate?.message.contains("byte 8 holds no character") == true)
    }

    @Test("UTF-16 without a byte-order mark fails with the NUL hint")
    func utf16WithoutBOM() {
        let bytes = "a: 1\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let error = loadError(bytes: bytes)
        #expect(error?.code == "yaml.encoding")
        #expect(error?.message.contains("UTF-16 without a byte-order mark") == true)
    }
}
