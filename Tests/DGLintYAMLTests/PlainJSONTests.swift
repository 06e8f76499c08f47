import DGLintModel
import DGLintTestSupport
import Foundation
import Testing

@testable import DGLintYAML

/// `PlainJSON` is a shortcut: whenever it gives a value, it must be the value `YAMLLoader` gives, and what
/// it cannot read exactly it must leave to the loader.
@Suite struct PlainJSONTests {
    /// Every JSON file of the repository and, when present, of the shared conformance suites.
    static let files: [String] = {
        let root = DGLintExecutable.packageRoot
        var found: [String] = []
        for folder in [root + "/rules", root + "/fixtures", root + "/../shared/conformance"] {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            while let path = walker.nextObject() as? String, found.count < 2_000 {
                if path.hasSuffix(".json") { found.append(folder + "/" + path) }
            }
        }
        return found.sorted()
    }()

    @Test func givesWhatTheLoaderGivesForEveryJSONFile() throws {
        // The conformance suites add some 160 files when they are beside the repository; the proposal
        // schema, the file this reader is for, is always there and must be read by it.
        let schema = "/rules/proposal/proposal.schema.json"
        #expect(Self.files.contains { $0.hasSuffix(schema) }, "the repository's JSON files were not found")
        var taken = 0
        for file in Self.files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            let fast = PlainJSON.value(of: bytes)
            #expect(fast != nil || !file.hasSuffix(schema), "the proposal schema was left to libyaml")
            guard let fast else { continue }
            taken += 1
            let loaded = try YAMLLoader().load(bytes, file: file)
            #expect(loaded.count == 1, "\(file)")
            #expect(fast.jsonText(sortKeys: false) == loaded.first?.value.jsonText(sortKeys: false), "\(file)")
            #expect(fast == loaded.first?.value, "\(file)")
        }
        // The fast path must actually serve the usual files, the proposal schema among them.
        #expect(taken * 10 >= Self.files.count * 9, "only \(taken) of \(Self.files.count) files were read")
    }

    @Test(arguments: [
        #"{"a": 1, "b": [1.5, -0, 1e5, 2E-3, 12345678901234567890], "c": {"d": null, "e": true, "f": false}}"#,
        #"["\u00e9\u0e01", "a\/b", "tab\tnew\nline\r", "quote \" back \\", "ไทย"]"#,
        "  {\"k\": \"v\"}  \n", "[]", "{}", "\"text\"", "0", "-12.5",
    ])
    func readsTheSubsetAsTheLoaderDoes(_ text: String) throws {
        let bytes = Array(text.utf8)
        let fast = try #require(PlainJSON.value(of: bytes))
        let loaded = try YAMLLoader().load(bytes, file: "t.json")
        #expect(fast.jsonText() == loaded.first?.value.jsonText())
        #expect(fast == loaded.first?.value)
    }

    @Test(arguments: [
        #"{"a": 1, "a": 2}"#,  // duplicate key: the loader reports it with both positions
        #"["\ud83d\ude00"]"#,  // surrogate escapes
        #"["\u0000"]"#, #"["\b"]"#, #"["\f"]"#,  // control characters
        "[\"raw\ttab\"]", "[\"line\u{2028}separator\"]", "[\"next\u{85}line\"]",
        "\u{FEFF}{}",  // byte-order mark
        "[01]", "[1.]", "[.5]", "[+1]", "[0x10]", "[NaN]", "[True]", "[1,]", "{\"a\" 1}", "[1] 2", "", "   ",
        "a: 1",  // YAML, not JSON
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),  // deep: the loader's limits
    ])
    func leavesTheRestToTheLoader(_ text: String) {
        #expect(PlainJSON.value(of: Array(text.utf8)) == nil)
    }

    @Test func leavesInvalidUTF8ToTheLoader() {
        #expect(PlainJSON.value(of: [0x5B, 0x22, 0xE0, 0x22, 0x5D]) == nil)
        #expect(PlainJSON.value(of: [0x5B, 0x22, 0x7F, 0x22, 0x5D]) == nil)
    }
}
