import DGLintModel
import DGLintRegex

/// Evaluates a checked tree against one document.
///
/// Every node evaluated costs a step, and building or searching lists costs a step per element; past
/// ``ExpressionLimits/maxSteps`` evaluation stops with a budget failure. Recursion follows the tree, whose
/// height the parser bounded.
struct Evaluator {
    let limits: ExpressionLimits
    /// The expression's tree, source text and what it keeps for every evaluation.
    private let program: Program
    /// The document node `self` stands for, or nil when the rule is not looking at a node.
    private let currentNode: Value?
    let root: Value
    /// The pack data `data` stands for.
    private let dataNode: Value
    /// Where patterns that are not literals are compiled and kept.
    var patterns: PatternCache { program.patterns }
    /// Where the values of invariant sub-expressions are kept.
    private var memo: InvariantMemo { program.memo }
    private var steps = 0
    /// Whether the budget is spent (a spent budget is never absorbed by `&&`, `||`, `all` or `exists`).
    var exhausted: Bool { steps > limits.maxSteps }
    /// The values of the comprehension variables in scope, by slot (outermost first): the checker resolved
    /// each use of a variable to its slot, so no name is looked up while evaluating.
    /// With each value, the position of its element in the comprehension's range: values invariant for each
    /// element of a range are kept by position.
    var locals = Locals()
    /// What the document paths read more than once hold, by read slot (see ``DocumentReads``): kept inline, since
    /// an array would be one more allocation per evaluation.
    private var reads = Reads(repeating: .unread)

    /// The room for what the document paths read more than once hold: ``DocumentReads`` hands out this many slots.
    typealias Reads = InlineArray<4, Read>

    /// What a document path read more than once holds.
    enum Read {
        /// Not read yet in this evaluation.
        case unread
        /// The path leads nowhere: a member is missing, or a value on the way is not an object.
        case absent
        case present(Value)
    }

    /// A comprehension variable's value, and the position of its element in the range.
    struct Local {
        var value: ExpressionValue
        var position: Int
    }

    /// The comprehension variables by slot: the first four in stored properties, the rest (deeper nesting than the
    /// packs use) in an array. An array alone was allocated, and grown for a nested comprehension, in every
    /// evaluation that ran a comprehension; an `InlineArray` was copied whole (`memcpy`) to read one variable.
    struct Locals {
        private static let empty = Local(value: .null, position: 0)
        private var first = empty
        private var second = empty
        private var third = empty
        private var fourth = empty
        private var overflow: [Local] = []

        subscript(slot: Int) -> Local {
            get {
                switch slot {
                case 0: first
                case 1: second
                case 2: third
                case 3: fourth
                default: overflow[slot - 4]
                }
            }
            set {
                switch slot {
                case 0: first = newValue
                case 1: second = newValue
                case 2: third = newValue
                case 3: fourth = newValue
                default: overflow[slot - 4] = newValue
                }
            }
        }

        /// The position of the element of the variable at `slot`, read without copying its value.
        func position(of slot: Int) -> Int {
            switch slot {
            case 0: first.position
            case 1: second.position
            case 2: third.position
            case 3: fourth.position
            default: overflow[slot - 4].position
            }
        }

        /// Makes room for the variable of a comprehension starting at `slot` (the number of comprehensions around
        /// it), which holds null until its first element.
        mutating func enter(_ slot: Int) {
            if slot >= 4 { overflow.append(Self.empty) }
        }

        /// Lets go of the variable at `slot` when its comprehension ends.
        mutating func leave(_ slot: Int) {
            if slot >= 4 {
                overflow.removeLast()
            } else {
                self[slot] = Self.empty
            }
        }
    }

    init(program: Program, current: Value?, root: Value, data: Value) {
        self.program = program
        limits = program.limits
        // The variables are made expression values when they are read (which wraps the node, for a map or
        // a list), not here: every field of the evaluator is one more to copy and destroy.
        currentNode = current
        self.root = root
        dataNode = data
    }

    /// Counts `cost` steps, failing once the budget is spent.
    mutating func charge(_ cost: Int, at offset: Int) throws(ExpressionFailure) {
        steps += cost
        if steps > limits.maxSteps { throw Failures.budget(limits.maxSteps, at: offset) }
    }

    /// The source text of `node`, for messages.
    func text(of node: Node) -> String {
        let source = program.source
        return String(scalars: source[max(0, node.start)..<min(source.count, node.end)])
    }

