/// Finds the sub-expressions whose value is the same for every document of a run, so that the evaluator
/// works them out once (see ``InvariantMemo``).
///
/// A sub-expression is invariant when it reads nothing but `data`, literals and comprehension variables
/// that it binds itself, and calls only built-ins that read no document (every one but `query()`): a pack's
/// data is one value for the whole run, so `"(?i)\\b(" + data.brands.words.join("|") + ")\\b"` gives the
/// same pattern for every document it checks. Only the largest invariant sub-expressions are marked, and
/// only those that compute something: a literal or a chain of field selections such as `data.brands.words`
/// is cheaper to read again than to look up.
///
/// A sub-expression that reads one comprehension variable besides, whose range is itself invariant, is
/// invariant for each element of that range: in `data.plans.exists(k, v.matches("^" + string(data.plans[k].from)))`
/// the pattern is the same for every document at the same `k`. It is marked too, with the variable's slot,
/// and kept for each position of the range (see ``InvariantMemo``). A range that reads such variables is in turn
/// the same at the same positions of theirs: in `data.kinds.exists(k, k.names.exists(n, t.matches("(?i)" + n)))`
/// the pattern is kept for each position of `k` and of `n`.
enum Invariants {
    /// What one memo slot holds.
    struct Slot: Equatable {
        /// Whether it is the pattern of a `matches()` call (whose compiled regular expression is kept too).
        var isPattern: Bool
        /// For a value kept per element of a comprehension's range, the slot of that comprehension's variable;
        /// nil for a value that is the same throughout.
        var variable: Int?
        /// The slots of the variables around `variable` whose elements its range depends on (outermost first):
        /// the value is kept for each combination of their positions and its own.
        var outer: [Int] = []

        /// The most variables (with `variable`) whose positions key one value: each takes ten bits of the key.
        static let maximumVariables = 6
    }

    /// `tree` with its invariant sub-expressions marked with consecutive memo slots, and what each slot holds.
    static func mark(_ tree: Node) -> (tree: Node, slots: [Slot]) {
        var marker = Marker()
        let marked = marker.mark(tree, depth: 0, invariantRanges: 0).node
        return (marked, marker.slots)
    }

    /// What a sub-expression reads besides `data` and literals.
    private struct Reads {
        /// Whether it reads the document (`self`, `root`, `query()`).
        var document = false
        /// The outermost comprehension variable it reads (by slot), or `Int.max` for none.
        var outermostLocal = Int.max
        /// The comprehension variables it reads, as a set of slots (slots past 63 all count as 63).
        var locals: UInt64 = 0

        mutating func formUnion(_ other: Reads) {
            document = document || other.document
            outermostLocal = min(outermostLocal, other.outermostLocal)
            locals |= other.locals
        }
    }

    private struct Marker {
        /// What each slot handed out holds.
        var slots: [Slot] = []
        /// For each comprehension variable in scope whose range is invariant (by slot), the set of variables whose
        /// positions fix its element: itself, and those its range reads, with theirs.
        var keys = [UInt64](repeating: 0, count: 64)

