// INTERIM — replaced by the full RFC 9535 implementation on branch `jsonpath`; deleted at merge.
public import DGLintModel

public struct JSONPathNode: Sendable, Hashable {
    public var path: [PathElement]
    public var value: Value
}

public struct JSONPathError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var description: String { message }
}

public struct JSONPathQuery: Sendable, Hashable, CustomStringConvertible {
    enum Step: Hashable, Sendable { case name(String), index(Int), wildcard }
    public let text: String
    let steps: [Step]
    public var description: String { text }

    public static func parse(_ text: String) throws(JSONPathError) -> JSONPathQuery { try make(text, "$") }
    public static func parseRelative(_ text: String) throws(JSONPathError) -> JSONPathQuery { try make(text, "@") }

    static func make(_ text: String, _ head: Character) throws(JSONPathError) -> JSONPathQuery {
        let chars = Array(text)
        guard chars.first == head else { throw JSONPathError(message: "query must start with '\(head)'", offset: 0) }
        var i = 1
        var steps: [Step] = []
        while i < chars.count {
            if chars[i] == "." {
                i += 1
                var name = ""
                while i < chars.count, chars[i] != ".", chars[i] != "[" { name.append(chars[i]); i += 1 }
                if name.isEmpty { throw JSONPathError(message: "expected a name", offset: i) }
                steps.append(name == "*" ? .wildcard : .name(name))
            } else if chars[i] == "[" {
                guard let close = chars[i...].firstIndex(of: "]") else {
                    throw JSONPathError(message: "expected ']'", offset: i)
                }
                let inner = String(chars[(i + 1)..<close])
                if inner == "*" { steps.append(.wildcard)
                } else if let n = Int(inner) { steps.append(.index(n))
                } else if inner.count >= 2, inner.first == "'", inner.last == "'" {
                    steps.append(.name(String(inner.dropFirst().dropLast())))
                } else { throw JSONPathError(message: "unsupported selector", offset: i + 1) }
                i = close + 1
            } else {
                throw JSONPathError(message: "unexpected character", offset: i)
            }
        }
        return JSONPathQuery(text: text, steps: steps)
    }

    public var isSingular: Bool { !steps.contains(.wildcard) }
    public var singularPath: [PathElement]? {
        guard isSingular else { return nil }
        return steps.map { step in
            switch step {
            case .name(let n): .key(n)
            case .index(let i): .index(i)
            case .wildcard: .index(0)
            }
        }
    }

    public func select(_ root: Value) -> [JSONPathNode] { select(current: root, at: [], root: root) }

    public func select(current: Value, at currentPath: [PathElement], root: Value) -> [JSONPathNode] {
        var nodes = [JSONPathNode(path: currentPath, value: current)]
        for step in steps {
            var next: [JSONPathNode] = []
            for node in nodes {
                switch (step, node.value) {
                case (.name(let n), .object(let o)):
                    if let v = o[n] { next.append(JSONPathNode(path: node.path + [.key(n)], value: v)) }
                case (.index(let i), .array(let a)):
                    let j = i < 0 ? a.count + i : i
                    if a.indices.contains(j) { next.append(JSONPathNode(path: node.path + [.index(j)], value: a[j])) }
                case (.wildcard, .object(let o)):
                    for (k, v) in o { next.append(JSONPathNode(path: node.path + [.key(k)], value: v)) }
                case (.wildcard, .array(let a)):
                    for (j, v) in a.enumerated() { next.append(JSONPathNode(path: node.path + [.index(j)], value: v)) }
                default: break
                }
            }
            nodes = next
        }
        return nodes
    }
}
