import DGLintModel

/// Runs a ``RegexProgram`` as a deterministic automaton built lazily: each set of live instructions becomes
/// a DFA state the first time a search reaches it, and its transition on a scalar is computed once and kept
/// for every later search.
///
/// A pack's pattern is matched against thousands of strings in a run; simulating the NFA anew each time
/// (``RegexProgram/search(_:)``) cost most of the time spent matching. Here each scalar of a subject costs
/// one cached lookup, or on a miss one step of the simulation, so matching stays linear in the subject.
///
/// A state holds the instructions waiting to consume a scalar and the assertions that cannot be decided
/// yet: `$` waits for the end, `\b` and `\B` for the next scalar (the state also remembers whether the
/// previous scalar was a word character). Reaching `match` ends the search at once. The states are flushed
/// when there are more than ``maximumStates``, which bounds the memory a pathological pattern can take.
struct RegexDFA {
    /// The most DFA states kept before the cache is flushed.
    static let maximumStates = 2_048
    /// The state id that means "matched": the search ends with true.
    private static let matched = -1

    private struct State {
        /// Consuming instructions and undecided assertions, sorted.
        var pcs: [Int]
        /// Whether the scalar before this position is a word character (`\w`).
        var afterWord: Bool
    }

    /// What is known around a position when an assertion is decided there.
    private struct Context {
        var atStart: Bool
        var atEnd: Bool
        /// The word-ness of the scalars before and after the position, when both are known.
        var boundary: (before: Bool, after: Bool)?
    }

    private let program: RegexProgram
    /// Whether the program has `\b` or `\B`, so states must tell word from non-word predecessors.
    private let tracksWords: Bool
    private var states: [State] = []
    private var transitions: [ScalarTransitions] = []
    /// Whether each state has no instruction left (a search anchored at the start has failed there).
    private var dead: [Bool] = []
    /// Whether each state matches at the end of a non-empty subject, once known.
    private var acceptingAtEnd: [Bool?] = []
    private var ids: [[Int]: Int] = [:]
    private var start: Int?
    private var marks: [Int]
    private var generation = 0
    private var stack: [Int] = []
    private var scratch: [Int] = []
    private var ready: [Int] = []

    init(_ program: RegexProgram) {
        self.program = program
        tracksWords = program.instructions.contains {
            switch $0 {
            case .assert(.wordBoundary), .assert(.notWordBoundary): true
            default: false
            }
        }
        marks = Array(repeating: -1, count: program.instructions.count)
    }

    /// Whether the program matches somewhere in `input` (with `^`, at its start).
    ///
    /// The scalars are decoded from the string's UTF-8 bytes in place (``UTF8Decoding``).
    mutating func search(_ input: String) -> Bool {
        UTF8Decoding.withBytes(of: input) { search($0) }
    }

    private mutating func search(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        var current = startState()
        if current == Self.matched { return true }
        var i = 0
        while i < input.count {
            let value = UTF8Decoding.scalar(in: input, at: &i)
            if let next = transitions[current][value] {
                current = next
            } else {
                let source = states[current]
                let flushed = states.count >= Self.maximumStates
                if flushed { flush() }
                let next = step(from: source, on: Unicode.Scalar(value) ?? "\u{FFFD}")
                if !flushed { transitions[current][value] = next }
                current = next
            }
            if current == Self.matched { return true }
            if dead[current] && program.anchoredAtStart { return false }
        }
        if input.isEmpty { return acceptsAtEnd(current, atStart: true) }
        if let known = acceptingAtEnd[current] { return known }
        let accepts = acceptsAtEnd(current, atStart: false)
        acceptingAtEnd[current] = accepts
        return accepts
    }

    /// Whether state `state` reaches `match` at the end of the subject (with `^` holding when `atStart`).
    private mutating func acceptsAtEnd(_ state: Int, atStart: Bool) -> Bool {
        let last = states[state]
        let context = Context(atStart: atStart, atEnd: true, boundary: (last.afterWord, false))
        beginSet()
        for pc in last.pcs where close(pc, context) { return true }
        return false
    }

    /// The state before any input: the closure of the first instruction where `^` holds.
    private mutating func startState() -> Int {
        if let start { return start }
        beginSet()
        let state =
            close(0, Context(atStart: true, atEnd: false, boundary: nil)) ? Self.matched : intern(afterWord: false)
        start = state
        return state
    }

    /// The state after consuming `scalar` in `source`.
    private mutating func step(from source: State, on scalar: Unicode.Scalar) -> Int {
        let isWord = tracksWords && BuiltinClass.word.contains(scalar)
        // Decide the word-boundary assertions waiting before `scalar`; what they lead to may consume it.
        beginSet()
        let here = Context(atStart: false, atEnd: false, boundary: (source.afterWord, isWord))
        for pc in source.pcs {
            switch program.instructions[pc] {
            case .assert(.wordBoundary), .assert(.notWordBoundary):
                if close(pc, here) { return Self.matched }
            default:
                marks[pc] = generation
                scratch.append(pc)
            }
        }
        swap(&ready, &scratch)
        // Consume `scalar`; after it, the next scalar is unknown.
        beginSet()
        let after = Context(atStart: false, atEnd: false, boundary: nil)
        for pc in ready {
            guard case .char(let matcher) = program.instructions[pc],
                matcher.matches(scalar, ignoreCase: program.ignoreCase)
            else { continue }
            if close(pc + 1, after) { return Self.matched }
        }
        // Unanchored search: a new attempt starts after every scalar.
        if !program.anchoredAtStart, close(0, after) { return Self.matched }
        return intern(afterWord: isWord)
    }

    private mutating func beginSet() {
        generation += 1
        scratch.removeAll(keepingCapacity: true)
    }

    /// Adds to the scratch set what is reachable from `pc` without consuming input in `context`, keeping
    /// the assertions it cannot decide; returns true when `match` is reachable.
    private mutating func close(_ pc: Int, _ context: Context) -> Bool {
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
            case .assert(.start): if context.atStart { stack.append(pc + 1) }
            case .assert(.end):
                if context.atEnd { stack.append(pc + 1) } else { scratch.append(pc) }
            case .assert(let assertion):
                guard let boundary = context.boundary else {
                    scratch.append(pc)
                    continue
                }
                let isBoundary = boundary.before != boundary.after
                if isBoundary == (assertion == .wordBoundary) { stack.append(pc + 1) }
            }
        }
        return false
    }

    /// The id of the state made of the scratch set, created when new.
    private mutating func intern(afterWord: Bool) -> Int {
        var key = scratch.sorted()
        let pcs = key
        if tracksWords { key.append(afterWord ? -2 : -3) }
        if let id = ids[key] { return id }
        states.append(State(pcs: pcs, afterWord: afterWord))
        transitions.append(ScalarTransitions())
        dead.append(pcs.isEmpty)
        acceptingAtEnd.append(nil)
        ids[key] = states.count - 1
        return states.count - 1
    }

    /// Forgets every state (the caller re-creates the current one from its instructions).
    private mutating func flush() {
        states.removeAll(keepingCapacity: true)
        transitions.removeAll(keepingCapacity: true)
        dead.removeAll(keepingCapacity: true)
        acceptingAtEnd.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        start = nil
    }
}
