import DGLintModel
import Testing

@testable import DGLintExpression

/// Sub-expressions that read only the pack's data are computed once and reused while the data is the same
/// value: with the same results, the same steps charged and the same failures as computing them each time.
@Suite struct InvariantTests {
    /// PROC-04's shape: a pattern built from the data, matched against each text of the document.
    static let brands = #"self.all(t, !t.matches("(?i)\\b(" + data.words.join("|") + ")\\b"))"#
    static let dataA: Value = ["words": ["Dell", "HP"]]
    static let dataB: Value = ["words": ["Lenovo"]]

    @Test(arguments: [
        (brands, 1, [true]),
        // Only the largest invariant sub-expression, and only one that computes something.
        ("data.words.size() > 0 && self.exists(t, t in data.words.map(w, w + '!'))", 2, [false, false]),
        ("data.words", 0, []),
        // A pattern is kept with its compiled regex, even when it is only read from the data.
        ("self.all(t, t.matches(data.words[0]) || t.matches(data.pattern))", 2, [true, true]),
        ("self.exists(t, t == data.words[0])", 1, [false]),
        ("self.exists(t, t == data.words)", 0, []),
        // Not invariant: reads the document, or a variable bound outside it.
        ("size(query('$.a')) + size(data.words)", 1, [false]),
        ("self.map(x, data.words.map(w, w + x))", 0, []),
        ("self.map(x, data.words.map(w, w + 'x'))", 1, [false]),
    ])
    func theLargestDataOnlySubExpressionsAreMarked(_ source: String, count: Int, patterns: [Bool]) throws {
        let expression = try Expression.compile(source)
        #expect(expression.memo.slots.count == count)
        #expect(expression.memo.slots.map(\.isPattern) == patterns)
        #expect(expression.memo.slots.allSatisfy { $0.variable == nil })
    }

    /// ALIGN-01's and OPEN-02's shape: a pattern built from each element of the data.
    static let perElement = #"self.all(t, data.words.exists(w, t.matches("^(" + w + "|[a-z])$")))"#

    /// Invariant for each element of a range: reads the data and one variable whose range is invariant.
    @Test(
        arguments: [
            (perElement, [Invariants.Slot(isPattern: true, variable: 1)]),
            (
                "data.plans.exists(k, string(self).matches('^' + string(data.plans[k].from)))",
                [.init(isPattern: true, variable: 0)]
            ),
            ("data.words.exists(w, self.exists(t, t == w + '!'))", [.init(isPattern: false, variable: 0)]),
            // Only the largest: the pattern holds `data.plans[k]`.
            (
                "data.plans.all(k, self.matches(data.plans[k].p) || 1 in data.plans[k].s)",
                [
                    .init(isPattern: true, variable: 0), .init(isPattern: false, variable: 0),
                ]
            ),
            // Several variables, each with an invariant range: kept by the positions of both.
            (
                "data.words.exists(w, data.words.exists(v, self.matches(w + v)))",
                [.init(isPattern: true, variable: 1, outer: [0])]
            ),
            // ESVC-02's shape: a range that reads an outer variable is invariant for each of its elements.
            (
                #"data.kinds.exists(k, k.names.exists(n, self.matches("(?i)" + n)))"#,
                [.init(isPattern: true, variable: 1, outer: [0])]
            ),
            (
                "data.a.exists(x, x.b.exists(y, y.c.exists(z, self.matches(z + '!'))))",
                [.init(isPattern: true, variable: 2, outer: [0, 1])]
            ),
            // Only the variables the range depends on: not `t`, which is bound between them.
            (
                "data.a.exists(x, self.exists(t, x.names.exists(n, t.matches(n + '!'))))",
                [.init(isPattern: true, variable: 2, outer: [0])]
            ),
            // Not: a range that reads the document, or a variable whose range does, a variable read bare.
            ("self.exists(t, t.names.exists(n, 'x'.matches('^' + n)))", []),
            ("self.exists(w, 'x'.matches('^' + w))", []),
            ("data.words.exists(w, self.exists(t, t == w))", []),
            ("self.exists(t, data.words.exists(w, t.matches(t + '^' + w)))", []),
            ("self.exists(t, data.words.exists(w, t.matches('^' + w + t)))", [.init(isPattern: false, variable: 1)]),
        ] as [(String, [Invariants.Slot])])
    func dataOnlyPartsOfEachElementAreMarked(_ source: String, slots: [Invariants.Slot]) throws {
        let expression = try Expression.compile(source)
        #expect(expression.memo.slots == slots)
    }

