import DGLintJSONPath
import DGLintRegex

/// Resolves names and calls and checks the types that are known without data, the way CEL's checker does
/// for an environment whose variables (`self`, `root`) are `dyn`.
///
/// It returns the tree with every call resolved to a ``Builtin`` and literal JSONPath queries and regular
/// expressions compiled. A static type of nil means `dyn`: only known at run time.
struct Checker {
    private let source: [Unicode.Scalar]
    private var variables: [String] = []

    /// The checked tree, or the first error.
    static func check(_ node: Node, source: [Unicode.Scalar]) throws(ExpressionError) -> Node {
        var checker = Checker(source: source)
        return try checker.check(node).node
    }

    private init(source: [Unicode.Scalar]) {
        self.source = source
    }

    private mutating func check(_ node: Node) throws(ExpressionError) -> (node: Node, type: ExpressionType?) {
        func rebuilt(_ kind: Node.Kind, _ type: ExpressionType?) -> (node: Node, type: ExpressionType?) {
            (Node(kind, start: node.start, end: node.end, at: node.at), type)
        }
        switch node.kind {
        case .literal(let value):
            return (node, value.type)
        case .ident(let name):
            return try identifier(name, node)
        case .select(let operand, let field):
            let (checked, type) = try check(operand)
            try require(type, in: [.map], "select field '\(field)' from", at: node.at)
            return rebuilt(.select(checked, field: field), nil)
        case .has(let operand, let field):
            let (checked, type) = try check(operand)
            try require(type, in: [.map], "test field '\(field)' of", at: node.at)
            return rebuilt(.has(checked, field: field), .bool)
        case .index(let operand, let index):
            let (checked, type) = try check(operand)
            try require(type, in: [.list, .map], "index", at: node.at)
            let (checkedIndex, indexType) = try check(index)
            if type == .list { try require(indexType, in: [.int, .double], "index a list with", at: index.start) }
            return rebuilt(.index(checked, checkedIndex), nil)
        case .list(let items):
            var checked: [Node] = []
            for item in items { checked.append(try check(item).node) }
            return rebuilt(.list(checked), .list)
        case .map(let entries):
            var checked: [MapEntry] = []
            for entry in entries {
                let (key, keyType) = try check(entry.key)
                try require(keyType, in: [.int, .bool, .string], "use as a map key a value of", at: entry.key.start)
                checked.append(MapEntry(key: key, value: try check(entry.value).node))
            }
            return rebuilt(.map(checked), .map)
        case .unary(let op, let operand):
            let (checked, type) = try check(operand)
            let allowed: [ExpressionType] = op == .not ? [.bool] : [.int, .double]
            try require(type, in: allowed, "apply '\(op.rawValue)' to", at: node.start)
            return rebuilt(.unary(op, checked), op == .not ? .bool : type)
        case .binary(let op, let left, let right):
            let (l, lt) = try check(left)
            let (r, rt) = try check(right)
            let type = try StaticTypes.binary(op, lt, rt, at: node.at)
            return rebuilt(.binary(op, l, r), type)
        case .and(let left, let right), .or(let left, let right):
            let (l, lt) = try check(left)
            let (r, rt) = try check(right)
            let name = if case .and = node.kind { "&&" } else { "||" }
            try require(lt, in: [.bool], "apply '\(name)' to", at: left.start)
            try require(rt, in: [.bool], "apply '\(name)' to", at: right.start)
            return rebuilt(name == "&&" ? .and(l, r) : .or(l, r), .bool)
        case .conditional(let condition, let yes, let no):
            let (c, ct) = try check(condition)
            try require(ct, in: [.bool], "use as a condition a value of", at: condition.start)
            let (y, yt) = try check(yes)
            let (n, nt) = try check(no)
            return rebuilt(.conditional(c, y, n), yt == nt ? yt : nil)
        case .unresolvedCall(let name, let target, let arguments):
            return try call(name, target: target, arguments, node)
        case .call, .variable, .invariant, .path, .hasPath:
            return (node, nil)
        case .comprehension(let comprehension):
            return try self.comprehension(comprehension, node)
        }
    }

    private func identifier(_ name: String, _ node: Node) throws(ExpressionError) -> (node: Node, type: ExpressionType?)
    {
        let variable: Variable? =
            if let slot = variables.lastIndex(of: name) {
                .local(slot)
            } else {
                switch name {
                case "self": .current
                case "root": .root
                case "data": .data
                default: nil
                }
            }
        if let variable { return (Node(.variable(variable), start: node.start, end: node.end, at: node.at), nil) }
        if let type = ExpressionType(rawValue: name) {
            return (Node(.literal(.type(type)), start: node.start, end: node.end), .type)
        }
        if FunctionCatalogue.declaration(name) != nil || name == "has" {
            throw ExpressionError(message: "'\(name)' is a function; call it as \(name)(…)", offset: node.start)
        }
        let scope = (["self", "root", "data"] + variables).map { "'\($0)'" }.joined(separator: ", ")
        throw ExpressionError(
            message: "unknown identifier '\(name)' (the names available here are \(scope))", offset: node.start)
    }

