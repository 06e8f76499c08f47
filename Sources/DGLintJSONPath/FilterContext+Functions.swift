import DGLintModel

/// The result of a function extension, per its declared type.
enum FunctionResult {
    /// ValueType: a value, or nil for Nothing.
    case value(Value?)
    /// LogicalType.
    case logical(Bool)
    /// NodesType.
    case nodes([Value])
}

/// The evaluation of the function extensions declared in ``FunctionExtension``.
extension FilterContext {
    /// Calls `call` for the current node `current`.
    func call(_ call: FunctionCall, current: Value) -> FunctionResult {
        switch call.function {
        case .length:
            return .value(Self.length(of: valueArgument(call.arguments[0], current: current)))
        case .count:
            return .value(.int(nodesArgument(call.arguments[0], current: current).count))
        case .value:
            let nodes = nodesArgument(call.arguments[0], current: current)
            return .value(nodes.count == 1 ? nodes[0] : .none)
        case .match, .search:
            guard case .string(let subject)? = valueArgument(call.arguments[0], current: current),
                case .string(let pattern)? = valueArgument(call.arguments[1], current: current)
            else { return .logical(false) }
            let regexp = call.compiledPattern.map(\.regexp) ?? (try? IRegexp(pattern))
            guard let regexp else { return .logical(false) }
            return .logical(call.function == .match ? regexp.matches(subject) : regexp.contains(in: subject))
        }
    }

    /// `length()`: scalars of a string, elements of an array, members of an object; otherwise Nothing.
    static func length(of value: Value?) -> Value? {
        switch value {
        case .string(let string)?: .int(string.unicodeScalars.count)
        case .array(let elements)?: .int(elements.count)
        case .object(let members)?: .int(members.count)
        default: .none
        }
    }

    /// Evaluates a ValueType argument.
    private func valueArgument(_ argument: FunctionArgument, current: Value) -> Value? {
        switch argument {
        case .value(let comparable): return value(of: comparable, current: current)
        case .logical(let logical): return .bool(test(logical, current: current))
        case .nodes(.query(let query)) where query.segments.isEmpty:
            // `@` or `$` alone — `match(@, …)` over every node of `$..[?…]` — needs no nodelist.
            return query.isRelative ? current : root
        case .nodes(let nodes):
            let values = nodesValue(nodes, current: current)
            return values.count == 1 ? values[0] : .none
        }
    }

    /// Evaluates a NodesType argument.
    private func nodesArgument(_ argument: FunctionArgument, current: Value) -> [Value] {
        switch argument {
        case .nodes(let nodes): return nodesValue(nodes, current: current)
        case .value(let comparable): return value(of: comparable, current: current).map { [$0] } ?? []
        case .logical: return []
        }
    }

    private func nodesValue(_ nodes: NodesExpr, current: Value) -> [Value] {
        switch nodes {
        case .query(let query):
            return self.nodes(of: query, current: current)
        case .function(let call):
            if case .nodes(let values) = self.call(call, current: current) { return values }
            return []
        }
    }
}
