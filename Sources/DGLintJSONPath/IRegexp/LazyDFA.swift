import DGLintModel

/// Runs an ``NFA`` as a deterministic automaton built lazily: each set of live NFA states becomes a DFA
/// state the first time it is reached, and its transition on a scalar is computed once and cached.
///
/// Each scalar of the subject costs one cached lookup (or, on a miss, one step of NFA simulation), so a
/// match takes time linear in the subject. The cache lives as long as the value (``IRegexp`` keeps one per
/// pattern, behind a lock, for every subject of a run); it is flushed when it grows past ``maximumStates``.
struct LazyDFA {
    /// The most DFA states kept before the cache is flushed.
    static let maximumStates = 4_096

    private let nfa: NFA
    /// Whether a match must span the whole subject (`match()`) or may be any substring (`search()`).
    private let anchored: Bool
    /// The NFA states of each DFA state, sorted (closed over jumps and splits; `assertEnd` not followed).
    private var states: [[Int]] = []
    /// Whether each DFA state holds the accepting instruction.
    private var accepting: [Bool] = []
    /// Whether each DFA state has no NFA state left (an anchored match has failed there).
    private var dead: [Bool] = []
    /// The cached transitions of each DFA state.
    private var transitions: [ScalarTransitions] = []
    /// Whether each DFA state accepts at the end of the subject, once known.
    private var acceptingAtEnd: [Bool?] = []
    private var ids: [[Int]: Int] = [:]
    /// The start state, once built: every subject starts there, so its closure is computed once.
    private var start: Int?
    private var scratch: StateSet
    private var stack: [Int] = []

    init(_ nfa: NFA, anchored: Bool) {
        self.nfa = nfa
        self.anchored = anchored
        scratch = StateSet(capacity: nfa.program.count)
    }

    /// Whether the automaton accepts `subject` (whole or in part, per `anchored`).
    ///
    /// The scalars are decoded from the string's UTF-8 bytes in place (a string holds valid UTF-8): most
    /// subjects are decided after a scalar or two, and iterating a `UnicodeScalarView` cost more than that.
    mutating func run(_ subject: String) -> Bool {
        UTF8Decoding.withBytes(of: subject) { run($0) }
    }

    /// Whether the automaton accepts the string whose valid UTF-8 is `bytes`.
    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var current: Int
        if let start {
            current = start
        } else {
            scratch.clear()
            close(0, atStart: true)
            current = intern()
            start = current
        }
        var i = 0
        while i < bytes.count {
            if !anchored && accepting[current] { return true }
            if anchored && dead[current] { return false }
            let value = UTF8Decoding.scalar(in: bytes, at: &i)
            if let next = transitions[current][value] {
                current = next
                continue
            }
            current = step(from: current, on: Unicode.Scalar(value) ?? "\u{FFFD}", value: value)
        }
        return acceptsAtEnd(current)
    }

    /// The state reached from `current` on `scalar` (whose value is `value`), computed by one step of the NFA
    /// and cached.
    private mutating func step(from current: Int, on scalar: Unicode.Scalar, value: UInt32) -> Int {
        let source = states[current]
        let flushed = states.count >= Self.maximumStates
        if flushed { flush() }
        scratch.clear()
        for pc in source {
            if case .consume(let set) = nfa.program[pc], nfa.sets[set].contains(scalar) {
                close(pc + 1, atStart: false)
            }
        }
        if !anchored { close(0, atStart: false) }
        let next = intern()
        if !flushed { transitions[current][value] = next }
        return next
    }

    /// Whether DFA state `state` accepts once `$` assertions are allowed to pass (at the end of the subject).
    private mutating func acceptsAtEnd(_ state: Int) -> Bool {
        if let known = acceptingAtEnd[state] { return known }
        scratch.clear()
        for pc in states[state] { close(pc, atStart: false, atEnd: true) }
        let accepts = scratch.states.contains { if case .accept = nfa.program[$0] { true } else { false } }
        acceptingAtEnd[state] = accepts
        return accepts
    }

    /// Adds `pc` to the scratch set with everything reachable without consuming input.
    private mutating func close(_ pc: Int, atStart: Bool, atEnd: Bool = false) {
        stack.append(pc)
        while let pc = stack.popLast() {
            guard scratch.insert(pc) else { continue }
            switch nfa.program[pc] {
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

    /// The DFA state for the scratch set, created when new.
    private mutating func intern() -> Int {
        let pcs = scratch.states.sorted()
        if let id = ids[pcs] { return id }
        states.append(pcs)
        accepting.append(pcs.contains { if case .accept = nfa.program[$0] { true } else { false } })
        dead.append(pcs.isEmpty)
        transitions.append(ScalarTransitions())
        acceptingAtEnd.append(nil)
        ids[pcs] = states.count - 1
        return states.count - 1
    }

    /// Forgets every DFA state (the current one is re-created from its NFA states by the caller).
    private mutating func flush() {
        states.removeAll(keepingCapacity: true)
        accepting.removeAll(keepingCapacity: true)
        dead.removeAll(keepingCapacity: true)
        transitions.removeAll(keepingCapacity: true)
        acceptingAtEnd.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        start = nil
    }
}
