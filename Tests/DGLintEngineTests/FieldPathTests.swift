import DGLintJSONPath
import DGLintModel
import Testing

@testable import DGLintEngine

@Suite("Field paths: spellings, errors, resolution")
struct FieldPathTests {
    @Test(
        "dotted names and singular queries are steps",
        arguments: [
            ("", [PathElement]()), ("@", []), ("dpo.email", [.key("dpo"), .key("email")]),
            ("items[0].amount", [.key("items"), .index(0), .key("amount")]),
            ("by_fiscal_year['2569']", [.key("by_fiscal_year"), .key("2569")]),
            (#"a["b.c"]"#, [.key("a"), .key("b.c")]), (#"a['it\'s']"#, [.key("a"), .key("it's")]),
            ("[1]", [.index(1)]), ("ชื่อ.สกุล", [.key("ชื่อ"), .key("สกุล")]), ("@.a.b", [.key("a"), .key("b")]),
            ("@['a'][3]", [.key("a"), .index(3)]), ("$.a", [.key("a")]),
        ])
    func steps(text: String, steps: [PathElement]) throws {
        #expect(try FieldPath(text).steps == steps)
        #expect(try FieldPath(text).description == text)
    }

    @Test("queries that may select several nodes are not steps", arguments: ["@.items[*].name", "$..x", "@.a[-1]"])
    func queries(text: String) throws {
        #expect(try FieldPath(text).steps == nil)
    }

    @Test(
        "errors carry the offset of the offending character",
        arguments: [
            (".a", 0, "expected a field name before '.'"), ("a..b", 2, "expected a field name before '.'"),
            ("a.", 2, "a field path cannot end with '.'"), ("a[0]b", 4, "expected '.' or '[' after a field name"),
            ("a[", 2, "expected an index or a quoted name after '['"),
            ("a[-1]", 2, "expected a non-negative index or a quoted name inside '[ ]'"),
            ("a[1", 3, "expected a non-negative index or a quoted name inside '[ ]'"),
            ("a['b", 4, "expected a closing quote and ']'"), ("a['b'x", 5, "expected a closing quote and ']'"),
        ])
    func errors(text: String, offset: Int, message: String) {
        #expect(throws: FieldPathError(message: message, offset: offset)) { try FieldPath(text) }
    }

    @Test("JSONPath errors keep the offset inside the text")
    func jsonPathErrors() {
        do {
            _ = try FieldPath("@.items[")
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 8)
        }
    }

    static let root: Value = [
        "project": [
            "items": [["name": "a"], ["amount": 1], ["name": "c"]],
            "dpo": ["email": "x@y"],
        ],
        "year": 2569,
    ]
    static let base = root["project"] ?? nil
    static let basePath: [PathElement] = [.key("project")]

    /// Fields of every kind: names, indices, absolute and relative queries, present and missing nodes.
    static let fields = [
        "", "@", "dpo.email", "dpo.phone", "items[2].name", "items[5]", "$.year", "$.missing", "@.items[*].name",
        "$..email", "@.items[-1]", "@.items[?@.amount]",
    ]

    func resolve(_ text: String) throws -> [FieldPath.Resolved] {
        try FieldPath(text).resolve(from: Self.base, at: Self.basePath, root: Self.root)
    }

