extension Parser {
    /// A primary expression followed by any field selections, method calls and indexes.
    mutating func member() throws(ExpressionError) -> Node {
        try memberSuffixes(try primary())
    }

    /// Applies `.field`, `.method(…)` and `[index]` suffixes to `node`.
    mutating func memberSuffixes(_ start: Node) throws(ExpressionError) -> Node {
        var node = start
        while true {
            if current.isPunct(.dot) {
                advance()
                let nameToken = advance()
                guard case .ident(let name) = nameToken.kind else {
                    throw ExpressionError(
                        message: "expected a field or method name after '.', found \(nameToken.display)",
                        offset: nameToken.start)
                }
                if current.isPunct(.openParen) {
                    advance()
                    let (arguments, end) = try self.arguments(name)
                    node = try methodCall(name, nameToken.start, on: node, arguments, end: end)
                } else {
                    node = try make(
                        .select(node, field: name), start: node.start, end: nameToken.end, at: nameToken.start)
                }
            } else if current.isPunct(.openBracket) {
                let open = advance()
                let index = try expression()
                let close = try expect(.closeBracket, "to close the index")
                node = try make(.index(node, index), start: node.start, end: close.end, at: open.start)
            } else {
                return node
            }
        }
    }

    /// `target.name(arguments)`: a macro, the namespaced `thai.digits`, or a method call.
    private mutating func methodCall(
        _ name: String, _ at: Int, on target: Node, _ arguments: [Node], end: Int
    ) throws(ExpressionError) -> Node {
        if case .ident("thai") = target.kind {
            return try make(
                .unresolvedCall(name: "thai." + name, target: nil, arguments: arguments), start: target.start, end: end,
                at: target.start)
        }
        guard let macro = Comprehension.Macro(rawValue: name) else {
            return try make(
                .unresolvedCall(name: name, target: target, arguments: arguments), start: target.start, end: end, at: at
            )
        }
        let counts = macro == .map ? [2, 3] : [2]
        guard counts.contains(arguments.count) else {
            let usage =
                macro == .map
                ? "2 or 3 arguments, as in list.map(x, x * 2)" : "2 arguments, as in list.\(name)(x, x > 0)"
            throw ExpressionError(message: "\(name)() takes \(usage), not \(arguments.count)", offset: at)
        }
        guard case .ident(let variable) = arguments[0].kind else {
            throw ExpressionError(
                message: "the first argument of \(name)() must be a variable name, as in list.\(name)(x, …)",
                offset: arguments[0].start)
        }
        let body = arguments[arguments.count - 1]
        let comprehension = Comprehension(
            macro: macro, range: target, variable: variable,
            predicate: macro == .map ? (arguments.count == 3 ? arguments[1] : nil) : body,
            transform: macro == .map ? body : nil)
        return try make(.comprehension(comprehension), start: target.start, end: end, at: at)
    }

    /// A literal, a name, a call, a parenthesised expression, a list or a map.
    private mutating func primary() throws(ExpressionError) -> Node {
        let token = advance()
        switch token.kind {
        case .int(let magnitude):
            guard let value = Int64(exactly: magnitude) else {
                throw ExpressionError(message: "integer literal is out of the 64-bit range", offset: token.start)
            }
            return try make(.literal(.int(value)), start: token.start, end: token.end)
        case .double(let d):
            return try make(.literal(.double(d)), start: token.start, end: token.end)
        case .string(let s):
            return try make(.literal(.string(s)), start: token.start, end: token.end)
        case .ident(let name):
            return try identifier(name, token)
        case .punct(.openParen):
            let inner = try expression()
            try expect(.closeParen, "to close '(' at column \(token.start + 1)")
            return inner
        case .punct(.openBracket):
            var items: [Node] = []
            while !current.isPunct(.closeBracket) {
                items.append(try expression())
                guard current.isPunct(.comma) else { break }
                advance()
            }
            let close = try expect(.closeBracket, "to close the list")
            return try make(.list(items), start: token.start, end: close.end)
        case .punct(.openBrace):
            var entries: [MapEntry] = []
            while !current.isPunct(.closeBrace) {
                let key = try expression()
                try expect(.colon, "between a map key and its value")
                entries.append(MapEntry(key: key, value: try expression()))
                guard current.isPunct(.comma) else { break }
                advance()
            }
            let close = try expect(.closeBrace, "to close the map")
            return try make(.map(entries), start: token.start, end: close.end)
        case .punct(.dot):
            throw ExpressionError(message: "leading '.' names are not supported", offset: token.start)
        case .end:
            throw ExpressionError(message: "the expression ends too early; a value is missing", offset: token.start)
        default:
            throw ExpressionError(message: "unexpected \(token.display)", offset: token.start)
        }
    }

    /// A keyword literal, a variable, `has(…)`, or a global call.
    private mutating func identifier(_ name: String, _ token: Token) throws(ExpressionError) -> Node {
        switch name {
        case "true": return try make(.literal(.bool(true)), start: token.start, end: token.end)
        case "false": return try make(.literal(.bool(false)), start: token.start, end: token.end)
        case "null": return try make(.literal(.null), start: token.start, end: token.end)
        case "in": throw ExpressionError(message: "unexpected 'in'", offset: token.start)
        default: break
        }
        if reservedWords.contains(name) {
            throw ExpressionError(message: "'\(name)' is a reserved word and cannot be used here", offset: token.start)
        }
        guard current.isPunct(.openParen) else { return try make(.ident(name), start: token.start, end: token.end) }
        advance()
        let (arguments, end) = try self.arguments(name)
        guard name == "has" else {
            return try make(
                .unresolvedCall(name: name, target: nil, arguments: arguments), start: token.start, end: end)
        }
        guard arguments.count == 1, case .select(let operand, let field) = arguments[0].kind else {
            throw ExpressionError(
                message: "has() takes one field selection, as in has(self.privacy.dpo)", offset: token.start)
        }
        return try make(.has(operand, field: field), start: token.start, end: end, at: arguments[0].at)
    }
}