    @Test func eachElementKeepsItsOwnValue() throws {
        let expression = try Expression.compile(Self.perElement)
        #expect(expression.test(current: ["x", "HP"], root: .null, data: Self.dataA) == .success(true))
        #expect(expression.memo.entry(0, key: 0, data: Self.dataA)?.value == .string("^(Dell|[a-z])$"))
        #expect(expression.memo.entry(0, key: 1, data: Self.dataA)?.value == .string("^(HP|[a-z])$"))
        #expect(expression.memo.entry(0, key: 1, data: Self.dataA)?.regex != nil)
        #expect(expression.test(current: ["Dell", "HP!"], root: .null, data: Self.dataA) == .success(false))
        // Other data: the first element is computed again, not taken from Dell's position.
        #expect(expression.test(current: ["Lenovo"], root: .null, data: Self.dataB) == .success(true))
        #expect(expression.test(current: ["Dell"], root: .null, data: Self.dataB) == .success(false))
        #expect(expression.memo.entry(0, key: 0, data: Self.dataB)?.value == .string("^(Lenovo|[a-z])$"))
    }

    /// ESVC-02's shape: a pattern built from each name of each kind of the data.
    static let nested = #"self.all(t, data.kinds.exists(k, k.names.exists(n, t.matches("^(" + n + "|[0-9])$"))))"#
    static let kindsA: Value = ["kinds": [["names": ["a", "b"]], ["names": ["c"]]]]
    static let kindsB: Value = ["kinds": [["names": ["d"]], ["names": ["e", "f"]]]]

    @Test func eachCombinationOfPositionsKeepsItsOwnValue() throws {
        let expression = try Expression.compile(Self.nested)
        #expect(expression.memo.slots == [.init(isPattern: true, variable: 2, outer: [1])])
        #expect(expression.test(current: ["c", "b", "1"], root: .null, data: Self.kindsA) == .success(true))
        for (outer, inner, pattern) in [(0, 0, "^(a|[0-9])$"), (0, 1, "^(b|[0-9])$"), (1, 0, "^(c|[0-9])$")] {
            let entry = expression.memo.entry(0, key: outer << 10 | inner, data: Self.kindsA)
            #expect(entry?.value == .string(pattern))
            #expect(entry?.regex != nil)
        }
        #expect(expression.test(current: ["a", "d"], root: .null, data: Self.kindsA) == .success(false))
        // Other data: the same positions are computed again, not taken from the first data's names.
        #expect(expression.test(current: ["d", "f", "e"], root: .null, data: Self.kindsB) == .success(true))
        #expect(expression.test(current: ["a"], root: .null, data: Self.kindsB) == .success(false))
        #expect(expression.memo.entry(0, key: 1 << 10 | 1, data: Self.kindsB)?.value == .string("^(f|[0-9])$"))
        #expect(expression.memo.entry(0, key: 0, data: Self.kindsA) == nil)
    }

    @Test func positionsPastTheLimitAreNotKept() throws {
        let names: Value = .array((0...InvariantMemo.maximumPositions).map { .string("n\($0)") })
        let data: Value = ["kinds": [["names": names]]]
        let expression = try Expression.compile(Self.nested)
        let last = "n\(InvariantMemo.maximumPositions)"
        #expect(expression.test(current: [.string(last)], root: .null, data: data) == .success(true))
        #expect(expression.test(current: [.string(last)], root: .null, data: data) == .success(true))
        #expect(expression.memo.entry(0, key: 5, data: data)?.value == .string("^(n5|[0-9])$"))
        #expect(InvariantMemo.key(expression.memo.slots[0]) { $0 == 1 ? InvariantMemo.maximumPositions : 0 } == nil)
    }

    @Test func oneValueServesEveryDocumentWithTheSameData() throws {
        let expression = try Expression.compile(Self.brands)
        #expect(expression.test(current: ["a Dell server"], root: .null, data: Self.dataA) == .success(false))
        #expect(expression.memo.entry(0, key: 0, data: Self.dataA)?.value == .string(#"(?i)\b(Dell|HP)\b"#))
        #expect(expression.memo.entry(0, key: 0, data: Self.dataA)?.regex != nil)
        #expect(expression.test(current: ["an HP laptop"], root: .null, data: Self.dataA) == .success(false))
        #expect(expression.test(current: ["a Lenovo laptop"], root: .null, data: Self.dataA) == .success(true))
    }

