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
        #expect(expression.memo.patterns.count == count)
        #expect(expression.memo.patterns == patterns)
    }

    @Test func oneValueServesEveryDocumentWithTheSameData() throws {
        let expression = try Expression.compile(Self.brands)
        #expect(expression.test(current: ["a Dell server"], root: .null, data: Self.dataA) == .success(false))
        #expect(expression.memo.entry(0, data: Self.dataA)?.value == .string(#"(?i)\b(Dell|HP)\b"#))
        #expect(expression.memo.entry(0, data: Self.dataA)?.regex != nil)
        #expect(expression.test(current: ["an HP laptop"], root: .null, data: Self.dataA) == .success(false))
        #expect(expression.test(current: ["a Lenovo laptop"], root: .null, data: Self.dataA) == .success(true))
    }

    @Test func otherDataIsComputedAgain() throws {
        let expression = try Expression.compile(Self.brands)
        let text: Value = ["a Lenovo laptop"]
        #expect(expression.test(current: text, root: .null, data: Self.dataA) == .success(true))
        #expect(expression.test(current: text, root: .null, data: Self.dataB) == .success(false))
        #expect(expression.memo.entry(0, data: Self.dataA)?.value == nil)
        #expect(expression.test(current: text, root: .null, data: Self.dataA) == .success(true))
        // Equal contents in other storage are computed again, with the same answer.
        let copy: Value = ["words": ["Dell", "HP"]]
        #expect(expression.memo.entry(0, data: copy)?.value == nil)
        #expect(expression.test(current: text, root: .null, data: copy) == .success(true))
    }

    @Test func failuresAreNotKept() throws {
        let expression = try Expression.compile(Self.brands)
        let bad: Value = ["words": ["Dell", 1]]
        for _ in 0..<2 {
            let result = expression.test(current: ["x"], root: .null, data: bad)
            #expect(result.failureMessage == "join() needs a list of strings, but element 1 is int")
            #expect(expression.memo.entry(0, data: bad)?.value == nil)
        }
        let unbalanced: Value = ["words": ["(Dell"]]
        for _ in 0..<2 {
            let result = expression.test(current: ["x"], root: .null, data: unbalanced)
            #expect(result.failureMessage?.contains("invalid regular expression") == true)
        }
    }

    /// For every budget, a kept value gives what computing it would: the same value, or the same failure at
    /// the same place when the budget runs out before, inside or after the invariant part.
    @Test(arguments: Array(1...90) + [400, 1_000])
    func aKeptValueChargesTheStepsItsComputationTook(_ budget: Int) throws {
        let source = #"self.all(t, t.matches("^(" + data.words.join("|") + "|[a-z])$")) && self.size() < 9"#
        let limits = ExpressionLimits(maxSteps: budget)
        let warm = try Expression.compile(source, limits: limits)
        _ = warm.evaluate(current: ["a"], root: .null, data: Self.dataA)
        for document: Value in [
            [], ["a"], ["a", "HP", "c", "d"], ["a", "Dell", "HP!"], .array((0..<20).map { _ in .string("t") }),
        ] {
            let fresh = try Expression.compile(source, limits: limits)
            let want = fresh.evaluate(current: document, root: .null, data: Self.dataA)
            #expect(warm.evaluate(current: document, root: .null, data: Self.dataA) == want, "\(document)")
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
}
