import DGLintModel

/// A parsed query: where it starts and the segments applied in turn.
struct QueryAST: Sendable {
    /// Whether the query starts at the current node `@` rather than the root `$`.
    let isRelative: Bool
    /// The segments, in order.
    let segments: [Segment]
    /// For a query of child segments of one name or index each (`@.model`, `$.budget.items[0]`, blank space
    /// allowed), its steps: the query selects the node at their end, if any, which an existence test inside a
    /// filter finds by walking them rather than by evaluating the query. Nil for any other query.
    let walkableSteps: [PathElement]?

    init(isRelative: Bool, segments: [Segment]) {
        self.isRelative = isRelative
        self.segments = segments
        walkableSteps = Self.singularSteps(of: segments, allowingBlankSpace: true)
    }

    /// The steps of the query when it is singular, otherwise nil.
    ///
    /// RFC 9535 defines singular queries by grammar: each segment is `.name`, `[name-selector]` or
    /// `[index-selector]`, with no blank space inside the brackets (blank space between segments is fine).
    var singularSteps: [PathElement]? {
        Self.singularSteps(of: segments, allowingBlankSpace: false)
    }

    /// The steps the query would have as a singular query, optionally overlooking blank space inside
    /// brackets (``walkableSteps``, and the messages that say why a query is not singular).
    private static func singularSteps(of segments: [Segment], allowingBlankSpace: Bool) -> [PathElement]? {
        var steps: [PathElement] = []
        steps.reserveCapacity(segments.count)
        for segment in segments {
            guard !segment.isDescendant, segment.selectors.count == 1, allowingBlankSpace || !segment.hasBlankSpace
            else { return nil }
            switch segment.selectors[0] {
            case .name(let name): steps.append(.key(name))
            case .index(let index): steps.append(.index(index))
            default: return nil
            }
        }
        return steps
    }
}

/// A child segment (`.name`, `[...]`) or a descendant segment (`..name`, `..[...]`).
struct Segment: Sendable {
    /// Whether the selectors apply to the input node and all its descendants.
    var isDescendant: Bool
    /// The selectors, applied in order; the segment's result is the concatenation of theirs.
    var selectors: [Selector]
    /// Whether there is blank space inside the segment's brackets (which makes a query non-singular).
    var hasBlankSpace = false
}

/// One selector of a segment.
enum Selector: Sendable {
    /// A member name.
    case name(String)
    /// All children.
    case wildcard
    /// An array index; negative counts from the end.
    case index(Int)
    /// An array slice `start:end:step`, each part optional.
    case slice(start: Int?, end: Int?, step: Int?)
    /// The children for which the expression is true.
    case filter(Filter)
}

/// A filter selector's expression, and the same compiled to a closure when it has one of the shapes filters
/// over every node of a document take (`$..[?match(@, '…')]`, `$..[?@ >= 1000 && @ < 2000]`).
struct Filter: Sendable {
    let expression: LogicalExpr
    /// Whether a node passes, decided without interpreting the expression: for `match(@, '…')` and
    /// `search(@, '…')` with a valid literal pattern, `@` or a singular path from it (`@.category`) compared
    /// with a literal, the existence of such a path (`@.model`), and `&&`, `||` and `!` of those. Nil for any
    /// other filter.
    let nodeTest: NodeTest?
    /// The one kind of node that can pass ``nodeTest``, when there is one: strings for `match(@, '…')` and
    /// `search(@, '…')`, numbers for `@` ordered against a number (`@ >= 1000000000000`), either for `@` equal to
    /// a literal of that kind, and for an `&&` with such a term or an `||` whose terms all have the same. A
    /// descendant scan then tests the nodes of that kind only: reading any other node to call the test copied it
    /// (a retain and a release of a map, a list or a string).
    let passingKind: PassingKind?
    /// For a filter that only strings pass and whose terms are all pattern tests (`match(@, '…') && !match(@,
    /// '…')`, as THVAL-02 scans with): the same decision taken on a string's UTF-8 bytes, which a descendant scan
    /// reads from the document's ``JSONPathDocument/Index/strings`` without copying a node.
    let stringTest: StringTest?

    /// A kind of node that alone can pass a filter.
    enum PassingKind: Sendable {
        case strings
        case numbers

        /// Whether `value` is of this kind, told by its case alone (nothing is copied).
        func holds(_ value: Value) -> Bool {
            switch (self, value) {
            case (.strings, .string), (.numbers, .int), (.numbers, .double): true
            default: false
            }
        }
    }

    /// Whether only strings can pass ``nodeTest``.
    var testsStringsOnly: Bool { passingKind == .strings }

    init(_ expression: LogicalExpr) {
        self.expression = expression
        nodeTest = NodeTest(expression)
        passingKind = nodeTest == nil ? nil : Self.passingKind(expression)
        stringTest = passingKind == .strings ? StringTest(expression) : nil
    }

