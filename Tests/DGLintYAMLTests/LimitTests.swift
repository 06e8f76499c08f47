import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Testing

@Suite("Nesting depth, file size and value count limits")
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

    @Test("a stream of more values than the limit fails at the first one too many")
    func valueCount() throws {
        let limits = YAMLLoader.Limits(maxNodes: 5)
        // The list and four numbers are five values; keys and what aliases repeat do not count.
        #expect(loadError("[1, 2, 3, 4]", limits: limits) == nil)
        #expect(loadError("{a: 1, b: 2, c: &x 3, d: *x}", limits: limits) == nil)
        let marked = MarkedText("[1, 2, 3, 4, 1️⃣5]")
        let error = try #require(loadError(marked.text, limits: limits))
        #expect(error.code == "yaml.nodes")
        #expect(error.location?.range?.start == marked[1])
        #expect(
            error.message
                == "the file holds more than 5 values (scalars, mappings and lists); split it into smaller files")
        // The count is for the whole stream, not each document.
        #expect(loadError("[1, 2]\n---\n[3, 4]\n", limits: limits)?.code == "yaml.nodes")
        #expect(loadError("{a: {b: {c: 1}}}\n---\n1\n", limits: limits) == nil)
    }
}
