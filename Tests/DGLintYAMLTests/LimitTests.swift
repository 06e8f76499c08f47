import DGLintModel
import DGLintYAML
import Testing

@Suite("Nesting depth and file size limits")
struct LimitTests {
    @Test("100,000 nested flow lists fail at the depth limit without crashing")
    func deepFlowNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = loadError(text)
        #expect(error?.code == "yaml.depth")
        #expect(error?.message == "the data nests more than 256 levels deep; flatten the structure")
        // The 257th bracket is the one too many.
        #expect(error?.location?.range?.start == SourcePosition(line: 1, column: 257, offset: 256))
    }

    @Test("exactly the limit loads; one more fails")
    func limitIsInclusive() {
        let limits = YAMLLoader.Limits(maxDepth: 5)
        #expect(loadError("[[[[[1]]]]]", limits: limits) == nil)
        #expect(loadError("[[[[[[1]]]]]]", limits: limits)?.code == "yaml.depth")
        #expect(loadError("a: {b: {c: 1}}", limits: .init(maxDepth: 2))?.code == "yaml.depth")
    }

    @Test("deep block nesting fails at the depth limit")
    func deepBlockNesting() {
        var text = ""
        for level in 0..<1_000 {
            text += String(repeating: " ", count: level) + "k:\n"
        }
        let error = loadError(text)
        #expect(error?.code == "yaml.depth")
        #expect(error?.location?.range?.start.line == 257)
    }

    @Test("a file over the size limit is rejected before parsing, with both sizes")
    func fileSize() {
        let big = [UInt8](repeating: UInt8(ascii: "#"), count: 20 << 20)
        #expect(throws: Diagnostic.self) { try YAMLLoader().load(big, file: "big.yaml") }
        do {
            _ = try YAMLLoader().load(big, file: "big.yaml")
        } catch {
            #expect(error.code == "yaml.size")
            #expect(error.message.hasPrefix("file is 20.0 MiB, larger than the 16 MiB limit"))
            #expect(error.location?.file == "big.yaml")
        }
        let small = YAMLLoader.Limits(maxFileSize: 10)
        #expect(loadError("a: 1234567", limits: small) == nil)
        #expect(
            loadError("a: 12345678", limits: small)?.message.hasPrefix("file is 11 bytes, larger than the 10 bytes")
                == true)
    }
}