    mutating func evaluate(_ node: Node) throws(ExpressionFailure) -> ExpressionValue {
        try charge(1, at: node.at)
        switch node.kind {
        case .literal(let value):
            return value
        case .ident(let name):
            throw Failures.make("ไม่รู้จักชื่อ '\(name)'", "unknown identifier '\(name)'", at: node.start)
        case .variable(let variable):
            switch variable {
            case .local(let slot): return locals[slot].value
            case .current:
                guard let currentNode else { throw Failures.noSelf(at: node.start) }
                return ExpressionValue(currentNode)
            case .root: return ExpressionValue(root)
            case .data: return ExpressionValue(dataNode)
            }
        case .select(let operand, let field):
            var length = 0
            if case .object(let members)? = documentNode(operand, length: &length), let member = members[field],
                steps + length <= limits.maxSteps
            {
                steps += length
                return ExpressionValue(member)
            }
            return try member(field, of: operand, node)
        case .has(let operand, let field):
            var length = 0
            if case .object(let members)? = documentNode(operand, length: &length), steps + length <= limits.maxSteps {
                steps += length
                return .bool(members.hasMember(field))
            }
            return try hasMember(field, of: operand, node)
        case .path, .hasPath:
            return try read(node)
        case .index(let operand, let indexNode):
            // The operands first: `index(try evaluate(…), …)` would copy the whole evaluator as the receiver of
            // the non-mutating `index` before evaluating them (600 instructions, and as many to destroy it).
            let target = try evaluate(operand)
            let key = try evaluate(indexNode)
            return try index(target, key, node, operand: operand)
        case .list(let items):
            guard items.count <= limits.maxListSize else {
                throw Failures.tooLarge(items.count, limit: limits.maxListSize, at: node.at)
            }
            var values: [ExpressionValue] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item)) }
            return .list(ExpressionList(values))
        case .map(let entries):
            var pairs: [(ExpressionValue, ExpressionValue)] = []
            for entry in entries {
                let key = try evaluate(entry.key)
                guard [.int, .string, .bool].contains(key.type) else {
                    throw Failures.noOverload("a map key", "be", [key.type], at: entry.key.start)
                }
                pairs.append((key, try evaluate(entry.value)))
            }
            switch ExpressionMap.build(pairs) {
            case .success(let map): return .map(map)
            case .failure(let repeated): throw Failures.repeatedKey(repeated.key.keyText, at: node.at)
            }
        case .unary(let op, let operand):
            let value = try evaluate(operand)  // first, as for `.index`
            return try unary(op, value, node)
        case .binary(let op, let left, let right):
            let l = try evaluate(left)
            let r = try evaluate(right)
            return try binary(op, l, r, at: node.at)
        case .and(let left, let right):
            return try logical(left, right, decisive: false, name: "&&")
        case .or(let left, let right):
            return try logical(left, right, decisive: true, name: "||")
        case .conditional(let condition, let yes, let no):
            let c = try evaluate(condition)
            guard case .bool(let b) = c else {
                throw Failures.notBool("the condition of '?'", c.type, at: condition.start)
            }
            return try evaluate(b ? yes : no)
        case .unresolvedCall:
            throw Failures.make("นิพจน์ยังไม่ได้ตรวจสอบ", "internal error: unchecked call", at: node.at)
        case .call(let builtin, let arguments, let precompiled):
            if case .invariantPattern? = precompiled { return try matches(arguments, node) }
            return try call(builtin, try self.arguments(arguments, of: builtin, node), precompiled, node)
        case .comprehension(let comprehension):
            return try self.comprehension(comprehension, node)
        case .invariant(_, let slot):
            // The wrapper is no step of its own. Charging it and giving it back changes nothing: `inner` starts
            // at the same offset, and its first step would have failed the same way.
            steps -= 1
            return try invariant(node, slot: slot).value
        }
    }

    /// A path the expression reads more than once, `operand.field` or `has(operand.field)`: read in place as a
    /// selection or `has()` is, and kept in its read slot; evaluated in general when it is not a document value.
    /// Apart from the evaluator's `switch`, whose every case Swift compiles to copy its operands when one of them
    /// is more involved.
    @inline(never)
    private mutating func read(_ node: Node) throws(ExpressionFailure) -> ExpressionValue {
        switch node.kind {
        case .path(let operand, let field, _):
            // The path's own step is charged: the chain's other nodes are what reading it in place charges.
            var length = -1
            if let member = documentNode(node, length: &length), steps + length <= limits.maxSteps {
                steps += length
                return ExpressionValue(member)
            }
            return try member(field, of: operand, node)
        case .hasPath(let operand, let field, let slot):
            var length = 0
            if case .object(let members)? = documentNode(operand, length: &length), steps + length <= limits.maxSteps {
                steps += length
                switch reads[slot] {
                case .present: return .bool(true)
                case .absent: return .bool(false)
                case .unread:
                    let member = members[field]
                    reads[slot] = member.map(Read.present) ?? .absent
                    return .bool(member != nil)
                }
            }
            return try hasMember(field, of: operand, node)
        default:
            throw Failures.make(
                "ข้อผิดพลาดภายใน: ไม่ใช่เส้นทางที่นิพจน์อ่านมากกว่าหนึ่งครั้ง", "internal error: not a path read more than once",
                at: node.at)
        }
    }

    /// `has(operand.field)` evaluated in general, when the chain cannot be read in place: whether the operand's
    /// value, which must be a map, has the member. `node` is the `has()`, for the error's offset.
    @inline(never)
    private mutating func hasMember(_ field: String, of operand: Node, _ node: Node) throws(ExpressionFailure)
        -> ExpressionValue
    {
        let target = try evaluate(operand)
        guard case .map(let map) = target else {
            throw Failures.noOverload("has()", "test a field of", [target.type], at: node.at)
        }
        return .bool(map.hasMember(field))
    }

    /// `operand.field` evaluated in general, when the chain cannot be read in place: the operand's value, which
    /// must be a map that has the member. `node` is the selection, for the errors' offsets.
    @inline(never)
    private mutating func member(_ field: String, of operand: Node, _ node: Node) throws(ExpressionFailure)
        -> ExpressionValue
    {
        let target = try evaluate(operand)
        guard case .map(let map) = target else {
            throw Failures.noOverload("'.\(field)'", "select a field from", [target.type], at: node.at)
        }
        guard let value = map.member(field) else {
            throw Failures.noSuchKey(field, in: text(of: operand), at: node.at)
        }
        return value
    }

    /// The value of the invariant sub-expression `wrapper` wraps (an `.invariant` node, memo `slot`): the one kept
    /// for this data when the budget has room for the steps computing it took, and otherwise computed — with the
    /// same steps, and the same failure if the budget runs out — and kept (a failure is not). The wrapped node is
    /// taken out of the wrapper only to be computed: taken out for every read, it was copied (retained) each time.
    @inline(never)
    private mutating func invariant(_ wrapper: Node, slot: Int) throws(ExpressionFailure) -> InvariantMemo.Entry {
        let key = memo.key(slot) { locals.position(of: $0) }
        if let key, let entry = memo.entry(slot, key: key, data: dataNode), steps + entry.steps <= limits.maxSteps {
            steps += entry.steps
            return entry
        }
        guard case .invariant(let node, _) = wrapper.kind else {
            throw Failures.make(
                "ข้อผิดพลาดภายใน: ไม่ใช่นิพจน์ย่อยที่คงที่", "internal error: not an invariant sub-expression", at: wrapper.at)
        }
        let before = steps
        let value = try evaluate(node)
        var regex: LinearRegex?
        if memo.isPattern(slot), case .string(let pattern) = value { regex = try? patterns.compile(pattern) }
        let entry = InvariantMemo.Entry(data: dataNode, value: value, steps: steps - before, regex: regex)
        if let key { memo.store(entry, slot, key: key) }
        return entry
    }

    /// `s.matches(pattern)` with a pattern that is the same for every document, which comes with its compiled
    /// regex.
    @inline(never)
    private mutating func matches(_ arguments: [Node], _ node: Node) throws(ExpressionFailure) -> ExpressionValue {
        guard arguments.count == 2, case .invariant(_, let slot) = arguments[1].kind else {
            return try call(.matches, try self.arguments(arguments, of: .matches, node), nil, node)
        }
        let subject = try evaluate(arguments[0])
        let pattern = try invariant(arguments[1], slot: slot)
        return try call(.matches, Arguments(subject, pattern.value), pattern.regex.map(Precompiled.regex), node)
    }

    /// The document node that `node`, a chain of field selections from a variable holding a document value
    /// (`root.budget.total`, `self.items`, `i.amount`), names — read in place, without making an expression
    /// value of each map along the way. Nil when the chain starts elsewhere or leaves the document (a field
    /// missing, a value that is not a map): the general evaluation then runs, with its errors. `length` counts
    /// the chain's nodes, which is what evaluating them would charge. A path with a read slot is looked up once
    /// per evaluation.
    private mutating func documentNode(_ node: Node, length: inout Int) -> Value? {
        switch node.kind {
        case .variable(let variable):
            length += 1
            switch variable {
            case .root: return root
            case .current: return currentNode
            case .data: return dataNode
            case .local(let slot): return locals[slot].value.documentNode
            }
        case .select(let operand, let field):
            length += 1
            guard case .object(let members)? = documentNode(operand, length: &length) else { return nil }
            return members[field]
        case .path(let operand, let field, let slot):
            switch reads[slot] {
            case .present(let value):
                length += node.height
                return value
            case .absent:
                length += node.height
                return nil
            case .unread:
                length += 1
                let value: Value?
                if case .object(let members)? = documentNode(operand, length: &length) {
                    value = members[field]
                } else {
                    value = nil
                }
                reads[slot] = value.map(Read.present) ?? .absent
                return value
            }
        default:
            return nil
        }
    }

    /// The arguments of a call, evaluated in order (`query()` takes its path compiled, not evaluated).
    private mutating func arguments(
        _ nodes: [Node], of builtin: Builtin, _ node: Node
    ) throws(ExpressionFailure) -> Arguments {
        // `nodes[0]`, not `nodes.first`: an optional of the first node is a copy of it.
        guard builtin != .query, !nodes.isEmpty else { return Arguments(.null) }
        switch nodes.count {
        case 1: return Arguments(try evaluate(nodes[0]))
        case 2:
            let value = try evaluate(nodes[0])
            return Arguments(value, try evaluate(nodes[1]))
        default:
            throw Failures.make(
                "นิพจน์ยังไม่ได้ตรวจสอบ", "internal error: \(builtin.rawValue) given \(nodes.count) arguments", at: node.at)
        }
    }

    /// `&&` (decisive value false) and `||` (decisive value true), commutative over errors as in CEL: the
    /// decisive value on either side wins over an error on the other; otherwise the first error is thrown.
    private mutating func logical(
        _ left: Node, _ right: Node, decisive: Bool, name: String
    ) throws(ExpressionFailure) -> ExpressionValue {
        var firstError: ExpressionFailure?
        do {
            if try truth(of: left, operandOf: name) == decisive { return .bool(decisive) }
        } catch {
            if exhausted { throw error }
            firstError = error
        }
        do {
            if try truth(of: right, operandOf: name) == decisive { return .bool(decisive) }
        } catch {
            if exhausted { throw error }
            throw firstError ?? error
        }
        if let firstError { throw firstError }
        return .bool(!decisive)
    }

    /// One operand of `&&` or `||`, which must be a bool.
    private mutating func truth(of side: Node, operandOf name: String) throws(ExpressionFailure) -> Bool {
        let value = try evaluate(side)
        guard case .bool(let b) = value else {
            throw Failures.notBool("an operand of '\(name)'", value.type, at: side.start)
        }
        return b
    }

    private func unary(_ op: UnaryOperator, _ value: ExpressionValue, _ node: Node) throws(ExpressionFailure)
        -> ExpressionValue
    {
        switch (op, value) {
        case (.not, .bool(let b)): return .bool(!b)
        case (.negate, .int(let i)):
            guard i != .min else { throw Failures.overflow("-(\(i))", at: node.start) }
            return .int(-i)
        case (.negate, .double(let d)): return .double(-d)
        default:
            throw Failures.noOverload("'\(op.rawValue)'", "negate", [value.type], at: node.start)
        }
    }

    private func index(
        _ target: ExpressionValue, _ key: ExpressionValue, _ node: Node, operand: Node
    ) throws(ExpressionFailure) -> ExpressionValue {
        switch target {
        case .list(let list):
            let position: Int64
            switch key {
            case .int(let i): position = i
            case .double(let d) where Int64(exactly: d) != nil: position = Int64(exactly: d) ?? 0
            default: throw Failures.noOverload("'[]'", "index a list with", [key.type], at: node.at)
            }
            guard position >= 0, position < Int64(list.count) else {
                throw Failures.indexOutOfRange(position, size: list.count, at: node.at)
            }
            return list[Int(position)]
        case .map(let map):
            guard let value = map[key] else {
                let shown = if case .string(let s) = key { s } else { key.keyText }
                throw Failures.noSuchKey(shown, in: text(of: operand), at: node.at)
            }
            return value
        default:
            throw Failures.noOverload("'[]'", "index", [target.type], at: node.at)
        }
    }
}
