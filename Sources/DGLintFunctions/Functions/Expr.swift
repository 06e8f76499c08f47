import DGLintEngine
import DGLintExpression
import DGLintModel

/// `expr`: an expression (CEL, see docs/expressions.md) over the target (`self`) and the document (`root`)
/// must be true. The rule's message, or the option `message`, says what is wrong; an expression that cannot
/// be evaluated (a missing key, a type mismatch, division by zero) is reported with what went wrong.
struct Expr: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "expr",
            summary: LocalizedText(
                th: "นิพจน์ (CEL) ที่อ้างถึง self (ค่าที่ตรวจ) และ root (ทั้งเอกสาร) ต้องเป็นจริง "
                    + "นิพจน์ที่คำนวณไม่ได้จะถูกรายงานพร้อมสาเหตุ",
                en: "An expression (CEL) over `self` (the checked value) and `root` (the document) must be true; "
                    + "an expression that cannot be evaluated is reported with the reason."),
            options: OptionsSchema(
                [
                    OptionProperty("expr", .string, "The expression; true means the value passes."),
                    OptionProperty("message", .any, "What to say when it is false: {th: …, en: …}."),
                ], required: ["expr"]),
            examples: [
                .pass(["total": 30, "parts": [10, 20]], options: ["expr": "sum(self.parts) == self.total"]),
                .fail(["total": 31, "parts": [10, 20]], options: ["expr": "sum(self.parts) == self.total"]),
                .pass("2569-03-31", options: ["expr": "date(self) < date(\"2569-09-30\")"]),
                .fail("2570-03-31", options: ["expr": "date(self) < date(\"2569-09-30\")"]),
                .fail(["a": 1], options: ["expr": "self.b > 0"]),
            ])
    ) { options throws(OptionError) in
        let source = options.string("expr") ?? ""
        let expression: DGLintExpression.Expression
        do throws(ExpressionError) {
            expression = try DGLintExpression.Expression.compile(source)
        } catch {
            throw OptionError("the expression does not compile: \(error.message)", option: "expr", offset: error.offset)
        }
        var message: LocalizedText?
        if let value = options["message"] {
            guard let th = value["th"]?.stringValue, let en = value["en"]?.stringValue, value.objectValue?.count == 2
            else { throw OptionError("'message' must be {th: …, en: …} with both texts", option: "message") }
            message = LocalizedText(th: th, en: en)
        }
        return Expr(expression: expression, message: message)
    }

    let expression: DGLintExpression.Expression
    let message: LocalizedText?

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        // The path is described only for a message that shows it: most nodes pass.
        switch expression.test(current: target, root: context.root, data: context.data) {
        case .success(true):
            return []
        case .success(false):
            if let message { return [FunctionResult(message)] }
            let field = Describe.field(context.path)
            return [
                FunctionResult(
                    LocalizedText(
                        th: "\(field) ไม่เป็นไปตามเงื่อนไข \(expression.source)",
                        en: "\(field) does not satisfy \(expression.source)."))
            ]
        case .failure(let failure):
            let field = Describe.field(context.path)
            return [
                FunctionResult(
                    th: "ตรวจ \(field) ไม่ได้: \(failure.message.th)",
                    en: "\(field) cannot be checked: \(failure.message.en)")
            ]
        }
    }
}