    @Test func otherDataIsComputedAgain() throws {
        let expression = try Expression.compile(Self.brands)
        let text: Value = ["a Lenovo laptop"]
        #expect(expression.test(current: text, root: .null, data: Self.dataA) == .success(true))
        #expect(expression.test(current: text, root: .null, data: Self.dataB) == .success(false))
        #expect(expression.memo.entry(0, key: 0, data: Self.dataA)?.value == nil)
        #expect(expression.test(current: text, root: .null, data: Self.dataA) == .success(true))
        // Equal contents in other storage are computed again, with the same answer.
        let copy: Value = ["words": ["Dell", "HP"]]
        #expect(expression.memo.entry(0, key: 0, data: copy)?.value == nil)
        #expect(expression.test(current: text, root: .null, data: copy) == .success(true))
    }

    @Test func failuresAreNotKept() throws {
        let expression = try Expression.compile(Self.brands)
        let bad: Value = ["words": ["Dell", 1]]
        for _ in 0..<2 {
            let result = expression.test(current: ["x"], root: .null, data: bad)
            #expect(result.failureMessage == "join() needs a list of strings, but element 1 is int")
            #expect(expression.memo.entry(0, key: 0, data: bad)?.value == nil)
        }
        let unbalanced: Value = ["words": ["(Dell"]]
        for _ in 0..<2 {
            let result = expression.test(current: ["x"], root: .null, data: unbalanced)
            #expect(result.failureMessage?.contains("invalid regular expression") == true)
        }
    }

    /// For every budget, a kept value gives what computing it would: the same value, or the same failure at
    /// the same place when the budget runs out before, inside or after the invariant part.
    @Test(arguments: Array(1...90) + [400, 1_000], [0, 1, 2])
    func aKeptValueChargesTheStepsItsComputationTook(_ budget: Int, shape: Int) throws {
        let source = [
            #"self.all(t, t.matches("^(" + data.words.join("|") + "|[a-z])$")) && self.size() < 9"#,
            #"self.all(t, data.words.exists(w, t.matches("^(" + w + "|[a-z])$"))) && self.size() < 9"#,
            Self.nested + " && self.size() < 9",
        ][shape]
        let data: Value = ["words": ["Dell", "HP"], "kinds": [["names": ["Dell", "x"]], ["names": ["HP"]]]]
        let limits = ExpressionLimits(maxSteps: budget)
        let warm = try Expression.compile(source, limits: limits)
        _ = warm.evaluate(current: ["a"], root: .null, data: data)
        for document: Value in [
            [], ["a"], ["a", "HP", "c", "d"], ["a", "Dell", "HP!"], .array((0..<20).map { _ in .string("t") }),
        ] {
            let fresh = try Expression.compile(source, limits: limits)
            let want = fresh.evaluate(current: document, root: .null, data: data)
            #expect(warm.evaluate(current: document, root: .null, data: data) == want, "\(document)")
        }
    }

    @Test func threadsShareTheKeptValues() async throws {
        let expression = try Expression.compile(Self.brands)
        let results = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<200 {
                group.addTask {
                    let data = i % 3 == 0 ? Self.dataB : Self.dataA
                    let text: Value = [i % 2 == 0 ? "a Dell desktop" : "a Lenovo laptop"]
                    let want = (i % 3 == 0) == (i % 2 == 0)
                    return expression.test(current: text, root: .null, data: data) == .success(want)
                }
            }
            return await group.reduce(into: 0) { count, right in count += right ? 1 : 0 }
        }
        #expect(results == 200)
    }

    @Test func threadsShareTheValuesKeptByPositions() async throws {
        let expression = try Expression.compile(Self.nested)
        let results = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<200 {
                group.addTask {
                    let data = i % 3 == 0 ? Self.kindsB : Self.kindsA
                    // Each data's own names match and the other's do not.
                    let own: Value = i % 3 == 0 ? ["d", "f"] : ["a", "c"]
                    let other: Value = i % 3 == 0 ? ["a"] : ["d"]
                    return expression.test(current: own, root: .null, data: data) == .success(true)
                        && expression.test(current: other, root: .null, data: data) == .success(false)
                }
            }
            return await group.reduce(into: 0) { count, right in count += right ? 1 : 0 }
        }
        #expect(results == 200)
    }
}
