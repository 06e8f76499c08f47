import DGLintModel
import Testing

@testable import DGLintExpression

/// Document paths read more than once are looked up once per evaluation and kept in read slots: with the same
/// results, the same steps charged and the same failures, at the same places, as looking them up each time.
@Suite struct DocumentReadsTests {
    /// The paths given a read slot, in slot order.
    static func slotted(_ source: String) throws -> [String] {
        var paths: [Int: String] = [:]
        func visit(_ node: Node) {
            switch node.kind {
            case .path(let operand, let field, let slot), .hasPath(let operand, let field, let slot):
                paths[slot] = (DocumentReads.path(operand) ?? "?") + "." + field
            default:
                break
            }
            node.kind.children.forEach(visit)
        }
        visit(try Expression.compile(source).tree)
        return paths.sorted { $0.key < $1.key }.map(\.value)
    }

    @Test(arguments: [
        // The condition of the one-rule pack: each prefix is read by every longer path.
        (
            "has(root.privacy) && has(root.privacy.cross_border) && has(root.privacy.cross_border.transfer)"
                + " && root.privacy.cross_border.transfer == true",
            ["root.privacy", "root.privacy.cross_border", "root.privacy.cross_border.transfer"]
        ),
        ("has(root.hosting) && type(root.hosting) == map && root.hosting.model == 'x'", ["root.hosting"]),
        // Read once: nothing kept.
        ("has(root.a) && root.b.c == 1", []),
        // Read once, but once per element of a comprehension.
        ("self.all(i, i.amount == root.budget.total)", ["root.budget", "root.budget.total"]),
        // A comprehension variable's paths change with the element; `self` and `root` are different variables.
        ("self.all(i, has(i.a) && i.a > 0) && self.x == root.x", []),
        // At most four, the most read first.
        (
            "self.a.b + self.a.b + self.c.d + self.c.d + self.e + self.e + self.g + self.g + self.g",
            ["self.g", "self.a", "self.a.b", "self.c"]
        ),
    ])
    func pathsReadMoreThanOnceGetASlot(_ source: String, paths: [String]) throws {
        #expect(try Self.slotted(source) == paths)
    }

    static let document: Value = [
        "privacy": ["cross_border": ["transfer": true, "to": ["SG", "JP"]]],
        "hosting": ["model": "gdcc", "tier": 2],
        "budget": ["total": 30, "items": [["amount": 10], ["amount": 20], ["amount": "x"]]],
        "list": [1, 2, 3],
        "text": "not an object",
    ]

    static let expressions = [
        "has(root.privacy) && has(root.privacy.cross_border) && has(root.privacy.cross_border.transfer)"
            + " && root.privacy.cross_border.transfer == true",
        "has(root.privacy.cross_border.to) && root.privacy.cross_border.to.exists(c, c == 'JP')"
            + " && size(root.privacy.cross_border.to) == 2",
        // Missing members, on the way and at the end.
        "has(root.missing) || root.missing.a == 1",
        "has(root.privacy.missing) || root.privacy.missing == 1",
        "root.privacy.missing.a == 1 || has(root.privacy.missing.a)",
        // Values on the way that are not objects: the general evaluation's errors.
        "has(root.text.a) || root.text.a == 1",
        "has(root.list.a) && root.list.a == 1",
        "root.hosting.model == 'gdcc' && root.hosting.tier > 1 && has(root.hosting.tier)",
        "root.budget.items.all(i, !has(i.amount) || type(i.amount) == int && i.amount <= root.budget.total)",
        "root.budget.items.map(i, root.budget.total).size() == 3 && root.budget.total == 30",
        "self.privacy.cross_border.transfer && self.privacy.cross_border.transfer && root.hosting.x == 1",
        "has(self.hosting) && self.hosting.model + self.hosting.model == 'gdccgdcc'",
    ]

    /// For every budget, each expression gives what looking every path up each time gives: the same value, or
    /// the same failure at the same place.
    @Test(arguments: expressions)
    func keptReadsGiveWhatLookingUpGives(_ source: String) throws {
        for budget in Array(1...60) + [1_000_000] {
            let limits = ExpressionLimits(maxSteps: budget)
            let kept = try Expression.compile(source, limits: limits, keepingReads: true)
            let general = try Expression.compile(source, limits: limits, keepingReads: false)
            for current in [Self.document, nil, .null] as [Value?] {
                let want = general.evaluate(current: current, root: Self.document)
                let got = kept.evaluate(current: current, root: Self.document)
                #expect(got == want, "budget \(budget), self \(String(describing: current))")
            }
        }
    }

    /// The paths are read again for each evaluation: another document gives its own answer.
    @Test func eachEvaluationReadsItsOwnDocument() throws {
        let expression = try Expression.compile("has(root.a) && has(root.a.b) && root.a.b == 1")
        #expect(expression.test(current: nil, root: ["a": ["b": 1]]) == .success(true))
        #expect(expression.test(current: nil, root: ["a": ["c": 1]]) == .success(false))
        #expect(expression.test(current: nil, root: ["a": ["b": 2]]) == .success(false))
        #expect(expression.test(current: nil, root: [:]) == .success(false))
    }
}
