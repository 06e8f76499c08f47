import DGLintModel
import DGLintTestSupport
import Testing

@testable import DGLintJSONPath

/// A filter compiled to a ``NodeTest`` decides every node as the interpreter (`FilterContext.test`) does; the
/// shapes it does not compile are left to the interpreter.
@Suite struct NodeTestTests {
    static let document = """
        {"id": "1101700207366", "spaced": "1 1017 00207 36 6", "thai": "๑๑๐๑๗๐๐๒๐๗๓๖๖", "text": "ข้อความ",
         "amount": 1200000, "big": 1101700207366, "negative": -3, "real": 2.5, "yes": true, "no": false,
         "nothing": null, "date": "2569-02-30", "ce": "2026-01-01", "money": "๑,๒๐๐ บาท", "empty": "",
         "list": [1, "2", [3], {"a": 4}], "object": {"b": "2569-10-01", "c": []}}
        """

    static let filters = [
        "match(@, '[0-9๐-๙]{13}')",
        "search(@, '[๐-๙]')",
        "!match(@, '[0-9]+')",
        "@ >= 1000000000000 && @ <= 9999999999999",
        "1000 < @",
        "@ == 'ข้อความ' || @ == 2.5 || @ == true",
        "match(@, '[0-9]{4}-.*') && !match(@, '2[0-9]{3}-.*') || @ == null",
        "!(@ != 1200000)",
        "match(@, '(฿|THB)? ?[0-9๐-๙][0-9๐-๙,. -]*( ?(บาท|THB))?') && !search(@, '[0-9๐-๙]{13}')",
        // Singular paths from the node: Nothing when a step is missing.
        "@.a == 4", "@.b != '2569-10-01'", "'2' == @[1]", "@.list[-1].a >= 4",
        "@['object'].b == '2569-10-01' || @.a == 4",
        "@.a == 4 && @.b != 'x' || @.yes == true", "@[0] < 2", "@.a", "@[3].a || @.object.c", "!@.b && @[ 0 ]",
    ]

    /// Every node of the document and the document itself.
    static func nodes(_ root: Value) -> [Value] {
        switch root {
        case .array(let elements): [root] + elements.flatMap { nodes($0) }
        case .object(let members): [root] + members.values.flatMap { nodes($0) }
        default: [root]
        }
    }

    /// `passingKind` lets a descendant scan skip every node of another kind: it must be set only for filters that
    /// no node of another kind passes, and is set for the pattern tests the THVAL rules scan with (strings) and the
    /// number ranges (numbers).
    @Test(arguments: filters)
    func aPassingKindOnlyWhenNoOtherKindPasses(_ text: String) throws {
        let root = try TestJSON.parse(Self.document)
        let filter = try #require(Self.filter(try JSONPathQuery.parse("$[?\(text)]")))
        let context = FilterContext(root: root)
        if let kind = filter.passingKind {
            let otherPasses = Self.nodes(root).contains { node in
                !kind.holds(node) && context.test(filter.expression, current: node)
            }
            #expect(!otherPasses, "\(text)")
        }
        let patternFirst = text.hasPrefix("match(@, '") || text.hasPrefix("search(@, '")
        #expect(filter.testsStringsOnly == (patternFirst && !text.contains("||")), "\(text)")
        let numbers = ["@ >= 1000000000000 && @ <= 9999999999999", "1000 < @"]
        #expect((filter.passingKind == .numbers) == numbers.contains(text), "\(text)")
    }

    /// Scans of one kind of node — strings decided from the document's UTF-8 (`StringTest`), numbers told apart by
    /// their case — select what the walk without a prepared document selects, from the root and from the nodes
    /// below it, whose strings are a run in the middle of the document's.
    @Test(arguments: [
        "$..[?match(@, '[0-9๐-๙]{13}')]", "$..[?search(@, '2569') && !match(@, '[0-9]+')]",
        "$..[?match(@, '2569-.*') || search(@, '๑')]", "$..[?match(@, '')]", "$..[?search(@, 'ความ')]",
        "$.object..[?match(@, '2569-10-01')]", "$.list..[?match(@, '[0-9]')]", "$[?@ != $.list]..[?search(@, '[0-9]')]",
        "$..[?@ >= 1000000000000 && @ <= 9999999999999]", "$..[?1000 < @]", "$.list..[?@ >= 3]", "$..[?@ == 4]",
        "$..[?@ > '2569']",
    ])
    func aScanOfOneKindSelectsWhatTheWalkDoes(_ text: String) throws {
        let root = try TestJSON.parse(Self.document)
        let query = try JSONPathQuery.parse(text)
        let prepared = query.select(in: JSONPathDocument(root))
        #expect(prepared.map(\.path) == query.select(root).map(\.path))
        #expect(prepared.map(\.value) == query.select(root).map(\.value))
        #expect(!prepared.isEmpty)
    }

