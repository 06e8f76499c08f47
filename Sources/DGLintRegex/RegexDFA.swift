/// Runs a ``RegexProgram`` as a deterministic automaton built lazily, for programs without word
/// boundaries: each set of live instructions becomes a DFA state the first time a search reaches it, and
/// its transition on a scalar is computed once and kept for every later search.
///
/// A pack's pattern is matched against thousands of strings in a run; simulating the NFA anew each time
/// (``RegexProgram/search(_:)``) cost most of the time spent matching. Here each scalar of a subject costs
/// one cached lookup, or on a miss one step of the simulation, so matching stays linear in the subject.
/// A state holds the instructions waiting to consume a scalar and the `$` assertions waiting for the end;
/// reaching `match` ends the search at once. The states are flushed when there are more than
/// ``maximumStates``, which bounds the memory a pathological pattern can take.
struct RegexDFA {
    /// The most DFA states kept before the cache is flushed.
    static let maximumStates = 2_048
    /// The state id that means "matched": the search ends with true.
    private static let matched = -1

    private let program: RegexProgram
    private var states: [[Int]] = []
    private var transitions: [[UInt32: Int]] = []
    private var ids: [[Int]: Int] = [:]
    private var start: Int?
    private var marks: [Int]
    private var generation = 0
    private var stack: [Int] = []
    private var scratch: [Int] = []

    /// A DFA for `program`, or nil when the program has word-boundary assertions, which look at the scalar
    /// before and after a position and so do not fit a DFA over single scalars.
    init?(_ program: RegexProgram) {
        for instruction in program.instructions {
            if case .assert(.wordBoundary) = instruction { return nil }
            if case .assert(.notWordBoundary) = instruction { return nil }
        }
        self.program = program
        marks = Array(repeating: -1, count: program.instructions.count)
    }

    /// Whether the program matches somewhere in `input` (with `^`, at its start).
    mutating func search(_ input: String.UnicodeScalarView) -> Bool {
        var current = startState()
        if current == Self.matched { return true }
        for scalar in input {
            if let next = transitions[current][scalar.value] {
                current = next
            } else {
                let source = states[current]
                let flushed = states.count >= Self.maximumStates
                if flushed { flush() }
                let next = step(from: source, on: scalar)
                if !flushed, current < transitions.count { transitions[current][scalar.value] = next }
                current = next
            }
            if current == Self.matched { return true }
            if states[current].isEmpty && program.anchoredAtStart { return false }
        }
        return acceptsAtEnd(states[current], atStart: input.isEmpty)
    }

    /// The state before any input: the closure of the first instruction where `^` holds.
    private mutating func startState() -> Int {
        if let start { return start }
        beginSet()
        let state = close(0, atStart: true, atEnd: false) ? Self.matched : intern()
        start = state
        return state
    }

    /// The state after consuming `scalar` in the state made of `source`.
    private mutating func step(from source: [Int], on scalar: Unicode.Scalar) -> Int {
        beginSet()
        for pc in source {
            guard case .char(let matcher) = program.instructions[pc],
                matcher.matches(scalar, ignoreCase: program.ignoreCase)
            else { continue }
            if close(pc + 1, atStart: false, atEnd: false) { return Self.matched }
        }
        // Unanchored search: a new attempt starts after every scalar.
        if !program.anchoredAtStart, close(0, atStart: false, atEnd: false) { return Self.matched }
        return intern()
    }

    /// Whether the instructions of a state reach `match` once `$` holds (and `^` too, for an empty subject).
    private mutating func acceptsAtEnd(_ pcs: [Int], atStart: Bool) -> Bool {
        beginSet()
        for pc in pcs where close(pc, atStart: atStart, atEnd: true) { return true }
        return false
    }

    private mutating func beginSet() {
        generation += 1
        scratch.removeAll(keepingCapacity: true)
    }

    /// Adds to the scratch set the instructions reachable from `pc` without consuming input; returns true
    /// when `match` is reachable.
    private mutating func close(_ pc: Int, atStart: Bool, atEnd: Bool) -> Bool {
        stack.removeAll(keepingCapacity: true)
        stack.append(pc)
        while let pc = stack.popLast() {
            guard marks[pc] != generation else { continue }
            marks[pc] = generation
            switch program.instructions[pc] {
            case .match: return true
            case .char: scratch.append(pc)
            case .jump(let target): stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assert(.start): if atStart { stack.append(pc + 1) }
            case .assert(.end):
                if atEnd { stack.append(pc + 1) } else { scratch.append(pc) }
            case .assert: continue
            }
        }
        return false
    }

    /// The id of the state made of the scratch set, created when new.
    private mutating func intern() -> Int {
        let pcs = scratch.sorted()
        if let id = ids[pcs] { return id }
        states.append(pcs)
        transitions.append([:])
        ids[pcs] = states.count - 1
        return states.count - 1
    }

    /// Forgets every state (the caller re-creates the current one from its instructions).
    private mutating func flush() {
        states.removeAll(keepingCapacity: true)
        transitions.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        start = nil
    }
}
