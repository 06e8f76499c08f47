/// Parses the tokens of an expression into a tree, by recursive descent over CEL's grammar:
///
/// ```
/// Expr    = Or ["?" Or ":" Expr]
/// Or      = And {"||" And}            And = Rel {"&&" Rel}
/// Rel     = Add {("<"|"<="|">"|">="|"=="|"!="|"in") Add}
/// Add     = Mul {("+"|"-") Mul}       Mul = Unary {("*"|"/"|"%") Unary}
/// Unary   = {"!" | "-"} Member
/// Member  = Primary {"." IDENT ["(" Args ")"] | "[" Expr "]"}
/// Primary = IDENT ["(" Args ")"] | "(" Expr ")" | "[" Items "]" | "{" Entries "}" | literal
/// ```
///
/// Every nested `Expr` counts towards ``ExpressionLimits/maxDepth``, which bounds the recursion; the tree's
/// height is bounded too, so the checker and evaluator cannot overflow the stack either.
struct Parser {
    private let tokens: [Token]
    private let limits: ExpressionLimits
    private var index = 0
    private var depth = 0

    /// The tree of `scalars`, or the first syntax error.
    static func parse(_ scalars: [Unicode.Scalar], limits: ExpressionLimits) throws(ExpressionError) -> Node {
        var parser = Parser(tokens: try Lexer.tokens(of: scalars), limits: limits)
        let node = try parser.expression()
        guard parser.current.kind == .end else {
            throw ExpressionError(
                message: "unexpected \(parser.current.display) after a complete expression",
                offset: parser.current.start)
        }
        return node
    }

    private init(tokens: [Token], limits: ExpressionLimits) {
        self.tokens = tokens
        self.limits = limits
    }

    var current: Token { tokens[index] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// Consumes the punctuation `mark` or throws an error that says what was expected (`context` is built only
    /// then).
    @discardableResult
    mutating func expect(_ mark: Punct, _ context: @autoclosure () -> String) throws(ExpressionError) -> Token {
        guard current.isPunct(mark) else {
            throw ExpressionError(
                message: "expected '\(mark.rawValue)' \(context()), found \(current.display)", offset: current.start)
        }
        return advance()
    }

    /// A node, refused when the tree would be taller than the limit allows.
    func make(_ kind: Node.Kind, start: Int, end: Int, at: Int? = nil) throws(ExpressionError) -> Node {
        let node = Node(kind, start: start, end: end, at: at)
        guard node.height <= limits.maxHeight else {
            throw ExpressionError(
                message: "expression is too deeply nested (more than \(limits.maxHeight) levels)", offset: node.at)
        }
        return node
    }

    mutating func expression() throws(ExpressionError) -> Node {
        depth += 1
        defer { depth -= 1 }
        guard depth <= limits.maxDepth else {
            throw ExpressionError(
                message: "expression nests more than \(limits.maxDepth) levels deep", offset: current.start)
        }
        let condition = try logical(.or)
        guard current.isPunct(.question) else { return condition }
        let question = advance()
        let yes = try logical(.or)
        try expect(.colon, "after the first branch of '?'")
        let no = try expression()
        return try make(.conditional(condition, yes, no), start: condition.start, end: no.end, at: question.start)
    }

    /// `||` chains of `&&` chains of relations.
    private mutating func logical(_ op: Punct) throws(ExpressionError) -> Node {
        var left = op == .or ? try logical(.and) : try binary(level: 0)
        while current.isPunct(op) {
            let token = advance()
            let right = op == .or ? try logical(.and) : try binary(level: 0)
            let kind: Node.Kind = op == .or ? .or(left, right) : .and(left, right)
            left = try make(kind, start: left.start, end: right.end, at: token.start)
        }
        return left
    }

    private static let levels: [[BinaryOperator]] = [
        [.less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual, .in],
        [.add, .subtract],
        [.multiply, .divide, .remainder],
    ]

    /// Left-associative binary operators of precedence `level` (0 relations, 1 additive, 2 multiplicative).
    private mutating func binary(level: Int) throws(ExpressionError) -> Node {
        var left = try operand(above: level)
        while let op = binaryOperator(), Self.levels[level].contains(op) {
            let token = advance()
            let right = try operand(above: level)
            left = try make(.binary(op, left, right), start: left.start, end: right.end, at: token.start)
        }
        return left
    }

    /// An operand of an operator of precedence `level`: the next level up, or a unary expression.
    private mutating func operand(above level: Int) throws(ExpressionError) -> Node {
        level + 1 < Self.levels.count ? try binary(level: level + 1) : try unary()
    }

    private func binaryOperator() -> BinaryOperator? {
        switch current.kind {
        case .punct(let p): p.binaryOperator
        case .ident("in"): .in
        default: nil
        }
    }

    /// Prefix `!` and `-`, applied innermost first; `-` directly before an integer literal makes a negative
    /// literal, so `-9223372036854775808` is the smallest int rather than an overflow.
    private mutating func unary() throws(ExpressionError) -> Node {
        var operators: [Token] = []
        while current.isPunct(.bang) || current.isPunct(.minus) { operators.append(advance()) }
        var operand: Node
        if let last = operators.last, last.isPunct(.minus), case .int(let magnitude) = current.kind {
            let literal = advance()
            guard magnitude <= UInt64(Int64.max) + 1 else {
                throw ExpressionError(message: "integer literal is out of the 64-bit range", offset: literal.start)
            }
            let value = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
            operators.removeLast()
            operand = try make(.literal(.int(value)), start: last.start, end: literal.end)
            operand = try memberSuffixes(operand)
        } else {
            operand = try member()
        }
        for token in operators.reversed() {
            let op: UnaryOperator = token.isPunct(.bang) ? .not : .negate
            operand = try make(.unary(op, operand), start: token.start, end: operand.end)
        }
        return operand
    }

    /// Call arguments after an opening parenthesis, up to and including the closing one.
    mutating func arguments(_ name: String) throws(ExpressionError) -> (nodes: [Node], end: Int) {
        var nodes: [Node] = []
        if !current.isPunct(.closeParen) {
            nodes.append(try expression())
            while current.isPunct(.comma) {
                advance()
                nodes.append(try expression())
            }
        }
        let close = try expect(.closeParen, "to close the arguments of \(name)()")
        return (nodes, close.end)
    }
}