    /// The filters the scans of strings decide from UTF-8 bytes, and those they do not.
    @Test func patternTestsAloneAreDecidedFromBytes() throws {
        for (text, bytes) in [
            ("match(@, 'a')", true), ("search(@, 'a') && !match(@, 'b')", true),
            ("match(@, 'a') || search(@, 'b')", true), ("match(@, 'a') && @ != 'ab'", false),
        ] {
            let filter = try #require(Self.filter(try JSONPathQuery.parse("$[?\(text)]")))
            #expect(filter.testsStringsOnly, "\(text)")
            #expect((filter.stringTest != nil) == bytes, "\(text)")
        }
    }

    @Test(arguments: filters)
    func decidesAsTheInterpreter(_ text: String) throws {
        let root = try TestJSON.parse(Self.document)
        let filter = try #require(Self.filter(try JSONPathQuery.parse("$[?\(text)]")))
        let test = try #require(filter.nodeTest, "\(text) is a compiled shape")
        let context = FilterContext(root: root)
        var passed = 0
        for node in Self.nodes(root) {
            let expected = context.test(filter.expression, current: node)
            #expect(test.passes(node) == expected, "\(text) on \(node)")
            if expected { passed += 1 }
        }
        // Each filter passes some node and fails another, so both answers are compared.
        #expect(passed > 0)
        #expect(passed < Self.nodes(root).count)
    }

    @Test(arguments: [
        "@..a", "@.*", "@['a', 'b']", "$.a", "length(@) == 1", "@ == $.amount", "match(@, $.id)", "match(@, '[')",
        "@.a == 4 && @[0:1]",
        "@.a == $.amount", "!$.list[?@ == 1]", "@.a == 4 && match(@.b, 'x')",
        "count(@.*) > 1",
    ])
    func otherShapesAreInterpreted(_ text: String) throws {
        let filter = try #require(Self.filter(try JSONPathQuery.parse("$[?\(text)]")))
        #expect(filter.nodeTest == nil)
    }

    /// An existence test of a query of single names and indices (`@.a`, `$.list[-1]`) is decided by walking its
    /// steps, in the interpreter too (as in `(@.a || @.b) && !$.x[?…]`, which does not compile): the answer an
    /// evaluation of the query gives, for every node; any other query is evaluated.
    @Test(arguments: [
        ("@.a", true), ("@.object.b", true), ("@[0]", true), ("@[-1].a", true), ("@[ 3 ]['a']", true),
        ("$.list[-4]", true), ("$.nothing", true), ("$.missing", true), ("@", true), ("$", true),
        ("@['c']", true), ("@.*", false), ("@..a", false), ("@[0:1]", false), ("@['a','b']", false),
        ("$.list[?@ == 1]", false),
    ])
    func existenceAsAnEvaluation(_ text: String, walked: Bool) throws {
        let root = try TestJSON.parse(Self.document)
        let filter = try #require(Self.filter(try JSONPathQuery.parse("$[?\(text)]")))
        guard case .exists(let query) = filter.expression else {
            Issue.record("\(text) is an existence test")
            return
        }
        #expect((query.walkableSteps != nil) == walked)
        let context = FilterContext(root: root)
        for node in Self.nodes(root) {
            let expected = !context.nodes(of: query, current: node).isEmpty
            #expect(context.test(filter.expression, current: node) == expected, "\(text) on \(node)")
        }
    }

    static func filter(_ query: JSONPathQuery) -> Filter? {
        guard let segment = query.ast.segments.first, case .filter(let filter) = segment.selectors.first else {
            return nil
        }
        return filter
    }
}
