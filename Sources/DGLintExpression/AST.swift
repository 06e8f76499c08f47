import DGLintJSONPath
import DGLintRegex

/// A node of a parsed expression, with the span of source it came from.
///
/// `start..<end` is the node's text (offsets in Unicode scalars), used to quote sub-expressions in messages
/// (`no such key 'dpo' in self.privacy`); `at` is where its errors point: an operator, a field name, a
/// function name.
struct Node: Sendable {
    indirect enum Kind: Sendable {
        case literal(ExpressionValue)
        /// A name as written; the checker turns it into `.variable`.
        case ident(String)
        /// A name the checker resolved to what it stands for.
        case variable(Variable)
        /// `operand.field`.
        case select(Node, field: String)
        /// `has(operand.field)`.
        case has(Node, field: String)
        /// `operand.field`, a path from `root`, `self` or `data` that the expression reads more than once: the
        /// evaluator keeps what it holds in read slot `slot` (set by ``DocumentReads``).
        case path(Node, field: String, slot: Int)
        /// `has(operand.field)` of such a path, which shares its read slot.
        case hasPath(Node, field: String, slot: Int)
        /// `operand[index]`.
        case index(Node, Node)
        case list([Node])
        case map([MapEntry])
        case unary(UnaryOperator, Node)
        case binary(BinaryOperator, Node, Node)
        case and(Node, Node)
        case or(Node, Node)
        case conditional(Node, Node, Node)
        /// A call as written; the checker turns it into `.call`.
        case unresolvedCall(name: String, target: Node?, arguments: [Node])
        /// A checked call of a built-in; for a method call the receiver is the first argument.
        case call(Builtin, [Node], Precompiled?)
        case comprehension(Comprehension)
        /// A sub-expression whose value is the same for every document (it reads only `data` and literals),
        /// kept in slot `memo` of its expression's ``InvariantMemo``; set by ``Invariants``. Evaluating it
        /// is evaluating the sub-expression: it costs no step of its own.
        case invariant(Node, memo: Int)
    }

    var kind: Kind
    var start: Int
    var end: Int
    var at: Int
    /// The height of the tree below and including this node.
    var height: Int

    init(_ kind: Kind, start: Int, end: Int, at: Int? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.at = at ?? start
        height = 1 + kind.childHeight
    }
}

/// One `key: value` of a map literal.
struct MapEntry: Sendable {
    var key: Node
    var value: Node
}

/// A macro expanded at parse time: `range.all(variable, predicate)` and its relatives.
struct Comprehension: Sendable {
    enum Macro: String, Sendable {
        case all, exists
        case existsOne = "exists_one"
        case map, filter
    }

    var macro: Macro
    var range: Node
    var variable: String
    /// Where the evaluator keeps the variable: the number of comprehensions around this one, set by the
    /// checker. A nested comprehension that reuses the name gets its own slot, which shadows the outer one.
    var slot = 0
    /// The predicate of `all`, `exists`, `exists_one`, `filter` and three-argument `map`.
    var predicate: Node?
    /// The transform of `map`.
    var transform: Node?
}

/// What a name stands for, resolved by the checker so that evaluation never looks names up.
enum Variable: Sendable, Equatable {
    /// `self`.
    case current
    case root
    case data
    /// A comprehension variable, by its slot (see ``Comprehension/slot``).
    case local(Int)
}

/// What the checker compiled ahead of time for a call with a literal argument.
enum Precompiled: Sendable {
    case regex(LinearRegex)
    case query(JSONPathQuery)
    /// The pattern of `matches()` is the invariant sub-expression in this memo slot, which keeps its compiled
    /// regex with its value (set by ``Invariants``).
    case invariantPattern(memo: Int)
}

enum UnaryOperator: String, Sendable {
    case not = "!"
    case negate = "-"
}

enum BinaryOperator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "=="
    case notEqual = "!="
    case `in`

    /// Whether the operator compares and gives a bool.
    var isRelation: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .remainder: false
        default: true
        }
    }
}