    /// The one kind of node that can satisfy `expression`, as ``NodeTest`` decides it, if there is one.
    private static func passingKind(_ expression: LogicalExpr) -> PassingKind? {
        switch expression {
        case .function(let call):
            return call.testsCurrentNode ? .strings : nil
        case .comparison(.singular(isRelative: true, let steps), let op, .literal(let literal)) where steps.isEmpty,
            .comparison(.literal(let literal), let op, .singular(isRelative: true, let steps)) where steps.isEmpty:
            // Ordered or equal only to a value of the same kind (RFC 9535 section 2.3.5.2.2); `!=` passes any other.
            guard op != .notEqual else { return nil }
            switch literal {
            case .string: return .strings
            case .int, .double: return .numbers
            default: return nil
            }
        case .and(let terms):
            return terms.lazy.compactMap(passingKind).first
        case .or(let terms):
            let kinds = terms.map(passingKind)
            guard let first = kinds.first, let kind = first, kinds.allSatisfy({ $0 == kind }) else { return nil }
            return kind
        case .not, .comparison, .exists:
            return nil
        }
    }
}

/// A filter compiled to a closure that decides a node (see ``Filter/nodeTest``).
///
/// A struct around the closure rather than the bare closure type: a closure held in an `Optional` or an
/// `Array` is kept at the generic abstraction level, taking its argument indirectly, so every call went
/// through reabstraction thunks and copied the node into a temporary (a retain and a release of its
/// storage) — for each node of the document and each `&&`, `||` and `!` on the way. Held in this struct,
/// the closure takes the node as it lies.
struct NodeTest: Sendable {
    let passes: @Sendable (Value) -> Bool

    private init(_ passes: @escaping @Sendable (Value) -> Bool) {
        self.passes = passes
    }

    /// The test of `expression`, or nil when it is not one of the compiled shapes.
    init?(_ expression: LogicalExpr) {
        switch expression {
        case .and(let terms):
            // Chained pairwise, not looped over an array: a closure read from an array is retained for the
            // call, an atomic operation on a count that every thread shares; a captured one is not.
            guard let test = Self.chain(terms, { all, next in { all($0) && next($0) } }) else { return nil }
            self = test
        case .or(let terms):
            guard let test = Self.chain(terms, { any, next in { any($0) || next($0) } }) else { return nil }
            self = test
        case .not(let inner):
            guard let inner = NodeTest(inner)?.passes else { return nil }
            self.init { !inner($0) }
        case .comparison(.singular(isRelative: true, let steps), let op, .literal(let literal)) where steps.isEmpty:
            self.init { Comparison.compare($0, op, literal) }
        case .comparison(.literal(let literal), let op, .singular(isRelative: true, let steps)) where steps.isEmpty:
            self.init { Comparison.compare(literal, op, $0) }
        case .comparison(.singular(isRelative: true, let steps), let op, .literal(let literal)):
            // `@.category == 'cloud'`: the member read in place, Nothing when it is missing.
            self.init { Comparison.compare(FilterContext.node(at: steps, from: $0), op, literal) }
        case .comparison(.literal(let literal), let op, .singular(isRelative: true, let steps)):
            self.init { Comparison.compare(literal, op, FilterContext.node(at: steps, from: $0)) }
        case .exists(let query) where query.isRelative:
            // `@.model`: whether the member is there, found in place rather than by evaluating the query.
            guard let steps = query.walkableSteps else { return nil }
            self.init { FilterContext.node(at: steps, from: $0) != nil }
        case .function(let call) where call.testsCurrentNode:
            self.init { call.patternTest(on: $0) ?? false }
        case .comparison, .exists, .function:
            return nil
        }
    }

    /// The tests of `terms` joined pairwise by `join`, or nil when a term has none.
    private static func chain(
        _ terms: [LogicalExpr],
        _ join: (@escaping @Sendable (Value) -> Bool, @escaping @Sendable (Value) -> Bool) -> @Sendable (Value) -> Bool
    ) -> NodeTest? {
        guard let first = terms.first, var joined = NodeTest(first)?.passes else { return nil }
        for term in terms.dropFirst() {
            guard let next = NodeTest(term)?.passes else { return nil }
            joined = join(joined, next)
        }
        return NodeTest(joined)
    }
}

/// A filter that only strings pass, compiled to a closure that decides a string from its UTF-8 bytes (see
/// ``Filter/stringTest``).
///
/// Deciding a string from a `Value` cost a descendant scan six reference-count operations per string: the node
/// copied out of the document's list to call the test, its string copied out of the node, and the pattern
/// copied out of the call — each a retain and a release, about a third of a THVAL rule's time. The bytes of
/// the document's strings are laid out once per document instead (``JSONPathDocument/Index/strings``), and
/// the tests read them in place. The `&&`, `||` and `!` are composed as ``NodeTest`` composes them, written again
/// for bytes rather than shared through a generic: a closure built in generic code is kept at the generic
/// abstraction level, which is what ``NodeTest`` exists to avoid.
struct StringTest: Sendable {
    let passes: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool

    private init(_ passes: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool) {
        self.passes = passes
    }