        /// `node` with its largest invariant sub-expressions marked, and what it reads; `depth` is the number
        /// of comprehension variables in scope, so a variable of a slot below it is bound outside `node`, and
        /// `invariantRanges` the set of those whose comprehension's range is invariant.
        ///
        /// One pass from the leaves up: the slots a node's children took are handed back when the node
        /// itself is marked (they were the last ones handed out).
        mutating func mark(
            _ node: Node, depth: Int, invariantRanges: UInt64, isPattern: Bool = false
        ) -> (node: Node, reads: Reads) {
            let first = slots.count
            var reads = Reads()
            func visit(
                _ child: Node, depth: Int = depth, invariantRanges: UInt64 = invariantRanges, isPattern: Bool = false
            ) -> Node {
                let (marked, childReads) = mark(
                    child, depth: depth, invariantRanges: invariantRanges, isPattern: isPattern)
                reads.formUnion(childReads)
                return marked
            }
            var marked = node
            switch node.kind {
            case .literal:
                return (node, reads)
            case .variable(.local(let slot)):
                reads.outermostLocal = slot
                reads.locals = 1 << min(slot, 63)
                return (node, reads)
            case .variable(.data):
                return (node, reads)
            case .variable, .ident, .unresolvedCall, .invariant, .path, .hasPath:
                reads.document = true
                return (node, reads)
            case .select(let operand, let field):
                marked.kind = .select(visit(operand), field: field)
            case .has(let operand, let field):
                marked.kind = .has(visit(operand), field: field)
            case .index(let operand, let index):
                marked.kind = .index(visit(operand), visit(index))
            case .list(let items):
                marked.kind = .list(items.map { visit($0) })
            case .map(let entries):
                marked.kind = .map(entries.map { MapEntry(key: visit($0.key), value: visit($0.value)) })
            case .unary(let op, let operand):
                marked.kind = .unary(op, visit(operand))
            case .binary(let op, let left, let right):
                marked.kind = .binary(op, visit(left), visit(right))
            case .and(let left, let right):
                marked.kind = .and(visit(left), visit(right))
            case .or(let left, let right):
                marked.kind = .or(visit(left), visit(right))
            case .conditional(let condition, let yes, let no):
                marked.kind = .conditional(visit(condition), visit(yes), visit(no))
            case .call(let builtin, let arguments, let precompiled):
                if builtin == .query { reads.document = true }
                var checked: [Node] = []
                var precompiled = precompiled
                for (i, argument) in arguments.enumerated() {
                    let isPattern = builtin == .matches && precompiled == nil && i == 1
                    checked.append(visit(argument, isPattern: isPattern))
                    if isPattern, case .invariant(_, let slot) = checked[i].kind {
                        precompiled = .invariantPattern(memo: slot)
                    }
                }
                marked.kind = .call(builtin, checked, precompiled)
            case .comprehension(let comprehension):
                var c = comprehension
                let (range, rangeReads) = mark(c.range, depth: depth, invariantRanges: invariantRanges)
                reads.formUnion(rangeReads)
                c.range = range
                // The variable ranges over the same elements for every document when its range is invariant, or
                // invariant for each element of the variables it reads.
                var inner = invariantRanges
                let rangeFree = rangeReads.locals & Self.bound(below: depth)
                if !rangeReads.document && rangeFree & ~invariantRanges == 0 && c.slot < 63 {
                    inner |= 1 << c.slot
                    keys[c.slot] = Self.union(of: rangeFree, in: keys) | 1 << c.slot
                }
                c.predicate = c.predicate.map { visit($0, depth: c.slot + 1, invariantRanges: inner) }
                c.transform = c.transform.map { visit($0, depth: c.slot + 1, invariantRanges: inner) }
                marked.kind = .comprehension(c)
            }
            guard !reads.document, isPattern || Self.computes(node) else { return (marked, reads) }
            let slot: Slot
            if reads.outermostLocal >= depth {
                slot = Slot(isPattern: isPattern, variable: nil)
            } else {
                // Invariant for each element: the variables bound outside it that it reads have invariant ranges,
                // and it is kept for each combination of their positions and those of the variables their ranges
                // read.
                let free = reads.locals & Self.bound(below: depth)
                let key = Self.union(of: free, in: keys)
                guard free & ~invariantRanges == 0, key & 1 << 63 == 0, key.nonzeroBitCount <= Slot.maximumVariables
                else { return (marked, reads) }
                var variables = (0..<63).filter { key & 1 << $0 != 0 }
                let variable = variables.removeLast()
                slot = Slot(isPattern: isPattern, variable: variable, outer: variables)
            }
            // Marked as a whole, in place of any part of it.
            slots.removeSubrange(first...)
            slots.append(slot)
            return (Node(.invariant(node, memo: first), start: node.start, end: node.end, at: node.at), reads)
        }

        /// The slots below `depth`, as a set: the comprehension variables in scope at that depth.
        static func bound(below depth: Int) -> UInt64 { depth >= 64 ? ~0 : (1 << depth) - 1 }

        /// The union of `keys` of the variables in `variables`.
        static func union(of variables: UInt64, in keys: [UInt64]) -> UInt64 {
            var union: UInt64 = 0
            var rest = variables
            while rest != 0 {
                union |= keys[rest.trailingZeroBitCount]
                rest &= rest - 1
            }
            return union
        }

        /// Whether evaluating `node` does more than read a literal or follow fields from a variable.
        static func computes(_ node: Node) -> Bool {
            switch node.kind {
            case .literal, .variable: false
            case .select(let operand, _), .has(let operand, _), .unary(_, let operand): computes(operand)
            default: true
            }
        }
    }
}
