/// A Thompson NFA over Unicode scalars. ``LazyDFA`` runs it by tracking the set of live states, so
/// matching takes time linear in the subject whatever the pattern: no backtracking, hence no
/// catastrophic cases.
struct NFA: Sendable {
    /// One instruction of the automaton.
    enum Instruction: Sendable {
        /// Consume one scalar in the set (index into `sets`), then go to the next instruction.
        case consume(Int)
        /// Continue at both targets.
        case split(Int, Int)
        /// Continue at the target.
        case jump(Int)
        /// Continue only at the start of the subject.
        case assertStart
        /// Continue only at the end of the subject.
        case assertEnd
        /// Accept.
        case accept
    }

    /// The largest automaton built; bigger counted repetitions are reported as too complex.
    static let maximumSize = 100_000

    /// The instructions; execution starts at 0.
    private(set) var program: [Instruction] = []
    /// The scalar sets that `consume` instructions refer to.
    private(set) var sets: [CharSet] = []

    /// Compiles `node`; throws when the automaton would exceed ``maximumSize``.
    init(_ node: RegexNode) throws(IRegexpError) {
        try emit(node)
        program.append(.accept)
    }

    private mutating func append(_ instruction: Instruction) throws(IRegexpError) -> Int {
        guard program.count < Self.maximumSize else {
            throw IRegexpError(
                message: "pattern too complex (its automaton exceeds \(Self.maximumSize) states)", offset: 0)
        }
        program.append(instruction)
        return program.count - 1
    }

    private mutating func emit(_ node: RegexNode) throws(IRegexpError) {
        switch node {
        case .empty:
            break
        case .set(let set):
            sets.append(set)
            _ = try append(.consume(sets.count - 1))
        case .startAnchor:
            _ = try append(.assertStart)
        case .endAnchor:
            _ = try append(.assertEnd)
        case .concat(let parts):
            for part in parts { try emit(part) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = try append(.split(0, 0))
                    try emit(branch)
                    jumps.append(try append(.jump(0)))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(branch)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repetition(let inner, let low, let high):
            for _ in 0..<low { try emit(inner) }
            if let high {
                var splits: [Int] = []
                for _ in low..<high {
                    splits.append(try append(.split(0, 0)))
                    try emit(inner)
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                let split = try append(.split(0, 0))
                try emit(inner)
                _ = try append(.jump(split))
                program[split] = .split(split + 1, program.count)
            }
        }
    }
}

/// A set of instruction indices with O(1) insertion, membership and clearing (sparse set).
struct StateSet {
    private(set) var states: [Int] = []
    private var marks: [Int]
    private var generation = 1

    init(capacity: Int) {
        marks = Array(repeating: 0, count: capacity)
        states.reserveCapacity(capacity)
    }

    /// Inserts `state`; returns false when it was already present.
    mutating func insert(_ state: Int) -> Bool {
        guard marks[state] != generation else { return false }
        marks[state] = generation
        states.append(state)
        return true
    }

    /// Empties the set.
    mutating func clear() {
        states.removeAll(keepingCapacity: true)
        generation += 1
    }
}
