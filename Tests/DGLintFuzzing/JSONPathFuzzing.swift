import DGLintJSONPath
import DGLintModel

/// The JSONPath parser on text (absolute, or relative when it starts with `@`), and the evaluator on a small
/// document when it parses: every node selected must be at its path, its normalized path must select it
/// alone, and a singular query selects at most one node.
enum JSONPathFuzzing {
    static func run(_ input: [UInt8]) -> FuzzOutcome {
        let text = String(decoding: input, as: UTF8.self)
        let length = text.unicodeScalars.count
        let query: JSONPathQuery
        do {
            query = text.hasPrefix("@") ? try JSONPathQuery.parseRelative(text) : try JSONPathQuery.parse(text)
        } catch {
            guard (0...length).contains(error.offset) else {
                return .violated("error offset \(error.offset) outside 0...\(length): \(error.message)")
            }
            return .rejected(error.message, at: "offset \(error.offset)")
        }
        let root = FuzzDocuments.small
        let currentPath: [PathElement] = [.key("m")]
        let current = root.value(at: currentPath) ?? root
        let nodes = query.select(current: current, at: currentPath, root: root)
        if query.isSingular, nodes.count > 1 {
            return .violated("the singular query selected \(nodes.count) nodes")
        }
        for node in nodes.prefix(64) {
            let normalized = PathFormat.normalized(node.path)
            guard let found = root.value(at: node.path), found == node.value else {
                return .violated("the node at \(normalized) is not the document's value there")
            }
            guard let again = try? JSONPathQuery.parse(normalized) else {
                return .violated("the normalized path \(normalized) does not parse")
            }
            guard again.select(root).map(\.path) == [node.path] else {
                return .violated("the normalized path \(normalized) does not select its node alone")
            }
        }
        return .accepted("\(nodes.count) nodes")
    }
}
