/// The bounds that keep one expression from using unbounded time or memory.
///
/// Limits are checked while compiling (nesting) and while evaluating (steps and list sizes); an expression that
/// exceeds one stops with an error that names the limit, so a rule pack cannot make dglint hang.
public struct ExpressionLimits: Sendable, Hashable {
    /// How deeply parentheses, calls, lists and maps may nest while parsing. The expression tree may also be
    /// at most `4 × maxDepth` nodes tall (a chain of 256 `&&` with the default).
    public var maxDepth = 64
    /// How many evaluation steps one evaluation may take: one per node evaluated, one per comprehension
    /// iteration, and one per element copied when lists are built or searched.
    public var maxSteps = 1_000_000
    /// The most elements a list or map built, iterated or returned may have.
    public var maxListSize = 100_000

    /// Creates limits; every argument has the default given above.
    public init(maxDepth: Int = 64, maxSteps: Int = 1_000_000, maxListSize: Int = 100_000) {
        self.maxDepth = maxDepth
        self.maxSteps = maxSteps
        self.maxListSize = maxListSize
    }

    /// The tallest expression tree the parser accepts.
    var maxHeight: Int { maxDepth * 4 }
}
