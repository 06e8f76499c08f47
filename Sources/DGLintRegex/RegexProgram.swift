/// A regular expression compiled to instructions for a Thompson NFA simulation.
///
/// The simulation keeps at most one thread per instruction at each input position, so matching takes
/// O(input length × program size) whatever the pattern.
struct RegexProgram: Sendable {
    /// The largest program a pattern may compile to (patterns with large counted repeats get big).
    static let maxInstructions = 20_000

    enum Instruction: Sendable {
        case char(CharMatcher)
        case split(Int, Int)
        case jump(Int)
        case assert(RegexAssertion)
        case match
    }

    private(set) var instructions: [Instruction] = []
    let ignoreCase: Bool
    /// Whether every match must begin at the start of the text (the program opens with `^`): then no new
    /// attempt starts further on, and the search ends as soon as no thread is left.
    private(set) var anchoredAtStart = false

    init(_ node: RegexNode, ignoreCase: Bool) throws(RegexSyntaxError) {
        self.ignoreCase = ignoreCase
        try emit(node)
        instructions.append(.match)
        if case .assert(.start) = instructions[0] { anchoredAtStart = true }
    }

    private mutating func append(_ instruction: Instruction) throws(RegexSyntaxError) -> Int {
        guard instructions.count < Self.maxInstructions else {
            throw RegexSyntaxError(message: "the pattern is too large; use smaller repeat counts", offset: 0)
        }
        instructions.append(instruction)
        return instructions.count - 1
    }

    private mutating func emit(_ node: RegexNode) throws(RegexSyntaxError) {
        switch node {
        case .empty:
            break
        case .atom(let matcher):
            _ = try append(.char(matcher))
        case .assertion(let assertion):
            _ = try append(.assert(assertion))
        case .concat(let items):
            for item in items { try emit(item) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = try append(.split(0, 0))
                    try emit(branch)
                    jumps.append(try append(.jump(0)))
                    instructions[split] = .split(split + 1, instructions.count)
                } else {
                    try emit(branch)
                }
            }
            for jump in jumps { instructions[jump] = .jump(instructions.count) }
        case .repetition(let inner, let min, let max):
            for _ in 0..<min { try emit(inner) }
            if let max {
                for _ in min..<max { try emitOptional(inner) }
            } else {
                try emitStar(inner)
            }
        }
    }

    private mutating func emitOptional(_ node: RegexNode) throws(RegexSyntaxError) {
        let split = try append(.split(0, 0))
        try emit(node)
        instructions[split] = .split(split + 1, instructions.count)
    }

    private mutating func emitStar(_ node: RegexNode) throws(RegexSyntaxError) {
        let split = try append(.split(0, 0))
        try emit(node)
        _ = try append(.jump(split))
        instructions[split] = .split(split + 1, instructions.count)
    }

    /// Whether the program matches anywhere in `input`, by simulating the NFA directly. ``LinearRegex`` runs
    /// the program as a ``RegexDFA`` instead; this simulation is the reference the tests hold the DFA to.
    func search(_ input: [Unicode.Scalar]) -> Bool {
        var marks = [Int](repeating: -1, count: instructions.count)
        var current: [Int] = []
        var next: [Int] = []
        var stack: [Int] = []
        var generation = 0
        if addThread(0, at: 0, in: input, to: &current, marks: &marks, generation: generation, stack: &stack) {
            return true
        }
        var position = 0
        while position < input.count {
            let c = input[position]
            generation += 1
            next.removeAll(keepingCapacity: true)
            for pc in current {
                guard case .char(let matcher) = instructions[pc], matcher.matches(c, ignoreCase: ignoreCase) else {
                    continue
                }
                if addThread(
                    pc + 1, at: position + 1, in: input, to: &next, marks: &marks, generation: generation,
                    stack: &stack)
                {
                    return true
                }
            }
            // Unanchored search: a new attempt starts at every position.
            if !anchoredAtStart,
                addThread(
                    0, at: position + 1, in: input, to: &next, marks: &marks, generation: generation, stack: &stack)
            {
                return true
            }
            if next.isEmpty && anchoredAtStart { return false }
            swap(&current, &next)
            position += 1
        }
        return false
    }

    /// Follows the empty transitions from `start`, adding the consuming instructions reached to `list`;
    /// returns true as soon as `match` is reached.
    private func addThread(
        _ start: Int, at position: Int, in input: [Unicode.Scalar], to list: inout [Int], marks: inout [Int],
        generation: Int, stack: inout [Int]
    ) -> Bool {
        stack.removeAll(keepingCapacity: true)
        stack.append(start)
        while let pc = stack.popLast() {
            guard marks[pc] != generation else { continue }
            marks[pc] = generation
            switch instructions[pc] {
            case .match: return true
            case .char: list.append(pc)
            case .jump(let target): stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assert(let assertion):
                if Self.holds(assertion, at: position, in: input) { stack.append(pc + 1) }
            }
        }
        return false
    }

    private static func holds(_ assertion: RegexAssertion, at position: Int, in input: [Unicode.Scalar]) -> Bool {
        switch assertion {
        case .start: return position == 0
        case .end: return position == input.count
        case .wordBoundary, .notWordBoundary:
            let before = position > 0 && BuiltinClass.word.contains(input[position - 1])
            let after = position < input.count && BuiltinClass.word.contains(input[position])
            return (before != after) == (assertion == .wordBoundary)
        }
    }
}