extension Node.Kind {
    /// The height of the tallest direct sub-expression (0 for a leaf), without building ``children``: every node
    /// the parser and the checker make asks for it.
    var childHeight: Int {
        switch self {
        case .literal, .ident, .variable: 0
        case .select(let n, _), .has(let n, _), .path(let n, _, _), .hasPath(let n, _, _), .unary(_, let n),
            .invariant(let n, _):
            n.height
        case .index(let a, let b), .binary(_, let a, let b), .and(let a, let b), .or(let a, let b):
            max(a.height, b.height)
        case .list(let items): items.reduce(0) { max($0, $1.height) }
        case .map(let entries): entries.reduce(0) { max($0, $1.key.height, $1.value.height) }
        case .conditional(let a, let b, let c): max(a.height, b.height, c.height)
        case .unresolvedCall(_, let target, let arguments): arguments.reduce(target?.height ?? 0) { max($0, $1.height) }
        case .call(_, let arguments, _): arguments.reduce(0) { max($0, $1.height) }
        case .comprehension(let c): max(c.range.height, c.predicate?.height ?? 0, c.transform?.height ?? 0)
        }
    }

    /// The direct sub-expressions.
    var children: [Node] {
        switch self {
        case .literal, .ident, .variable: return []
        case .select(let n, _), .has(let n, _), .path(let n, _, _), .hasPath(let n, _, _), .unary(_, let n): return [n]
        case .index(let a, let b), .binary(_, let a, let b), .and(let a, let b), .or(let a, let b): return [a, b]
        case .list(let items): return items
        case .map(let entries): return entries.flatMap { [$0.key, $0.value] }
        case .conditional(let a, let b, let c): return [a, b, c]
        case .unresolvedCall(_, let target, let arguments): return (target.map { [$0] } ?? []) + arguments
        case .call(_, let arguments, _): return arguments
        case .comprehension(let c): return [c.range] + [c.predicate, c.transform].compactMap { $0 }
        case .invariant(let n, _): return [n]
        }
    }
}

extension Node {
    /// Calls `body` with each direct sub-expression, in the order of ``Kind/children``, without collecting them.
    func forEachChild(_ body: (Node) -> Void) {
        switch kind {
        case .literal, .ident, .variable: break
        case .select(let n, _), .has(let n, _), .path(let n, _, _), .hasPath(let n, _, _), .unary(_, let n),
            .invariant(let n, _):
            body(n)
        case .index(let a, let b), .binary(_, let a, let b), .and(let a, let b), .or(let a, let b):
            body(a)
            body(b)
        case .conditional(let a, let b, let c):
            body(a)
            body(b)
            body(c)
        case .list(let items): items.forEach(body)
        case .call(_, let arguments, _): arguments.forEach(body)
        default: kind.children.forEach(body)
        }
    }

    /// The node with each direct sub-expression replaced by `transform` of it.
    func mapChildren(_ transform: (Node) -> Node) -> Node {
        var node = self
        switch kind {
        case .literal, .ident, .variable:
            return self
        case .select(let operand, let field): node.kind = .select(transform(operand), field: field)
        case .has(let operand, let field): node.kind = .has(transform(operand), field: field)
        case .path(let operand, let field, let slot): node.kind = .path(transform(operand), field: field, slot: slot)
        case .hasPath(let operand, let field, let slot):
            node.kind = .hasPath(transform(operand), field: field, slot: slot)
        case .index(let operand, let index): node.kind = .index(transform(operand), transform(index))
        case .list(let items): node.kind = .list(items.map(transform))
        case .map(let entries):
            node.kind = .map(entries.map { MapEntry(key: transform($0.key), value: transform($0.value)) })
        case .unary(let op, let operand): node.kind = .unary(op, transform(operand))
        case .binary(let op, let left, let right): node.kind = .binary(op, transform(left), transform(right))
        case .and(let left, let right): node.kind = .and(transform(left), transform(right))
        case .or(let left, let right): node.kind = .or(transform(left), transform(right))
        case .conditional(let condition, let yes, let no):
            node.kind = .conditional(transform(condition), transform(yes), transform(no))
        case .unresolvedCall(let name, let target, let arguments):
            node.kind = .unresolvedCall(name: name, target: target.map(transform), arguments: arguments.map(transform))
        case .call(let builtin, let arguments, let precompiled):
            node.kind = .call(builtin, arguments.map(transform), precompiled)
        case .comprehension(var c):
            c.range = transform(c.range)
            c.predicate = c.predicate.map(transform)
            c.transform = c.transform.map(transform)
            node.kind = .comprehension(c)
        case .invariant(let inner, let memo): node.kind = .invariant(transform(inner), memo: memo)
        }
        return node
    }
}
