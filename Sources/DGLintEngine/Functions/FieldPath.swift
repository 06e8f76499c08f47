public import DGLintJSONPath
public import DGLintModel

/// A field a rule or a function option names, relative to the node a rule's `given` selected.
///
/// Three spellings are accepted:
/// - dotted names, the common case: `dpo.email`, `items[0].amount`, `by_fiscal_year['2569']`;
/// - a relative JSONPath starting with `@`: `@.items[*].amount`;
/// - an absolute JSONPath starting with `$`, evaluated from the document root.
///
/// A singular field (names and indices only) that is missing still resolves, to one node without a value
/// at the path it would have, so `defined` can report it. A query whose last step is a member name
/// (`@.risks[*].mitigation`) resolves to that member of every node the rest selects, present or not, so
/// "every risk has a mitigation" can be checked. Any other query resolves to the nodes it selects.
///
/// A final class with constant properties, compared by value: each check's field is read in place for every
/// node of every document, and a struct's copy retained and released each reference its form holds.
public final class FieldPath: Hashable, Sendable, CustomStringConvertible {
    enum Form: Hashable, Sendable {
        /// The steps from the base node (or from the root when absolute).
        case steps([PathElement], absolute: Bool)
        case query(JSONPathQuery, absolute: Bool)
        /// A query for the parents, then one member of each.
        case member(JSONPathQuery, String, absolute: Bool)
    }

    public let description: String
    /// The form's parts, held apart so that resolving a field reads them in place: a `switch` over a stored form
    /// copied its payload — a retain and a release of the steps or the query — for every node of every document.
    /// The steps of `.steps` (empty otherwise):
    private let walkedSteps: [PathElement]
    /// The query of `.query` and `.member`:
    private let selection: JSONPathQuery?
    /// The member name of `.member`:
    private let member: String?
    private let absolute: Bool

    /// The form, put together again from its parts.
    var form: Form {
        guard let selection else { return .steps(walkedSteps, absolute: absolute) }
        guard let member else { return .query(selection, absolute: absolute) }
        return .member(selection, member, absolute: absolute)
    }

    /// The field that is the base node itself (no `field:` given).
    public static let current = FieldPath(form: .steps([], absolute: false), description: "@")

    init(form: Form, description: String) {
        self.description = description
        switch form {
        case .steps(let steps, let absolute):
            (walkedSteps, selection, member, self.absolute) = (steps, nil, nil, absolute)
        case .query(let query, let absolute):
            (walkedSteps, selection, member, self.absolute) = ([], query, nil, absolute)
        case .member(let query, let name, let absolute):
            (walkedSteps, selection, member, self.absolute) = ([], query, name, absolute)
        }
    }

    /// Parses a field path; the error carries the 0-based offset of the offending character.
    public convenience init(_ text: String) throws(FieldPathError) {
        self.init(form: try Self.form(of: text), description: text)
    }

    /// The form of the field path `text`.
    private static func form(of text: String) throws(FieldPathError) -> Form {
        if text.isEmpty || text == "@" {
            return .steps([], absolute: false)
        }
        guard text.hasPrefix("$") || text.hasPrefix("@") else {
            return .steps(try parseDotted(text), absolute: false)
        }
        let absolute = text.hasPrefix("$")
        let query: JSONPathQuery
        do {
            query = absolute ? try JSONPathQuery.parse(text) : try JSONPathQuery.parseRelative(text)
        } catch {
            throw FieldPathError(message: error.message, offset: error.offset)
        }
        if let steps = query.singularPath, !steps.contains(where: isNegativeIndex) {
            return .steps(steps, absolute: absolute)
        } else if let (parents, name) = splitLastMember(text, absolute: absolute) {
            return .member(parents, name, absolute: absolute)
        } else {
            return .query(query, absolute: absolute)
        }
    }

    public static func == (lhs: FieldPath, rhs: FieldPath) -> Bool {
        lhs.form == rhs.form && lhs.description == rhs.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(form)
        hasher.combine(description)
    }

