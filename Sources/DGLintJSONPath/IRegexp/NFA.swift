/// A Thompson NFA over Unicode scalars, simulated in lock-step so matching takes time linear in the
/// subject (times the pattern size), whatever the pattern: no backtracking, hence no catastrophic cases.
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

    private(set) var program: [Instruction] = []
    private(set) var sets: [CharSet] = []

    /// Compiles `node`; throws when the automaton would exceed ``maximumSize``.
    init(_ node: RegexNode) throws(IRegexpError) {
        try emit(node)
        program.append(.accept)
    }

    private mutating func append(_ instruction: Instruction) throws(IRegexpError) -> Int {
        guard program.count < Self.maximumSize else {
            throw IRegexpError(message: "pattern too complex (its automaton exceeds \(Self.maximumSize) states)", offset: 0)
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

    /// Whether the automaton accepts the whole of `subject` (`anchored`), or some substring of it.
    func run(_ subject: String.UnicodeScalarView, anchored: Bool) -> Bool {
        var current = StateSet(capacity: program.count)
        var next = StateSet(capacity: program.count)
        var stack: [Int] = []
        var index = subject.startIndex
        add(0, to: &current, stack: &stack, atStart: true, atEnd: index == subject.endIndex)
        if !anchored && current.containsAccept(program) { return true }
        while index < subject.endIndex {
            let scalar = subject[index]
            subject.formIndex(after: &index)
            let atEnd = index == subject.endIndex
            next.clear()
            for pc in current.states {
                if case .consume(let set) = program[pc], sets[set].contains(scalar) {
                    add(pc + 1, to: &next, stack: &stack, atStart: false, atEnd: atEnd)
                }
            }
            if !anchored {
                add(0, to: &next, stack: &stack, atStart: false, atEnd: atEnd)
                if next.containsAccept(program) { return true }
            }
            swap(&current, &next)
            if anchored && current.states.isEmpty { return false }
        }
        return current.containsAccept(program)
    }

    /// Adds `pc` and everything reachable from it without consuming input, at a position that is or is
    /// not the start or the end of the subject.
    private func add(_ pc: Int, to set: inout StateSet, stack: inout [Int], atStart: Bool, atEnd: Bool) {
        stack.append(pc)
        while let pc = stack.popLast() {
            guard set.insert(pc) else { continue }
            switch program[pc] {
            case .jump(let target): stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assertStart: if atStart { stack.append(pc + 1) }
            case .assertEnd: if atEnd { stack.append(pc + 1) }
            case .consume, .accept: break
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

    /// Whether an accepting instruction is in the set.
    func containsAccept(_ program: [NFA.Instruction]) -> Bool {
        states.contains { if case .accept = program[$0] { true } else { false } }
    }
}
