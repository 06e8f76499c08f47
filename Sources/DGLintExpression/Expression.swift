public import DGLintModel

/// A compiled expression of dglint's subset of Google's Common Expression Language (CEL).
///
/// Compile once when the rule pack loads, then evaluate for each node a rule looks at:
///
/// ```swift
/// let check = try Expression.compile("self.milestones.all(m, date(m.due) <= date(self.end))")
/// switch check.test(current: timeline, root: document) {
/// case .success(true): break                     // passes
/// case .success(false): report(finding)
/// case .failure(let failure): report(failure.message)  // never a silent pass
/// }
/// ```
///
/// An expression is an immutable value and may be evaluated from several threads at once.
public struct Expression: Sendable, CustomStringConvertible {
    /// The source text.
    public let source: String
    /// What evaluating reads besides the document, in one object: starting an evaluation retains it alone.
    private let program: Program
    /// The checked tree, with its invariant parts and document paths read more than once marked.
    var tree: Node { program.tree }
    /// The values of the sub-expressions that read only the pack's data, computed once for every document.
    var memo: InvariantMemo { program.memo }

    private init(
        source: String, scalars: [Unicode.Scalar], tree: Node, limits: ExpressionLimits, keepingReads: Bool
    ) {
        self.source = source
        let (marked, slots) = Invariants.mark(tree)
        program = Program(
            tree: keepingReads ? DocumentReads.mark(marked) : marked, source: scalars, limits: limits,
            memo: InvariantMemo(slots: slots))
    }

    /// Parses and checks `source`; the error carries the 0-based offset (in Unicode scalars) of the offending
    /// character.
    ///
    /// Syntax errors, unknown identifiers, functions and methods, wrong argument counts, type mismatches
    /// between literals (`1 + "a"`), invalid literal JSONPath queries and regular expressions, and nesting
    /// beyond `limits.maxDepth` are compile errors.
    public static func compile(
        _ source: String, limits: ExpressionLimits = ExpressionLimits()
    ) throws(ExpressionError) -> Expression {
        try compile(source, limits: limits, keepingReads: true)
    }

    /// ``compile(_:limits:)``, or without the read slots of ``DocumentReads`` when `keepingReads` is false: every
    /// path then looked up each time it is read, which is what the tests hold the slots to.
    static func compile(
        _ source: String, limits: ExpressionLimits, keepingReads: Bool
    ) throws(ExpressionError) -> Expression {
        let scalars = Array(source.unicodeScalars)
        let parsed = try Parser.parse(scalars, limits: limits)
        let checked = try Checker.check(parsed, source: scalars)
        return Expression(
            source: source, scalars: scalars, tree: checked, limits: limits, keepingReads: keepingReads)
    }

    /// Evaluates with `self` bound to `current` (nil = no node; using `self` then is an error), `root` to
    /// the document and `data` to the pack's data (its `data:` files; an empty map when it has none).
    public func evaluate(current: Value?, root: Value, data: Value = [:]) -> Result<ExpressionValue, ExpressionFailure>
    {
        do {
            return .success(try run(current: current, root: root, data: data))
        } catch {
            return .failure(error)
        }
    }

    /// Whether the expression evaluates to `true`; a result that is not a bool is a failure saying so.
    public func test(current: Value?, root: Value, data: Value = [:]) -> Result<Bool, ExpressionFailure> {
        let value: ExpressionValue
        do {
            value = try run(current: current, root: root, data: data)
        } catch {
            return .failure(error)
        }
        guard case .bool(let b) = value else {
            return .failure(
                Failures.make(
                    "นิพจน์ต้องให้ผลเป็น true หรือ false แต่ได้ \(value.type)",
                    "the expression must give true or false, but gave \(value.type)", at: nil))
        }
        return .success(b)
    }

    /// The value, or the failure thrown: ``evaluate(current:root:data:)`` and ``test(current:root:data:)`` each
    /// make their own result of it, rather than `test` taking apart the result of `evaluate`.
    private func run(current: Value?, root: Value, data: Value) throws(ExpressionFailure) -> ExpressionValue {
        var evaluator = Evaluator(program: program, current: current, root: root, data: data)
        return try evaluator.evaluate(program.tree)
    }

    /// The source text.
    public var description: String { source }
}

/// What evaluating an expression reads besides the document: its tree and source text, its limits, and what is
/// kept for every evaluation (the patterns built at run time and the values of its invariant parts).
final class Program: Sendable {
    let tree: Node
    let source: [Unicode.Scalar]
    let limits: ExpressionLimits
    /// Patterns built at run time (`s.matches(data.pattern)`), compiled once for every document.
    let patterns = PatternCache()
    /// The values of the sub-expressions that read only the pack's data, computed once for every document.
    let memo: InvariantMemo

    init(tree: Node, source: [Unicode.Scalar], limits: ExpressionLimits, memo: InvariantMemo) {
        self.tree = tree
        self.source = source
        self.limits = limits
        self.memo = memo
    }
}