    /// The steps of a singular field, or nil for a query that may select several nodes.
    public var steps: [PathElement]? {
        selection == nil ? walkedSteps : nil
    }

    /// One node a field resolved to: its path and, unless it is missing, its value.
    public struct Resolved: Hashable, Sendable {
        public var path: [PathElement]
        public var value: Value?
    }

    /// One node a field named, as ``Resolved`` but with its path built only when read.
    public struct Node: Sendable {
        /// The node's value; nil when it is missing.
        public var value: Value?
        let location: NodeLocation

        /// The node's path (for a missing node, the path it would have).
        public var path: [PathElement] { location.path }
    }

    /// The nodes this field names below the node the rule's `given` selected (`context.given`), as
    /// ``resolve(from:at:root:)`` lists them from there, their paths built only when read: a function that reads
    /// another field (the fiscal years a date must fall in, the values an enumeration allows) nearly always needs
    /// only the values, and built each node's path, and the given node's, every time.
    public func nodes(belowGivenOf context: FunctionContext) -> [Node] {
        nodes(below: context.given, at: context.givenLocation, root: context.root)
    }

    /// The nodes this field names below `target`, the target of `context`, their paths built only when read.
    public func nodes(below target: Value, targetOf context: FunctionContext) -> [Node] {
        nodes(below: target, at: context.location, root: context.root)
    }

    private func nodes(below base: Value, at location: NodeLocation, root: Value) -> [Node] {
        var nodes: [Node] = []
        visit(from: base, at: location, root: root, nodes: nil) { nodes.append(Node(value: $1, location: $0)) }
        return nodes
    }

    /// The nodes this field names, starting from `base` at `basePath` in the document `root`.
    public func resolve(from base: Value, at basePath: [PathElement], root: Value) -> [Resolved] {
        resolve(from: base, at: basePath, root: root, nodes: nil)
    }

    /// The nodes this field names, starting from `base` at `basePath` in `document`, whose prepared tree
    /// absolute queries, and relative ones from the root (`basePath` empty), read (see ``JSONPathDocument``).
    public func resolve(from base: Value, at basePath: [PathElement], in document: JSONPathDocument) -> [Resolved] {
        resolve(from: base, at: basePath, root: document.root, nodes: document)
    }

    /// Calls `body` with the location and value (nil when missing) of each node this field names, as
    /// ``resolve(from:at:in:)`` lists them, without collecting them or building their paths: a rule's checks
    /// resolve their field at every node its `given` selects, nearly always a single name or none, and need the
    /// path only for what they report.
    func forEachNode(
        from base: Value, at baseLocation: NodeLocation, in document: JSONPathDocument,
        _ body: (_ location: consuming NodeLocation, _ value: Value?) -> Void
    ) {
        visit(from: base, at: baseLocation, root: document.root, nodes: document, body)
    }

    private func resolve(
        from base: Value, at basePath: [PathElement], root: Value, nodes document: JSONPathDocument?
    ) -> [Resolved] {
        var resolved: [Resolved] = []
        visit(from: base, at: .path(basePath), root: root, nodes: document) {
            resolved.append(Resolved(path: $0.path, value: $1))
        }
        return resolved
    }

    /// Calls `body` with the location and value (nil when missing) of each node this field names, in order.
    private func visit(
        from base: Value, at baseLocation: NodeLocation, root: Value, nodes document: JSONPathDocument?,
        _ body: (_ location: consuming NodeLocation, _ value: Value?) -> Void
    ) {
        let fromRoot = baseLocation.isRoot
        /// The nodes `query` selects: an absolute one from the root, a relative one from the base. Both go
        /// through the prepared document when there is one and they start at its root (a relative query from a
        /// base at the root, as for every rule without a `given`), which keeps their nodelists for other rules.
        func select(_ query: JSONPathQuery, absolute: Bool) -> [JSONPathNode] {
            if let document, absolute || fromRoot { return query.select(in: document) }
            return absolute ? query.select(root) : query.select(current: base, at: baseLocation.path, root: root)
        }
        guard let query = selection else {
            // From the root (every rule without a `given`) the steps are the path, and with no steps the base's
            // location is.
            let steps = walkedSteps
            let location = absolute || fromRoot ? .path(steps) : baseLocation.appending(steps)
            body(location, (absolute ? root : base).value(at: steps))
            return
        }
        guard let member else {
            for node in select(query, absolute: absolute) { body(.selected(node.location), node.value) }
            return
        }
        for parent in select(query, absolute: absolute) {
            body(.member(member, of: parent.location), parent.value[member])
        }
    }

