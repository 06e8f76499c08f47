import DGLintExpression
import Testing

/// The expression table: every row evaluates to its value or fails with its message.
@Suite struct ExpressionTableTests {
    @Test(arguments: LiteralAndOperatorCases.literals)
    func literals(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: LiteralAndOperatorCases.arithmetic)
    func arithmetic(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: LiteralAndOperatorCases.comparisons)
    func comparisons(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: LiteralAndOperatorCases.membership)
    func membership(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: LogicAndAccessCases.logic)
    func logic(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: LogicAndAccessCases.access)
    func access(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: FunctionAndMacroCases.functions)
    func functions(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: FunctionAndMacroCases.macros)
    func macros(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: ExtensionCases.thai)
    func thaiExtensions(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: ExtensionCases.dates)
    func dates(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: ExtensionCases.queries)
    func queries(_ row: ExpressionCase) throws { try row.check() }

    @Test(arguments: CompileErrorCases.all)
    func compileErrors(_ row: CompileErrorCase) {
        #expect(throws: ExpressionError.self) { try Expression.compile(row.source) }
        do {
            _ = try Expression.compile(row.source)
        } catch {
            #expect(error.message.contains(row.fragment), "\(row.source): '\(error.message)', want '\(row.fragment)'")
            #expect(error.offset == row.offset, "\(row.source): offset \(error.offset), want \(row.offset)")
        }
    }

    @Test func tableHasAtLeastTwoHundredRows() {
        let rows =
            LiteralAndOperatorCases.literals.count + LiteralAndOperatorCases.arithmetic.count
            + LiteralAndOperatorCases.comparisons.count + LiteralAndOperatorCases.membership.count
            + LogicAndAccessCases.logic.count + LogicAndAccessCases.access.count
            + FunctionAndMacroCases.functions.count + FunctionAndMacroCases.macros.count + ExtensionCases.thai.count
            + ExtensionCases.dates.count + ExtensionCases.queries.count + CompileErrorCases.all.count
        #expect(rows >= 200)
    }
}
