import DGLintModel
import DGLintYAML

/// The YAML loader on raw bytes: every document of the stream is loaded, and each one's source map must
/// have one entry per node, in the order the tree gives, each found again by its path.
enum YAMLFuzzing {
    static func run(_ input: [UInt8]) -> FuzzOutcome {
        let documents: [LoadedDocument]
        do {
            documents = try YAMLLoader().load(input, file: "fuzz.yaml")
        } catch {
            return .rejected(error.message, at: error.location?.range?.start.description)
        }
        var nodes = 0
        for document in documents {
            var walk = SourceMapWalk(root: document.value, map: document.sourceMap)
            if let broken = walk.check(document.value, path: []) {
                return .violated("document \(document.index): \(broken)")
            }
            guard walk.next == document.sourceMap.count else {
                return .violated(
                    "document \(document.index) has \(walk.next) nodes but its source map \(document.sourceMap.count)")
            }
            nodes += walk.next
        }
        return .accepted("\(documents.count) documents, \(nodes) nodes")
    }
}

/// Walks a tree in pre-order beside its source map, checking that each path leads back to its own entry and
/// that every range runs forwards.
struct SourceMapWalk {
    let root: Value
    let map: SourceMap
    /// The pre-order index of the next node.
    var next = 0

    init(root: Value, map: SourceMap) {
        self.root = root
        self.map = map
    }

    /// What is wrong at `value` (at `path`) or below it; nil when nothing is.
    mutating func check(_ value: Value, path: [PathElement]) -> String? {
        let index = next
        next += 1
        guard index < map.count else { return "\(PathFormat.pointer(path)) has no source map entry" }
        guard let found = map.nearestNode(at: path, in: root), found.index == index, found.depth == path.count else {
            return "\(PathFormat.pointer(path)) is node \(index) but its path finds another one"
        }
        let range = map.range(ofNode: index)
        guard range.start.offset <= range.end.offset else {
            return "\(PathFormat.pointer(path)) ends (\(range.end)) before it starts (\(range.start))"
        }
        switch value {
        case .array(let elements):
            for (i, element) in elements.enumerated() {
                if let broken = check(element, path: path + [.index(i)]) { return broken }
            }
        case .object(let members):
            for (key, member) in members {
                if let broken = check(member, path: path + [.key(key)]) { return broken }
            }
        default:
            break
        }
        guard map.subtreeSize(index) == next - index else {
            return "\(PathFormat.pointer(path)) spans \(map.subtreeSize(index)) map entries but \(next - index) nodes"
        }
        return nil
    }
}
