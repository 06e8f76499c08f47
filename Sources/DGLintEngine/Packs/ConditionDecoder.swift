import DGLintExpression
import DGLintJSONPath
import DGLintModel

/// Decodes `when` conditions and `given` queries, reporting a bad JSONPath at the character it concerns.
enum ConditionDecoder {
    static func decode(_ node: DecodingNode, _ collector: DiagnosticCollector, what: String) -> Condition? {
        guard case .object = node.value else { return query(node, collector, what: what).map(Condition.path) }
        guard node.checkMapping(collector, what: what, allowed: ["expr"], required: ["expr"], code: "pack"),
            let exprNode = node.child("expr")
        else { return nil }
        return expression(exprNode, collector, what: "the expression of \(what)").map(Condition.expression)
    }

    /// A compiled expression, or nil after reporting the error at its column.
    static func expression(_ node: DecodingNode, _ collector: DiagnosticCollector, what: String) -> Expression? {
        guard let text = node.string(collector, what: what, code: "pack") else { return nil }
        do {
            return try Expression.compile(text)
        } catch {
            collector.error(
                "pack.expression",
                "\(what) does not compile: \(error.message) (at column \(error.offset + 1) of \"\(text)\")",
                at: node.location(atOffset: error.offset))
            return nil
        }
    }

    /// An absolute JSONPath query, or nil after reporting.
    static func query(_ node: DecodingNode, _ collector: DiagnosticCollector, what: String) -> JSONPathQuery? {
        guard let text = node.string(collector, what: what, code: "pack") else { return nil }
        guard text.hasPrefix("$") else {
            collector.error(
                "pack.jsonpath", "\(what) must be a JSONPath starting with '$', such as \"$.privacy\"; it is '\(text)'",
                at: node.location)
            return nil
        }
        do {
            return try JSONPathQuery.parse(text)
        } catch {
            collector.error(
                "pack.jsonpath",
                "\(what) is not a valid JSONPath: \(error.message) (at column \(error.offset + 1) of \"\(text)\")",
                at: node.location(atOffset: error.offset))
            return nil
        }
    }

    /// A field path, or nil after reporting.
    static func field(_ node: DecodingNode, _ collector: DiagnosticCollector, what: String) -> FieldPath? {
        guard let text = node.string(collector, what: what, code: "pack") else { return nil }
        do {
            return try FieldPath(text)
        } catch {
            collector.error(
                "pack.field",
                "\(what) is not a valid field path: \(error.message) (at column \(error.offset + 1) of \"\(text)\")",
                at: node.location(atOffset: error.offset))
            return nil
        }
    }
}
