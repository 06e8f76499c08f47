import DGLintModel

/// An operand of a filter expression before its role (compared, tested or passed) is known.
enum Operand {
    case literal(Value)
    case query(QueryAST)
    case function(FunctionCall)
}

extension Parser {
    /// Parses `logical-expr` (`logical-or-expr`).
    mutating func parseLogicalExpr() throws(JSONPathError) -> LogicalExpr {
        var terms = [try parseAnd()]
        while true {
            let save = lexer.position
            lexer.skipBlanks()
            guard lexer.consume("||") else {
                lexer.position = save
                break
            }
            lexer.skipBlanks()
            terms.append(try parseAnd())
        }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    /// Parses `logical-and-expr`.
    private mutating func parseAnd() throws(JSONPathError) -> LogicalExpr {
        var terms = [try parseBasic()]
        while true {
            let save = lexer.position
            lexer.skipBlanks()
            guard lexer.consume("&&") else {
                lexer.position = save
                break
            }
            lexer.skipBlanks()
            terms.append(try parseBasic())
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    /// Parses `basic-expr`: a parenthesised expression, a comparison or a test, each maybe negated.
    private mutating func parseBasic() throws(JSONPathError) -> LogicalExpr {
        if lexer.consume("!") {
            lexer.skipBlanks()
            if lexer.next(is: "(") { return .not(try parseParenthesized()) }
            let start = lexer.position
            let operand = try parsePrimary()
            let save = lexer.position
            lexer.skipBlanks()
            if startsComparison {
                throw lexer.error("'!' cannot negate a comparison directly; write !(… \(lexer.describeNext) …)")
            }
            lexer.position = save
            return .not(try test(operand, at: start))
        }
        if lexer.next(is: "(") { return try parseParenthesized() }
        let start = lexer.position
        let operand = try parsePrimary()
        let save = lexer.position
        lexer.skipBlanks()
        guard let op = try readComparisonOp() else {
            lexer.position = save
            return try test(operand, at: start)
        }
        let left = try comparable(operand, at: start)
        lexer.skipBlanks()
        let rightStart = lexer.position
        let right = try comparable(try parsePrimary(), at: rightStart)
        return .comparison(left, op, right)
    }

    /// Parses `"(" S logical-expr S ")"`.
    private mutating func parseParenthesized() throws(JSONPathError) -> LogicalExpr {
        let open = lexer.position
        lexer.position += 1
        lexer.skipBlanks()
        let inner = try parseLogicalExpr()
        lexer.skipBlanks()
        guard lexer.consume(")") else {
            throw lexer.error(
                "unexpected \(lexer.describeNext); expected ')' to close the parenthesis opened at offset \(open)")
        }
        return inner
    }

    /// Whether a comparison operator (or a stray `=`) comes next.
    var startsComparison: Bool {
        guard let scalar = lexer.peek() else { return false }
        if scalar == "!" { return lexer.peek(1) == "=" }
        return scalar == "=" || scalar == "<" || scalar == ">"
    }

    /// Reads a comparison operator when one comes next.
    private mutating func readComparisonOp() throws(JSONPathError) -> ComparisonOp? {
        for op in ComparisonOp.allCases where lexer.consume(op.rawValue) { return op }
        if lexer.next(is: "=") { throw lexer.error("'=' is not an operator; use '==' to compare") }
        return nil
    }

    /// Parses a literal, a query (`@…` or `$…`) or a function call.
    mutating func parsePrimary() throws(JSONPathError) -> Operand {
        guard let scalar = lexer.peek() else {
            throw lexer.error("expected a query, a literal or a function call, found the end of the query")
        }
        switch scalar {
        case "@", "$":
            lexer.position += 1
            return .query(QueryAST(isRelative: scalar == "@", segments: try parseSegments()))
        case "'", "\"":
            return .literal(.string(try lexer.readStringLiteral()))
        case "-", "0"..."9":
            return .literal(try lexer.readNumber())
        case "a"..."z":
            let start = lexer.position
            var name = ""
            while let next = lexer.peek(),
                ("a"..."z").contains(next) || next == "_" || Lexer.isDigit(next)
            {
                name.unicodeScalars.append(next)
                lexer.position += 1
            }
            if !lexer.next(is: "(") {
                switch name {
                case "true": return .literal(.bool(true))
                case "false": return .literal(.bool(false))
                case "null": return .literal(.null)
                default: break
                }
            }
            return .function(try parseFunctionCall(name: name, at: start))
        default:
            throw lexer.error(
                "unexpected \(lexer.describeNext); expected a query ('@' or '$'), a literal or a function call")
        }
    }

    /// Parses the parenthesised arguments of the function `name` (already read, starting at `start`).
    private mutating func parseFunctionCall(name: String, at start: Int) throws(JSONPathError) -> FunctionCall {
        guard let function = FunctionExtension(rawValue: name) else {
            if let scalar = lexer.peek(), Lexer.isNameChar(scalar) {
                throw lexer.error("unexpected \(lexer.describeNext) in a name; function names are lower-case")
            }
            throw lexer.error("unknown function \(name)(); the functions are \(FunctionExtension.knownList)", at: start)
        }
        guard lexer.consume("(") else {
            if let scalar = lexer.peek(), Lexer.isBlank(scalar) {
                throw lexer.error("whitespace is not allowed between \(name) and '('")
            }
            throw lexer.error("expected '(' after the function name \(name)")
        }
        lexer.skipBlanks()
        var arguments: [FunctionArgument] = []
        if !lexer.consume(")") {
            while true {
                guard arguments.count < function.parameters.count else {
                    throw lexer.error("\(function.arityPhrase), but more are given")
                }
                arguments.append(
                    try parseArgument(of: function, index: arguments.count))
                lexer.skipBlanks()
                if lexer.consume(")") { break }
                guard lexer.consume(",") else {
                    throw lexer.error(
                        "unexpected \(lexer.describeNext) in the arguments of \(function.display); expected ',' or ')'"
                    )
                }
                lexer.skipBlanks()
            }
        }
        guard arguments.count == function.parameters.count else {
            throw lexer.error("\(function.arityPhrase), but \(arguments.count) given", at: lexer.position - 1)
        }
        var compiledPattern: CompiledPattern?
        if function == .match || function == .search, case .value(.literal(.string(let pattern))) = arguments[1] {
            compiledPattern = CompiledPattern(regexp: try? IRegexp(pattern))
        }
        return FunctionCall(function: function, arguments: arguments, compiledPattern: compiledPattern)
    }

    /// Parses one argument and converts it to the declared parameter type.
    private mutating func parseArgument(of function: FunctionExtension, index: Int) throws(JSONPathError)
        -> FunctionArgument
    {
        let start = lexer.position
        let type = function.parameters[index]
        if lexer.next(is: "!") || lexer.next(is: "(") {
            let logical = try parseLogicalExpr()
            return try logicalArgument(logical, of: function, index: index, at: start)
        }
        let operand = try parsePrimary()
        let afterOperand = lexer.position
        lexer.skipBlanks()
        if startsComparison || lexer.next(is: "&") || lexer.next(is: "|") {
            lexer.position = start
            let logical = try parseLogicalExpr()
            return try logicalArgument(logical, of: function, index: index, at: start)
        }
        lexer.position = afterOperand
        switch type {
        case .value: return .value(try valueArgument(operand, of: function, index: index, at: start))
        case .logical: return .logical(try test(operand, at: start))
        case .nodes: return .nodes(try nodesArgument(operand, of: function, index: index, at: start))
        }
    }
}