    @Test("a dotted field resolves below the base; a missing one still resolves, without a value")
    func dotted() throws {
        #expect(try resolve("dpo.email") == [.init(path: [.key("project"), .key("dpo"), .key("email")], value: "x@y")])
        #expect(try resolve("dpo.phone") == [.init(path: [.key("project"), .key("dpo"), .key("phone")], value: nil)])
        #expect(try resolve("items[2].name").first?.value == "c")
        #expect(
            FieldPath.current.resolve(from: Self.base, at: Self.basePath, root: Self.root).first?.path
                == Self.basePath)
    }

    @Test("an index past the end is missing")
    func indexPastTheEnd() throws {
        #expect(try resolve("items[5]") == [.init(path: [.key("project"), .key("items"), .index(5)], value: nil)])
    }

    @Test("an absolute field resolves from the root")
    func absolute() throws {
        #expect(try resolve("$.year") == [.init(path: [.key("year")], value: 2569)])
        #expect(try resolve("$.missing") == [.init(path: [.key("missing")], value: nil)])
    }

    @Test("@.items[*].name reaches the member of every item, present or not")
    func memberOfEach() throws {
        let items: [PathElement] = [.key("project"), .key("items")]
        let expected: [FieldPath.Resolved] = [
            .init(path: items + [.index(0), .key("name")], value: "a"),
            .init(path: items + [.index(1), .key("name")], value: nil),
            .init(path: items + [.index(2), .key("name")], value: "c"),
        ]
        #expect(try resolve("@.items[*].name") == expected)
    }

    @Test("other queries resolve to what they select")
    func query() throws {
        #expect(try resolve("$..email").map(\.value) == ["x@y"])
        #expect(
            try resolve("@.items[-1]") == [
                .init(path: [.key("project"), .key("items"), .index(2)], value: ["name": "c"])
            ])
        #expect(try resolve("@.items[?@.amount]").map(\.path) == [[.key("project"), .key("items"), .index(1)]])
    }

    @Test(
        "visiting a field's nodes gives what resolving lists, in order",
        arguments: fields)
    func visiting(text: String) throws {
        let field = try FieldPath(text)
        let document = JSONPathDocument(Self.root)
        var visited: [FieldPath.Resolved] = []
        field.forEachNode(from: Self.base, at: .path(Self.basePath), in: document) {
            visited.append(.init(path: $0.path, value: $1))
        }
        #expect(visited == field.resolve(from: Self.base, at: Self.basePath, in: document))
        #expect(visited == (try resolve(text)))
        // From the base as queries select it, its path not yet built — walked to, and recorded by a filter: the
        // same nodes, at the same paths.
        for query in ["$.project", "$[?@.items]"] {
            let selected = try #require(try JSONPathQuery.parse(query).select(in: document).first)
            #expect(selected.value == Self.base)
            var lazily: [FieldPath.Resolved] = []
            field.forEachNode(from: selected.value, at: .selected(selected.location), in: document) {
                lazily.append(.init(path: $0.path, value: $1))
            }
            #expect(lazily == visited, "from \(query)")
        }
    }

    @Test(
        "a function's view of a field's nodes, below the given node or below the target, is what resolving lists",
        arguments: fields)
    func functionsNodes(text: String) throws {
        let field = try FieldPath(text)
        let expected = try resolve(text)
        // The given node as a query selected it (its path not built) and as a built path.
        let document = JSONPathDocument(Self.root)
        let selected = try #require(try JSONPathQuery.parse("$.project").select(in: document).first)
        for context in [
            FunctionContext(root: Self.root, given: selected.value, at: .selected(selected.location), data: .null),
            FunctionContext(root: Self.root, path: Self.basePath, given: Self.base, givenPath: Self.basePath),
        ] {
            let nodes = field.nodes(belowGivenOf: context)
            #expect(nodes.map(\.value) == expected.map(\.value))
            #expect(nodes.map(\.path) == expected.map(\.path))
        }
        // Below a target: the target's location is the context's.
        let items: [PathElement] = [.key("project"), .key("items")]
        let target = try #require(Self.root.value(at: items))
        var context = FunctionContext(root: Self.root, given: Self.base, at: .path(Self.basePath), data: .null)
        context.location = .path(items)
        let below = field.nodes(below: target, targetOf: context)
        let resolved = field.resolve(from: target, at: items, root: Self.root)
        #expect(below.map(\.value) == resolved.map(\.value))
        #expect(below.map(\.path) == resolved.map(\.path))
    }

    /// A location built lazily gives the path an eager one gives, and knows whether it is the root.
    @Test("a node's location gives its path when read")
    func locations() throws {
        let document = JSONPathDocument(Self.root)
        let items = try JSONPathQuery.parse("$.project.items[*]").select(in: document)
        let second = try #require(items.dropFirst().first).location
        let itemPath: [PathElement] = [.key("project"), .key("items"), .index(1)]
        #expect(NodeLocation.selected(second).path == itemPath)
        #expect(!NodeLocation.selected(second).isRoot)
        #expect(NodeLocation.selected(second).appending([.key("amount")]).path == itemPath + [.key("amount")])
        #expect(NodeLocation.selected(second).appending([]).path == itemPath)
        #expect(NodeLocation.member("name", of: second).path == itemPath + [.key("name")])
        #expect(NodeLocation.path(itemPath).appending([.index(0)]).path == itemPath + [.index(0)])
        let deeper = NodeLocation.selected(second).appending([.key("a")]).appending([.key("b")])
        #expect(deeper.path == itemPath + [.key("a"), .key("b")])
        let root = try #require(try JSONPathQuery.parse("$").select(in: document).first).location
        #expect(root.isRoot && root.path.isEmpty)
        #expect(NodeLocation.selected(root).isRoot && NodeLocation.path([]).isRoot)
        // A root reached through a filter is recorded below its parent, and is not the root.
        let filtered = try JSONPathQuery.parse("$[?@.items]").select(in: document)
        #expect(filtered.map(\.location.isRoot) == [false])
        #expect(filtered.map(\.location.path) == [[.key("project")]])
    }

    /// From the root (every rule without a `given`) a field's steps are its path, with and without the prepared
    /// document; with no steps the path is the base's.
    @Test(
        "from the root a singular field's path is its steps",
        arguments: [
            ("project.items[2].name", [.key("project"), .key("items"), .index(2), .key("name")], "c"),
            ("@.project.dpo.phone", [.key("project"), .key("dpo"), .key("phone")], nil),
            ("$.year", [.key("year")], 2569), ("", [], root), ("@", [], root), ("$", [], root),
            ("project.items[5]", [.key("project"), .key("items"), .index(5)], nil),
        ] as [(String, [PathElement], Value?)])
    func fromTheRoot(text: String, path: [PathElement], value: Value?) throws {
        let field = try FieldPath(text)
        var visited: [FieldPath.Resolved] = []
        field.forEachNode(from: Self.root, at: .path([]), in: JSONPathDocument(Self.root)) {
            visited.append(.init(path: $0.path, value: $1))
        }
        #expect(visited == [.init(path: path, value: value)])
        #expect(field.resolve(from: Self.root, at: [], root: Self.root) == visited)
        // The same value below a base elsewhere: a relative field's steps follow the base's path.
        let wrapper: [PathElement] = [.key("wrapper")]
        let wrapped: Value = ["wrapper": Self.root]
        let expected = FieldPath.Resolved(path: text.hasPrefix("$") ? path : wrapper + path, value: value)
        let document = JSONPathDocument(text.hasPrefix("$") ? Self.root : wrapped)
        let below = field.resolve(from: Self.root, at: wrapper, in: document)
        #expect(below == [expected])
    }

    /// From the root, a relative field is answered through the prepared document, whose nodelists the same
    /// queries of other fields (absolute, or relative from the root) have left there: the nodes the plain
    /// resolution gives, each asked twice.
    @Test(
        "a relative field from the root resolves through the prepared document as without it",
        arguments: [
            "@.project.items[*].name", "@.project.items[*]", "@..email", "@.project.items[?@.amount]", "@",
            "@.project.items[-1]", "$.project.items[*].name", "@.missing[*].name",
        ])
    func relativeFromTheRoot(text: String) throws {
        let field = try FieldPath(text)
        let document = JSONPathDocument(Self.root)
        for other in ["$.project.items[*]", "@.project.items", "$..email"] {
            _ = try FieldPath(other).resolve(from: Self.root, at: [], in: document)
        }
        let plain = field.resolve(from: Self.root, at: [], root: Self.root)
        for _ in 1...2 {
            #expect(field.resolve(from: Self.root, at: [], in: document) == plain)
        }
    }
}
