import DGLintModel

/// Evaluates filter expressions (RFC 9535 section 2.3.5) for one current node `@` at a time.
struct FilterContext {
    /// The document root, which `$` refers to inside filters.
    let root: Value

    /// Whether `expression` holds for the current node `current`.
    func test(_ expression: LogicalExpr, current: Value) -> Bool {
        switch expression {
        case .or(let terms):
            return terms.contains { test($0, current: current) }
        case .and(let terms):
            return terms.allSatisfy { test($0, current: current) }
        case .not(let inner):
            return !test(inner, current: current)
        case .comparison(let left, let op, let right):
            // `@ op literal`, as over every node of `$..[?@ >= 1000]`: compared in place, neither side copied.
            if case .literal(let literal) = right, case .singular(isRelative: true, let steps) = left, steps.isEmpty {
                return Comparison.compare(current, op, literal)
            }
            return Comparison.compare(value(of: left, current: current), op, value(of: right, current: current))
        case .exists(let query):
            // `@.model` in `$[?(@.model || @.cloud_first) && …]`: the node looked for in place, not by an evaluator
            // collecting a nodelist.
            if let steps = query.walkableSteps {
                return Self.node(at: steps, from: query.isRelative ? current : root) != nil
            }
            return !nodes(of: query, current: current).isEmpty
        case .function(let call):
            if let result = call.patternTest(on: current) { return result }
            switch self.call(call, current: current) {
            case .logical(let result): return result
            case .nodes(let nodes): return !nodes.isEmpty
            case .value: return false
            }
        }
    }

    /// `expression` ready to test many nodes against this root: each absolute singular query a comparison
    /// reads (`$.timeline` in `@ != $.timeline`) replaced by the value it selects, looked up once instead of
    /// once per node. A query that selects nothing, and everything inside function calls and existence
    /// tests, is left as it is.
    func prepared(_ expression: LogicalExpr) -> LogicalExpr {
        guard Self.comparesRootPaths(expression) else { return expression }
        return resolvingRootPaths(expression)
    }

    private func resolvingRootPaths(_ expression: LogicalExpr) -> LogicalExpr {
        switch expression {
        case .or(let terms): .or(terms.map(resolvingRootPaths))
        case .and(let terms): .and(terms.map(resolvingRootPaths))
        case .not(let inner): .not(resolvingRootPaths(inner))
        case .comparison(let left, let op, let right): .comparison(resolved(left), op, resolved(right))
        case .exists, .function: expression
        }
    }

    /// An absolute singular query as the literal value it selects; anything else as it is.
    private func resolved(_ comparable: ComparableExpr) -> ComparableExpr {
        guard case .singular(isRelative: false, _) = comparable, let value = value(of: comparable, current: root) else {
            return comparable
        }
        return .literal(value)
    }

    /// Whether a comparison of `expression` (outside function calls) reads an absolute singular query.
    private static func comparesRootPaths(_ expression: LogicalExpr) -> Bool {
        switch expression {
        case .or(let terms), .and(let terms): return terms.contains(where: comparesRootPaths)
        case .not(let inner): return comparesRootPaths(inner)
        case .comparison(let left, _, let right): return isRootPath(left) || isRootPath(right)
        case .exists, .function: return false
        }
    }

    private static func isRootPath(_ comparable: ComparableExpr) -> Bool {
        if case .singular(isRelative: false, _) = comparable { true } else { false }
    }

    /// The value of a comparable, or nil for Nothing.
    func value(of comparable: ComparableExpr, current: Value) -> Value? {
        switch comparable {
        case .literal(let value):
            return value
        case .singular(let isRelative, let steps):
            return Self.node(at: steps, from: isRelative ? current : root)
        case .function(let call):
            if case .value(let value) = self.call(call, current: current) { return value }
            return .none
        }
    }

    /// The values of the nodelist a query selects (locations are not needed inside filters).
    func nodes(of query: QueryAST, current: Value) -> [Value] {
        var evaluator = Evaluator(root: root, tracking: false)
        let start = Item(value: query.isRelative ? current : root, id: PathArena.start)
        var values = ValueList()
        evaluator.run(query.segments, from: start, into: &values)
        return values.values
    }

    /// The node that name and index `steps` lead to from `start`, or nil for Nothing.
    static func node(at steps: [PathElement], from start: Value) -> Value? {
        var node = start
        for step in steps {
            guard let next = child(of: node, at: step) else { return .none }
            node = next
        }
        return node
    }

    /// The child of `node` selected by a name or index step (negative indices count from the end).
    static func child(of node: Value, at step: PathElement) -> Value? {
        switch (node, step) {
        case (.object(let members), .key(let name)):
            return members.entry(sameScalarsAs: name)?.value
        case (.array(let elements), .index(let index)):
            let resolved = index < 0 ? elements.count + index : index
            return elements.indices.contains(resolved) ? elements[resolved] : .none
        default:
            return .none
        }
    }
}