    /// Splits `…​.name` into the query before it and the name, when the text ends in a shorthand member
    /// name and the rest is itself a valid query.
    private static func splitLastMember(_ text: String, absolute: Bool) -> (JSONPathQuery, String)? {
        let scalars = Array(text.unicodeScalars)
        var start = scalars.count
        while start > 0, isNameCharacter(scalars[start - 1]) { start -= 1 }
        guard start < scalars.count, start > 1, scalars[start - 1] == ".", scalars[start - 2] != ".",
            !("0"..."9").contains(scalars[start])
        else { return nil }
        let prefix = String(String.UnicodeScalarView(scalars[..<(start - 1)]))
        let name = String(String.UnicodeScalarView(scalars[start...]))
        guard let query = try? (absolute ? JSONPathQuery.parse(prefix) : JSONPathQuery.parseRelative(prefix)) else {
            return nil
        }
        return (query, name)
    }

    private static func isNameCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c.value >= 0x80
    }

    private static func isNegativeIndex(_ element: PathElement) -> Bool {
        if case .index(let i) = element { i < 0 } else { false }
    }

    /// Parses `a.b[0]['c d'].e` into steps.
    private static func parseDotted(_ text: String) throws(FieldPathError) -> [PathElement] {
        let scalars = Array(text.unicodeScalars)
        var steps: [PathElement] = []
        var i = 0
        var expectName = true
        while i < scalars.count {
            let c = scalars[i]
            if c == "[" {
                let (element, next) = try parseBracket(scalars, from: i)
                steps.append(element)
                i = next
                expectName = false
            } else if c == "." {
                guard !expectName else { throw FieldPathError(message: "expected a field name before '.'", offset: i) }
                expectName = true
                i += 1
            } else {
                guard expectName else {
                    throw FieldPathError(message: "expected '.' or '[' after a field name", offset: i)
                }
                var name = String.UnicodeScalarView()
                while i < scalars.count, scalars[i] != ".", scalars[i] != "[" {
                    name.append(scalars[i])
                    i += 1
                }
                steps.append(.key(String(name)))
                expectName = false
            }
        }
        if expectName, !steps.isEmpty {
            throw FieldPathError(message: "a field path cannot end with '.'", offset: scalars.count)
        }
        return steps
    }

    private static func parseBracket(
        _ s: [Unicode.Scalar], from start: Int
    ) throws(FieldPathError) -> (PathElement, Int) {
        var i = start + 1
        guard i < s.count else {
            throw FieldPathError(message: "expected an index or a quoted name after '['", offset: i)
        }
        if s[i] == "'" || s[i] == "\"" {
            let quote = s[i]
            i += 1
            var name = String.UnicodeScalarView()
            while i < s.count, s[i] != quote {
                if s[i] == "\\", i + 1 < s.count { i += 1 }
                name.append(s[i])
                i += 1
            }
            guard i + 1 < s.count, s[i + 1] == "]" else {
                throw FieldPathError(message: "expected a closing quote and ']'", offset: min(i + 1, s.count))
            }
            return (.key(String(name)), i + 2)
        }
        var digits = ""
        while i < s.count, ("0"..."9").contains(s[i]) {
            digits.unicodeScalars.append(s[i])
            i += 1
        }
        guard let index = Int(digits), i < s.count, s[i] == "]" else {
            throw FieldPathError(message: "expected a non-negative index or a quoted name inside '[ ]'", offset: i)
        }
        return (.index(index), i + 1)
    }
}

/// A field path that does not parse, with the 0-based offset (in Unicode scalars) of the offending character.
public struct FieldPathError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}