    /// The test of `expression`, or nil unless it is `match(@, '…')` or `search(@, '…')` with a valid literal
    /// pattern, or `&&`, `||` and `!` of those.
    init?(_ expression: LogicalExpr) {
        switch expression {
        case .and(let terms):
            guard let test = Self.chain(terms, { all, next in { all($0) && next($0) } }) else { return nil }
            self = test
        case .or(let terms):
            guard let test = Self.chain(terms, { any, next in { any($0) || next($0) } }) else { return nil }
            self = test
        case .not(let inner):
            guard let inner = StringTest(inner)?.passes else { return nil }
            self.init { !inner($0) }
        case .function(let call):
            guard let pattern = call.currentNodeRegexp else { return nil }
            if call.function == .match {
                self.init { pattern.matches(utf8: $0) }
            } else {
                self.init { pattern.contains(utf8: $0) }
            }
        case .comparison, .exists:
            return nil
        }
    }

    /// The tests of `terms` joined pairwise by `join`, or nil when a term has none.
    private static func chain(
        _ terms: [LogicalExpr],
        _ join: (
            @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool,
            @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool
        ) -> @Sendable (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> StringTest? {
        guard let first = terms.first, var joined = StringTest(first)?.passes else { return nil }
        for term in terms.dropFirst() {
            guard let next = StringTest(term)?.passes else { return nil }
            joined = join(joined, next)
        }
        return StringTest(joined)
    }
}

/// A filter expression whose result is LogicalType.
indirect enum LogicalExpr: Sendable {
    /// True when any operand is true.
    case or([LogicalExpr])
    /// True when all operands are true.
    case and([LogicalExpr])
    /// The negation of the operand.
    case not(LogicalExpr)
    /// A comparison of two values.
    case comparison(ComparableExpr, ComparisonOp, ComparableExpr)
    /// True when the query selects at least one node.
    case exists(QueryAST)
    /// A function whose result is LogicalType, or NodesType converted by non-emptiness.
    case function(FunctionCall)
}

/// An operand of a comparison, or a ValueType function argument: its result is a value or Nothing.
enum ComparableExpr: Sendable {
    /// A literal value.
    case literal(Value)
    /// A singular query; Nothing when it selects no node.
    case singular(isRelative: Bool, steps: [PathElement])
    /// A function whose declared result is ValueType.
    case function(FunctionCall)
}

/// A NodesType function argument.
enum NodesExpr: Sendable {
    /// A filter query: its nodelist.
    case query(QueryAST)
    /// A function whose declared result is NodesType.
    case function(FunctionCall)
}

/// A function argument, already converted to the parameter's declared type.
enum FunctionArgument: Sendable {
    case value(ComparableExpr)
    case logical(LogicalExpr)
    case nodes(NodesExpr)
}

/// A call of a function extension with well-typed arguments.
///
/// A class, not a struct: queries are shared by every thread of a run, and binding a struct payload copies
/// it — a retain and a release of each of its references (the arguments, two DFAs per pattern) on every
/// node a filter tests, atomic operations that threads then contend for. A class reference is one.
final class FunctionCall: Sendable {
    /// The function called.
    let function: FunctionExtension
    /// The arguments, one per declared parameter.
    let arguments: [FunctionArgument]
    /// For `match()` and `search()` with a string-literal pattern: the pattern compiled once at parse
    /// time (nil inside when the literal is not a valid I-Regexp).
    let compiledPattern: CompiledPattern?
    /// For `match(@, '…')` or `search(@, '…')` with a valid literal pattern, as over every node of
    /// `$..[?…]`: the pattern, tested on the current node directly.
    private let currentNodePattern: IRegexp?

    init(function: FunctionExtension, arguments: [FunctionArgument], compiledPattern: CompiledPattern?) {
        self.function = function
        self.arguments = arguments
        self.compiledPattern = compiledPattern
        let subjectIsCurrent: Bool
        switch arguments.first {
        case .value(.singular(isRelative: true, steps: let steps))?: subjectIsCurrent = steps.isEmpty
        case .nodes(.query(let query))?: subjectIsCurrent = query.isRelative && query.segments.isEmpty
        default: subjectIsCurrent = false
        }
        currentNodePattern = subjectIsCurrent ? compiledPattern?.regexp : nil
    }

    /// Whether ``patternTest(on:)`` decides this call.
    var testsCurrentNode: Bool { currentNodePattern != nil }

    /// The pattern ``patternTest(on:)`` tests the current node with, if any.
    var currentNodeRegexp: IRegexp? { currentNodePattern }

    /// The result of `match(@, '…')` or `search(@, '…')` with a valid literal pattern for the node `current`,
    /// decided without evaluating the arguments; nil for any other call.
    func patternTest(on current: Value) -> Bool? {
        guard let pattern = currentNodePattern else { return nil }
        guard case .string(let subject) = current else { return false }
        return function == .match ? pattern.matches(subject) : pattern.contains(in: subject)
    }
}

/// A pattern compiled at parse time; `regexp` is nil when the pattern is not valid I-Regexp.
struct CompiledPattern: Sendable {
    var regexp: IRegexp?
}

/// A comparison operator of a filter.
enum ComparisonOp: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case lessOrEqual = "<="
    case greaterOrEqual = ">="
    case less = "<"
    case greater = ">"
}
