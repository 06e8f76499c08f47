/// Finds the document paths an expression reads more than once, so that the evaluator looks each up once per
/// evaluation and keeps what it holds (see ``Evaluator/Read``).
///
/// A path is a chain of field selections from `root`, `self` or `data` (`root.privacy.cross_border`); a
/// `has(a.f)` reads the path `a.f` too. Conditions test the same members again and again
/// (`has(root.hosting) && type(root.hosting) == map && has(root.hosting.model) && root.hosting.model == 'x'`), and
/// every step of such a chain was a look-up in an object, hashing the member's name. A path that is part of a
/// longer one is read by it as well; a path read inside a comprehension's predicate or transform counts as read
/// more than once, since it is read once per element.
///
/// Only the look-ups are kept: the steps of a chain are charged as before, from ``Node/height``, which for a
/// chain of selections from a variable is the number of its nodes.
///
/// Runs last, on the checked and marked tree: ``Checker`` and ``Invariants`` never see the two kinds it makes.
enum DocumentReads {
    /// The most paths an expression keeps, in the evaluator's fixed room for them.
    static let maximumSlots = Evaluator.Reads.count

    /// `tree` with each selection and `has()` whose path is read more than once made a ``Node/Kind/path(_:field:slot:)``
    /// or ``Node/Kind/hasPath(_:field:slot:)`` with the path's read slot: the paths read most often, at most
    /// ``maximumSlots`` of them.
    static func mark(_ tree: Node) -> Node {
        var counts: [String: Int] = [:]
        count(tree, repeated: false, into: &counts)
        var slots: [String: Int] = [:]
        let often = counts.filter { $0.value > 1 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        for (path, _) in often.prefix(maximumSlots) { slots[path] = slots.count }
        return slots.isEmpty ? tree : assign(tree, slots)
    }

    /// The path a chain of selections from `root`, `self` or `data` names, such as `root.a.b`, or nil; `prefix` is
    /// called with each path on the way that has at least one field (`root.a`, then `root.a.b`), the path growing
    /// in place.
    static func path(_ node: Node, prefix: (String) -> Void = { _ in }) -> String? {
        switch node.kind {
        case .variable(.root): return "root"
        case .variable(.current): return "self"
        case .variable(.data): return "data"
        case .select(let operand, let field), .path(let operand, let field, _):
            guard var path = path(operand, prefix: prefix) else { return nil }
            path += "."
            path += field
            prefix(path)
            return path
        default: return nil
        }
    }

    /// Counts the paths `node` reads (each path and every path it extends), twice when `repeated`.
    private static func count(_ node: Node, repeated: Bool, into counts: inout [String: Int]) {
        let n = repeated ? 2 : 1
        switch node.kind {
        case .select:
            if path(node, prefix: { counts[$0, default: 0] += n }) != nil { return }
        case .has(let operand, let field):
            if var path = path(operand, prefix: { counts[$0, default: 0] += n }) {
                path += "."
                path += field
                counts[path, default: 0] += n
                return
            }
        case .comprehension(let c):
            count(c.range, repeated: repeated, into: &counts)
            if let predicate = c.predicate { count(predicate, repeated: true, into: &counts) }
            if let transform = c.transform { count(transform, repeated: true, into: &counts) }
            return
        default:
            break
        }
        node.forEachChild { count($0, repeated: repeated, into: &counts) }
    }

    /// `node` with the selections and `has()` calls whose paths have a slot in `slots` given it.
    private static func assign(_ node: Node, _ slots: [String: Int]) -> Node {
        switch node.kind {
        case .select:
            if let chain = chain(node, slots) { return chain.node }
        case .has(let operand, let field):
            guard let (operand, prefix) = chain(operand, slots) else { break }
            let path = prefix + "." + field
            var marked = node
            marked.kind = slots[path].map { .hasPath(operand, field: field, slot: $0) } ?? .has(operand, field: field)
            return marked
        default:
            break
        }
        return node.mapChildren { assign($0, slots) }
    }

    /// `node`, a chain of selections from `root`, `self` or `data`, with the selections whose paths have a slot
    /// given it, and its path; nil when it is not such a chain.
    private static func chain(_ node: Node, _ slots: [String: Int]) -> (node: Node, path: String)? {
        switch node.kind {
        case .variable(.root): return (node, "root")
        case .variable(.current): return (node, "self")
        case .variable(.data): return (node, "data")
        case .select(let operand, let field):
            guard let (operand, prefix) = chain(operand, slots) else { return nil }
            let path = prefix + "." + field
            var marked = node
            marked.kind = slots[path].map { .path(operand, field: field, slot: $0) } ?? .select(operand, field: field)
            return (marked, path)
        default:
            return nil
        }
    }
}
