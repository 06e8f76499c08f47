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
