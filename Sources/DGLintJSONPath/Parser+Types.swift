/// The well-typedness rules of RFC 9535 section 2.4.3, applied while parsing so that a query that is
/// not well-typed is rejected with the offset of the offending operand.
extension Parser {
    /// Why `@[ 'a' ]` is not singular.
    static let blankSpaceInSingularQuery =
        "a singular query allows no blank space inside its brackets: write @['a'] or @[0], not @[ 'a' ]"

    /// An operand used as a comparable: a literal, a singular query, or a function returning ValueType.
    func comparable(_ operand: Operand, at offset: Int) throws(JSONPathError) -> ComparableExpr {
        switch operand {
        case .literal(let value):
            return .literal(value)
        case .query(let query):
            guard let steps = query.singularSteps else {
                if query.walkableSteps != nil {
                    throw lexer.error(Self.blankSpaceInSingularQuery, at: offset)
                }
                throw lexer.error(
                    "a query in a comparison must be singular (only single names and indices, "
                        + "no wildcards, slices, filters, lists or '..')", at: offset)
            }
            return .singular(isRelative: query.isRelative, steps: steps)
        case .function(let call):
            guard call.function.result == .value else {
                throw lexer.error(
                    "the result of \(call.function.display) is \(call.function.result.phrase) and cannot be compared; "
                        + "use it on its own as a test", at: offset)
            }
            return .function(call)
        }
    }

    /// An operand used as a test: a query (true when it selects a node) or a function returning
    /// LogicalType or NodesType.
    func test(_ operand: Operand, at offset: Int) throws(JSONPathError) -> LogicalExpr {
        switch operand {
        case .literal:
            throw lexer.error(
                "a literal cannot be a test on its own; compare it with ==, !=, <, <=, > or >=", at: offset)
        case .query(let query):
            return .exists(query)
        case .function(let call):
            guard call.function.result != .value else {
                throw lexer.error(
                    "the result of \(call.function.display) is \(FunctionType.value.phrase), not a logical result; "
                        + "compare it, for example \(call.function.rawValue)(…) > 0", at: offset)
            }
            return .function(call)
        }
    }

    /// A ValueType argument: a literal, a singular query, or a function returning ValueType.
    func valueArgument(_ operand: Operand, of function: FunctionExtension, index: Int, at offset: Int)
        throws(JSONPathError) -> ComparableExpr
    {
        let expected = "function \(function.display) expects \(FunctionType.value.phrase) as argument \(index + 1)"
        switch operand {
        case .literal(let value):
            return .literal(value)
        case .query(let query):
            guard let steps = query.singularSteps else {
                if query.walkableSteps != nil {
                    throw lexer.error("\(expected); \(Self.blankSpaceInSingularQuery)", at: offset)
                }
                throw lexer.error(
                    "\(expected), but this query may select several nodes; "
                        + "use a singular query (only names and indices)", at: offset)
            }
            return .singular(isRelative: query.isRelative, steps: steps)
        case .function(let call):
            guard call.function.result == .value else {
                throw lexer.error(
                    "\(expected), but \(call.function.display) returns \(call.function.result.phrase)", at: offset)
            }
            return .function(call)
        }
    }

    /// A NodesType argument: a query, or a function returning NodesType.
    func nodesArgument(_ operand: Operand, of function: FunctionExtension, index: Int, at offset: Int)
        throws(JSONPathError) -> NodesExpr
    {
        let expected = "function \(function.display) expects a query (NodesType) as argument \(index + 1)"
        switch operand {
        case .literal:
            throw lexer.error("\(expected), not a literal", at: offset)
        case .query(let query):
            return .query(query)
        case .function(let call):
            guard call.function.result == .nodes else {
                throw lexer.error(
                    "\(expected), but \(call.function.display) returns \(call.function.result.phrase)", at: offset)
            }
            return .function(call)
        }
    }

    /// A logical expression given as an argument: only a LogicalType parameter accepts it.
    func logicalArgument(_ logical: LogicalExpr, of function: FunctionExtension, index: Int, at offset: Int)
        throws(JSONPathError) -> FunctionArgument
    {
        let type = function.parameters[index]
        guard type == .logical else {
            throw lexer.error(
                "function \(function.display) expects \(type.phrase) as argument \(index + 1), "
                    + "not a logical expression", at: offset)
        }
        return .logical(logical)
    }
}
