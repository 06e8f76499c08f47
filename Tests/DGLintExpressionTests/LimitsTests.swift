import DGLintExpression
import DGLintModel
import Testing

/// Nesting, step and size limits, and linear-time matching.
@Suite struct LimitsTests {
    @Test func deepParenthesesAreACompileError() {
        let source = String(repeating: "(", count: 1000) + "1" + String(repeating: ")", count: 1000)
        #expect(throws: ExpressionError(message: "expression nests more than 64 levels deep", offset: 64)) {
            try Expression.compile(source)
        }
    }

    @Test func sixtyLevelsOfParenthesesCompile() throws {
        let source = String(repeating: "(", count: 60) + "1" + String(repeating: ")", count: 60)
        #expect(try Expression.compile(source).evaluate(current: nil, root: .null) == .success(.int(1)))
    }

    @Test(arguments: ["1 + ", "!", "-", "true && ", "[1][0] == "])
    func longChainsAreACompileError(_ piece: String) {
        let source = String(repeating: piece, count: 400) + "1"
        #expect {
            try Expression.compile(source)
        } throws: { error in
            (error as? ExpressionError)?.message.contains("too deeply nested") == true
        }
    }

    @Test func aComprehensionOverAHugeListExceedsTheBudget() throws {
        let big = Value.array((0..<2_000).map { .int($0) })
        let expression = try Expression.compile("self.all(x, x >= 0)", limits: ExpressionLimits(maxSteps: 1_000))
        guard case .failure(let failure) = expression.evaluate(current: big, root: .null) else {
            Issue.record("expected a budget failure")
            return
        }
        #expect(failure.message.en == "expression exceeded its evaluation budget of 1000 steps")
        #expect(failure.message.th.contains("1000"))
    }

    /// Field chains over the document are read in place, but charged as before: one step per node.
    @Test(arguments: [
        ("root.a.b.c == 1", 6), ("has(root.a.b)", 3), ("self.all(i, i.amount > 0)", 17), ("data.x.y", 3),
    ])
    func fieldChainsCostOneStepPerNode(_ source: String, steps: Int) throws {
        let root = Value.object(["a": .object(["b": .object(["c": .int(1)])])])
        let items = Value.array((1...3).map { .object(["amount": .int($0)]) })
        let data = Value.object(["x": .object(["y": .string("z")])])
        func result(_ budget: Int) throws -> Result<ExpressionValue, ExpressionFailure> {
            try Expression.compile(source, limits: ExpressionLimits(maxSteps: budget))
                .evaluate(current: items, root: root, data: data)
        }
        let least = try (1...100).first { try result($0).failureMessage == nil }
        #expect(least == steps)
        #expect(try result(steps - 1).failureMessage?.contains("budget") == true)
    }

    @Test func aMissingFieldInAChainIsStillNamed() throws {
        let root = Value.object(["a": .object(["b": .int(1)])])
        let failure = try Expression.compile("root.a.x.y").evaluate(current: nil, root: root).failureMessage
        #expect(failure?.contains("'x'") == true, "\(failure ?? "no failure")")
    }

    @Test func nestedComprehensionsExceedTheDefaultBudget() throws {
        let list = Value.array((0..<1_500).map { .int($0) })
        let expression = try Expression.compile("self.all(x, self.all(y, x + y >= 0))")
        let result = expression.evaluate(current: list, root: .null)
        guard case .failure(let failure) = result else {
            Issue.record("expected a budget failure, got \(result)")
            return
        }
        #expect(failure.message.en.contains("budget"))
    }

    @Test func theBudgetIsNotAbsorbedByOr() throws {
        let list = Value.array((0..<2_000).map { .int($0) })
        let expression = try Expression.compile("self.all(x, x >= 0) || true", limits: ExpressionLimits(maxSteps: 500))
        guard case .failure(let failure) = expression.evaluate(current: list, root: .null) else {
            Issue.record("expected a budget failure")
            return
        }
        #expect(failure.message.en.contains("budget"))
    }

    @Test func listsLargerThanTheLimitAreRefused() throws {
        let list = Value.array((0..<200).map { .int($0) })
        let limits = ExpressionLimits(maxListSize: 100)
        let iterate = try Expression.compile("self.map(x, x)", limits: limits)
        #expect(
            iterate.evaluate(current: list, root: .null).failureMessage?.contains("exceeds the budget limit") == true)
        let concat = try Expression.compile("self + self", limits: limits)
        let sixty = Value.array((0..<60).map { .int($0) })
        #expect(concat.evaluate(current: sixty, root: .null).failureMessage?.contains("list of 120 elements") == true)
    }

    @Test func pathologicalPatternsMatchInLinearTime() throws {
        let text = Value.string(String(repeating: "a", count: 20_000))
        let expression = try Expression.compile(#"self.matches("^(a+)+$") && !self.matches("^(a|aa)*(a*)*b$")"#)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(expression.test(current: text, root: .null) == .success(true))
        }
        #expect(elapsed < .seconds(1))
    }
}

extension Result where Failure == ExpressionFailure {
    /// The English failure message, or nil on success.
    var failureMessage: String? {
        if case .failure(let failure) = self { failure.message.en } else { nil }
    }
}
