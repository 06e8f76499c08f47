public import DGLintModel

/// A compiled RFC 9535 JSONPath query.
///
/// Parse once with ``parse(_:)`` (absolute, `$…`) or ``parseRelative(_:)`` (relative, `@…`), then
/// evaluate as often as needed with ``select(_:)``. A query is an immutable value: it can be shared and
/// evaluated from several threads at once.
///
/// ```swift
/// let query = try JSONPathQuery.parse("$.budget.items[?@.amount > 100000].name")
/// for node in query.select(document) {
///     print(PathFormat.normalized(node.path), node.value)
/// }
/// ```
///
/// A final class with constant properties, compared by text: a rule's queries are read in place from the packs'
/// arrays for every document, and a struct's copy retained and released each of its five references (the text,
/// the segments, the steps, the key) where a class reference is one.
public final class JSONPathQuery: Sendable, Hashable, CustomStringConvertible {
    /// The source text.
    public let text: String
    /// The parsed query.
    let ast: QueryAST
    /// What a ``JSONPathDocument`` keeps the query's nodes under.
    let key: QueryKey
    /// For a query of member names and non-negative indices only (`$`, `$.security`, `$.budget.items`), its
    /// steps: such a query selects the node at the end of them, if any, found by walking them.
    private let plainSteps: [PathElement]?

    private init(text: String, ast: QueryAST) {
        self.text = text
        self.ast = ast
        key = QueryKey(query: text)
        plainSteps = ast.walkableSteps.flatMap { steps in
            steps.contains { if case .index(let index) = $0 { index < 0 } else { false } } ? nil : steps
        }
    }

    /// Parses an absolute query (`$…`) per RFC 9535, including its well-typedness rules.
    ///
    /// - Throws: ``JSONPathError`` with the 0-based offset (in Unicode scalars) of the offending character.
    public static func parse(_ text: String) throws(JSONPathError) -> JSONPathQuery {
        var parser = Parser(text)
        return JSONPathQuery(text: text, ast: try parser.parseQuery(relative: false))
    }

    /// Parses a relative query starting with `@` (dglint's `field: "@.a[0]"`); the grammar is otherwise
    /// that of an absolute query.
    ///
    /// - Throws: ``JSONPathError`` with the 0-based offset (in Unicode scalars) of the offending character.
    public static func parseRelative(_ text: String) throws(JSONPathError) -> JSONPathQuery {
        var parser = Parser(text)
        return JSONPathQuery(text: text, ast: try parser.parseQuery(relative: true))
    }

    /// Whether the query starts at `@` (from ``parseRelative(_:)``).
    public var isRelative: Bool { ast.isRelative }

    /// Whether the query is singular in the sense of RFC 9535: only child segments holding a single name
    /// or index selector, so it selects at most one node.
    public var isSingular: Bool { ast.singularSteps != nil }

    /// For a singular query, its steps (indices may be negative, counting from the end); otherwise nil.
    public var singularPath: [PathElement]? { ast.singularSteps }

    /// The source text.
    public var description: String { text }

    /// The nodelist the query selects from `root`, in the order RFC 9535 gives, each node with its
    /// location. A relative query is evaluated with `root` as the current node.
    public func select(_ root: Value) -> [JSONPathNode] {
        select(current: root, at: [], root: root)
    }

    /// The nodelist of a relative query evaluated from `current`, whose location is `currentPath`; the
    /// returned locations start with `currentPath`. `$` inside filters still means `root`. An absolute
    /// query ignores `current` and starts from `root`.
    public func select(current: Value, at currentPath: [PathElement], root: Value) -> [JSONPathNode] {
        let start = ast.isRelative ? current : root
        let base = ast.isRelative ? currentPath : []
        guard let steps = plainSteps else { return evaluate(from: start, at: base, root: root) }
        // Walked in place: the evaluator's record, arena and lists between segments cost more than the walk.
        guard let value = FilterContext.node(at: steps, from: start) else { return [] }
        return [JSONPathNode(path: base.isEmpty ? steps : base + steps, value: value)]
    }

    /// The nodelist the query's segments select from `start`, whose location is `base`, evaluated in turn —
    /// what ``select(current:at:root:)`` gives for any query, and does for those that are not plain steps.
    func evaluate(from start: Value, at base: [PathElement], root: Value) -> [JSONPathNode] {
        let record = RecordedPaths(start: start, base: base)
        var evaluator = Evaluator(root: root, tracking: true)
        var nodes = NodeList(record: record)
        evaluator.run(ast.segments, from: Item(value: start, id: PathArena.start), into: &nodes)
        // The one write of the record's arena, before any node that refers to it leaves this call.
        record.arena = evaluator.arena
        return nodes.nodes
    }

    /// The nodelist the query selects from the root of `document` (a relative query starts there too), as
    /// ``select(_:)`` gives it. A query with a descendant segment reads the document's list of nodes —
    /// built by the first such query, then shared by the others — instead of walking the tree.
    ///
    /// The document keeps the nodelist (unless it is long, see ``JSONPathDocument``), and a query with the
    /// same text after its `$` or `@` gets it again without being evaluated: several rules of a pack often
    /// select the same nodes (DID-01…04's `given`, the `when: "$.security"` of four CYBER rules, the root for
    /// every rule without a `given`).
    public func select(in document: JSONPathDocument) -> [JSONPathNode] {
        if let nodes = document.remembered(key) { return nodes }
        let nodes = evaluate(in: document)
        document.remember(nodes, for: key)
        return nodes
    }

    /// The nodelist the query selects from the root of `document`, evaluated.
    private func evaluate(in document: JSONPathDocument) -> [JSONPathNode] {
        guard ast.segments.contains(where: \.isDescendant) else { return select(document.root) }
        let index = document.index
        var evaluator = Evaluator(root: document.root, index: index)
        var nodes = NodeList(record: index.record)
        evaluator.run(ast.segments, from: Item(value: document.root, id: PathArena.start), into: &nodes)
        return nodes.nodes
    }

    /// Queries are equal when their texts (scalar for scalar) and kinds (absolute or relative) are.
    public static func == (lhs: JSONPathQuery, rhs: JSONPathQuery) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8) && lhs.ast.isRelative == rhs.ast.isRelative
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(ast.isRelative)
    }
}
