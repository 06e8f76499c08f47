/// Which schemas collect annotations.
///
/// Annotations (the properties and items a schema evaluated) are read only by `unevaluatedItems` and
/// `unevaluatedProperties`, and reach them only through applicators that evaluate the same instance in place —
/// `$ref`, `$dynamicRef`, `allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`, `dependentSchemas`. Those that move to a
/// child (`properties`, `items` and the like) start afresh, and `not`, `contains` and `propertyNames` drop what they
/// find. So a schema needs to collect annotations only when it has an `unevaluated*` keyword or is reachable from
/// one that has through in-place applicators; evaluation of every other schema keeps none.
extension SchemaCompiler {
    /// Sets ``SchemaNode/collectsAnnotations`` on every node that an `unevaluated*` keyword can see.
    static func markAnnotationCollectors(
        _ nodes: inout [SchemaNode], keywords: [CompiledKeyword], operands: Operands, dynamicAnchors: [[String: Int]]
    ) {
        var pending: [Int] = []
        for index in nodes.indices where hasUnevaluated(nodes[index], keywords) {
            nodes[index].collectsAnnotations = true
            pending.append(index)
        }
        while let index = pending.popLast() {
            for target in inPlaceTargets(of: nodes[index], keywords, operands, dynamicAnchors: dynamicAnchors)
            where !nodes[target].collectsAnnotations {
                nodes[target].collectsAnnotations = true
                pending.append(target)
            }
        }
    }

    private static func hasUnevaluated(_ node: SchemaNode, _ keywords: [CompiledKeyword]) -> Bool {
        guard case .keywords(let positions) = node.body else { return false }
        return keywords[positions].contains { keyword in
            switch keyword.check {
            case .unevaluatedItems, .unevaluatedProperties: true
            default: false
            }
        }
    }

    /// The nodes `node` applies to its own instance and whose annotations it merges: for a `$dynamicRef`, every
    /// node its anchor marks in any resource, since the one chosen depends on the dynamic scope.
    private static func inPlaceTargets(
        of node: SchemaNode, _ keywords: [CompiledKeyword], _ operands: Operands, dynamicAnchors: [[String: Int]]
    ) -> [Int] {
        guard case .keywords(let positions) = node.body else { return [] }
        var targets: [Int] = []
        for keyword in keywords[positions] {
            switch keyword.check {
            case .ref(let target):
                targets.append(target)
            case .dynamicRef(let anchor, let initial):
                targets.append(initial)
                targets += dynamicAnchors.compactMap { $0[operands.strings[anchor]] }
            case .allOf(let list), .anyOf(let list), .oneOf(let list):
                targets += operands.schemas[list]
            case .conditional(let condition, let then, let otherwise):
                targets.append(condition)
                if let then { targets.append(then) }
                if let otherwise { targets.append(otherwise) }
            case .dependentSchemas(let entry):
                targets += operands.dependentSchemas[entry].map(\.schema)
            default:
                break
            }
        }
        return targets
    }
}
