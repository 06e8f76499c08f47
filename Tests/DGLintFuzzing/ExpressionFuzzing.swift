import DGLintExpression
import DGLintModel

/// The expression compiler on text, and the evaluator (within its step and depth budgets) on a small
/// document when it compiles; every error offset must fall inside the text.
enum ExpressionFuzzing {
    static func run(_ input: [UInt8]) -> FuzzOutcome {
        let text = String(decoding: input, as: UTF8.self)
        let length = text.unicodeScalars.count
        let expression: Expression
        do {
            expression = try Expression.compile(text)
        } catch {
            guard (0...length).contains(error.offset) else {
                return .violated("compile error offset \(error.offset) outside 0...\(length): \(error.message)")
            }
            return .rejected(error.message, at: "offset \(error.offset)")
        }
        let root = FuzzDocuments.small
        switch expression.evaluate(current: root, root: root, data: FuzzDocuments.data) {
        case .success(let value):
            return .accepted("\(value.type)")
        case .failure(let failure):
            if let offset = failure.offset, !(0...length).contains(offset) {
                return .violated("failure offset \(offset) outside 0...\(length): \(failure.message.en)")
            }
            // A failure to evaluate is a result too: the engine reports it on the rule.
            return .accepted("failure: \(failure.message.en)")
        }
    }
}
