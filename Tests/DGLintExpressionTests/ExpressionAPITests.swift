import DGLintExpression
import DGLintModel
import DGLintThai
import Testing

/// The public surface the engine integrates against.
@Suite struct ExpressionAPITests {
    @Test func compileKeepsTheSource() throws {
        let expression = try Expression.compile("1 + 1")
        #expect(expression.source == "1 + 1")
        #expect(expression.description == "1 + 1")
    }

    @Test func testGivesTheBool() throws {
        #expect(try Expression.compile("self > 1").test(current: 2, root: .null) == .success(true))
        #expect(try Expression.compile("self > 1").test(current: 0, root: .null) == .success(false))
    }

    @Test func testRefusesANonBoolResult() throws {
        let result = try Expression.compile("self + 1").test(current: 2, root: .null)
        #expect(result.failureMessage == "the expression must give true or false, but gave int")
    }

    @Test func runtimeFailuresAreBilingualAndPointIntoTheExpression() throws {
        let expression = try Expression.compile("has(self.privacy) && self.privacy.dpo.name != ''")
        let result = expression.evaluate(current: ["privacy": ["ropa": true]], root: .null)
        guard case .failure(let failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(
            failure.message
                == LocalizedText(th: "ไม่พบคีย์ 'dpo' ใน self.privacy", en: "no such key 'dpo' in self.privacy"))
        #expect(failure.offset == 34)
        #expect(failure.description == "no such key 'dpo' in self.privacy (at column 35)")
    }

    @Test func aFailureInsideAComprehensionPointsAtItsOperator() throws {
        let expression = try Expression.compile("self.items.all(i, i.amount / i.count > 0)")
        let result = expression.evaluate(current: ["items": [["amount": 4, "count": 2], ["amount": 1]]], root: .null)
        guard case .failure(let failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.message.en == "no such key 'count' in i")
        #expect(failure.offset == 31)
    }

    @Test func oneExpressionEvaluatedAgainAndAgainKeepsNoVariableFromTheLastTime() throws {
        let expression = try Expression.compile("self.all(x, self.exists(y, y == x * 2) || x > 5)")
        #expect(expression.test(current: [1, 2, 4], root: .null) == .success(false))
        #expect(expression.test(current: [2, 4, 8], root: .null) == .success(true))
        #expect(expression.test(current: [], root: .null) == .success(true))
        #expect(expression.test(current: [3], root: .null) == .success(false))
        #expect(expression.test(current: ["a"], root: .null).failureMessage == "'*' cannot multiply string and int")
    }

    @Test func valuesPrintAsJSON() throws {
        let result = try Expression.compile(#"{"d": date("๒๕๖๙-๐๓-๓๑"), "t": type(1), 2: [1.5, null]}"#)
            .evaluate(current: nil, root: .null)
        guard case .success(let value) = result else {
            Issue.record("expected a value")
            return
        }
        #expect(value.json.jsonText() == #"{"d":"2569-03-31","t":"int","2":[1.5,null]}"#)
        #expect(value.type == .map)
    }

    @Test func documentValuesBecomeExpressionValues() {
        #expect(ExpressionValue(["a": [1, 2.5, "x", true, nil]]).json == ["a": [1, 2.5, "x", true, nil]])
        #expect(ExpressionValue(.int(1)) == .double(1.0))
        #expect(ExpressionValue(.string("a")) != .int(1))
    }

    @Test func compileErrorsDescribeTheColumn() {
        #expect(
            ExpressionError(message: "unknown identifier 'foo'", offset: 4).description
                == "unknown identifier 'foo' (at column 5)")
    }
}
