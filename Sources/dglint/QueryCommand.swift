import ArgumentParser
import DGLintJSONPath
import DGLintKit
import DGLintModel
import DGLintReporters
import DGLintYAML

#if canImport(Glibc)
    import Glibc
#endif

/// `dglint query`: evaluates a JSONPath exactly as the engine does and prints the result.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Print what a JSONPath (RFC 9535) selects in a YAML or JSON file, as a JSON array.")

    @Argument(
        help: ArgumentHelp("The JSONPath query, such as '$.budget.items[?@.amount > 1000000]'.", valueName: "jsonpath"))
    var selector: String

    @Argument(help: ArgumentHelp("The YAML or JSON file; - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Print the normalized paths of the selected nodes instead of their values.")
    var paths = false

    func run() throws {
        let query: JSONPathQuery
        do {
            query = try JSONPathQuery.parse(selector)
        } catch {
            Output.standardError(Caret.describe("invalid JSONPath", error.message, at: error.offset, in: selector))
            throw ExitCode(2)
        }
        let root = try InputDocument.read(file)
        let nodes = query.select(root)
        let result: Value = .array(
            nodes.map { paths ? .string(PathFormat.normalized($0.path)) : $0.value })
        Output.standardOutput(result.jsonText(pretty: true) + "\n")
    }
}

enum StandardInput {
    static func readAll() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }
}