    private mutating func comprehension(
        _ comprehension: Comprehension, _ node: Node
    ) throws(ExpressionError) -> (node: Node, type: ExpressionType?) {
        var checked = comprehension
        let (range, rangeType) = try check(comprehension.range)
        try require(rangeType, in: [.list, .map], "iterate with \(comprehension.macro.rawValue)() over", at: node.at)
        checked.range = range
        checked.slot = variables.count
        variables.append(comprehension.variable)
        defer { variables.removeLast() }
        if let predicate = comprehension.predicate {
            let (p, pt) = try check(predicate)
            try require(
                pt, in: [.bool], "use as the condition of \(comprehension.macro.rawValue)() a value of", at: p.start)
            checked.predicate = p
        }
        if let transform = comprehension.transform { checked.transform = try check(transform).node }
        let type: ExpressionType =
            switch comprehension.macro {
            case .all, .exists, .existsOne: .bool
            case .map, .filter: .list
            }
        return (Node(.comprehension(checked), start: node.start, end: node.end, at: node.at), type)
    }

    /// Throws when `type` is known and not among `allowed`: "cannot <verb> int". `verb` is built only for the
    /// error: most types are only known at run time, and building the phrase for every node cost more than the
    /// rest of checking it.
    func require(
        _ type: ExpressionType?, in allowed: [ExpressionType], _ verb: @autoclosure () -> String, at offset: Int
    ) throws(ExpressionError) {
        guard let type, !allowed.contains(type) else { return }
        throw ExpressionError(message: "cannot \(verb()) \(type)", offset: offset)
    }

    /// ``require(_:in:_:at:)`` for the types a built-in's declaration accepts.
    func require(
        _ type: ExpressionType?, in allowed: Set<ExpressionType>, _ verb: @autoclosure () -> String, at offset: Int
    ) throws(ExpressionError) {
        guard let type, !allowed.contains(type) else { return }
        throw ExpressionError(message: "cannot \(verb()) \(type)", offset: offset)
    }

    /// Checks the call `name(arguments)` or `target.name(arguments)` against the catalogue.
    private mutating func call(
        _ name: String, target: Node?, _ arguments: [Node], _ node: Node
    ) throws(ExpressionError) -> (node: Node, type: ExpressionType?) {
        guard let declaration = FunctionCatalogue.declaration(name) else {
            let kind = target == nil ? "function" : "method"
            throw ExpressionError(message: "unknown \(kind) '\(name)'", offset: node.at)
        }
        let expected = target == nil ? declaration.global : declaration.method
        guard let expected else {
            let hint =
                target == nil ? "call it as a method, as in s.\(name)(…)" : "call it as a function, as in \(name)(x)"
            throw ExpressionError(message: "'\(name)' cannot be called this way; \(hint)", offset: node.at)
        }
        guard arguments.count == expected else {
            throw ExpressionError(
                message: "'\(name)' takes \(expected) argument\(expected == 1 ? "" : "s"), not \(arguments.count)",
                offset: node.at)
        }
        let all = (target.map { [$0] } ?? []) + arguments
        var checked: [Node] = []
        for (i, argument) in all.enumerated() {
            let (c, type) = try check(argument)
            let allowed = i < declaration.accepts.count ? declaration.accepts[i] : []
            if !allowed.isEmpty { try require(type, in: allowed, "pass to \(name)() a value of", at: argument.start) }
            checked.append(c)
        }
        let precompiled = try precompile(declaration.builtin, checked)
        var result = declaration.result
        if declaration.builtin == .dyn { result = nil }
        return (
            Node(.call(declaration.builtin, checked, precompiled), start: node.start, end: node.end, at: node.at),
            result
        )
    }

    /// Compiles a literal JSONPath for `query` (which requires one) and a literal pattern for `matches`.
    private func precompile(_ builtin: Builtin, _ arguments: [Node]) throws(ExpressionError) -> Precompiled? {
        switch builtin {
        case .query:
            guard case .literal(.string(let text)) = arguments[0].kind else {
                throw ExpressionError(
                    message: "query() needs a JSONPath written as a string literal, as in query(\"$.budget.items[*]\")",
                    offset: arguments[0].start)
            }
            do {
                return .query(try JSONPathQuery.parse(text))
            } catch {
                throw ExpressionError(
                    message: "invalid JSONPath: \(error.message)", offset: contentStart(arguments[0]) + error.offset)
            }
        case .matches:
            guard case .literal(.string(let pattern)) = arguments[1].kind else { return nil }
            do {
                return .regex(try Patterns.compile(pattern))
            } catch {
                throw ExpressionError(
                    message: "invalid regular expression: \(error.message)",
                    offset: contentStart(arguments[1]) + error.offset)
            }
        default:
            return nil
        }
    }

    /// The offset of the first character inside a string literal's quotes.
    private func contentStart(_ literal: Node) -> Int {
        var i = literal.start
        while i < source.count, source[i] != "\"", source[i] != "'" { i += 1 }
        let quote = i < source.count ? source[i] : "\""
        let triple = i + 2 < source.count && source[i + 1] == quote && source[i + 2] == quote
        return i + (triple ? 3 : 1)
    }
}
