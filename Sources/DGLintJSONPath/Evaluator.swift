import DGLintModel

/// A node met during evaluation: its value and its id in the ``PathArena`` (or
/// ``PathArena/start``).
struct Item {
    var value: Value
    var id: Int
}

/// Applies segments and selectors to a document (RFC 9535 sections 2.5 and 2.3).
///
/// One evaluator serves one call of `select`; it owns the path arena of that call, so queries
/// themselves stay immutable and can be evaluated from several threads at once. With `tracking` off
/// (queries inside filters) no locations are recorded.
struct Evaluator {
    /// The document root, which `$` refers to (also inside filters).
    let root: Value
    /// Whether to record node locations.
    let tracking: Bool
    /// The locations recorded so far.
    private(set) var arena = PathArena()

    init(root: Value, tracking: Bool) {
        self.root = root
        self.tracking = tracking
    }

    /// Applies `segments` in turn, starting from the single node `start`.
    mutating func run(_ segments: [Segment], from start: Item) -> [Item] {
        var current = [start]
        for segment in segments {
            var next: [Item] = []
            for item in current {
                if segment.isDescendant {
                    descend(item.value, id: item.id, applying: segment.selectors, into: &next)
                } else {
                    for selector in segment.selectors {
                        apply(selector, to: item.value, id: item.id, into: &next)
                    }
                }
            }
            current = next
            if current.isEmpty { break }
        }
        return current
    }

    /// The id of the child of `parent` reached by `element`.
    private mutating func child(_ element: PathElement, of parent: Int) -> Int {
        tracking ? arena.add(element, parent: parent) : PathArena.start
    }

    /// Applies `selectors` to `value` and then, in document order, to each of its descendants.
    /// Scalars are not visited as no selector selects anything from them.
    private mutating func descend(_ value: Value, id: Int, applying selectors: [Selector], into out: inout [Item]) {
        for selector in selectors {
            apply(selector, to: value, id: id, into: &out)
        }
        switch value {
        case .array(let elements):
            for (index, element) in elements.enumerated() where element.isContainer {
                descend(element, id: child(.index(index), of: id), applying: selectors, into: &out)
            }
        case .object(let members):
            for (key, member) in members where member.isContainer {
                descend(member, id: child(.key(key), of: id), applying: selectors, into: &out)
            }
        default:
            break
        }
    }

    /// Appends the nodes that `selector` selects from `value` (whose id is `id`).
    private mutating func apply(_ selector: Selector, to value: Value, id: Int, into out: inout [Item]) {
        switch selector {
        case .name(let name):
            guard case .object(let members) = value, let index = members.index(forKey: name),
                Comparison.sameScalars(members.keys[index], name)
            else { return }
            out.append(Item(value: members.values[index], id: child(.key(name), of: id)))
        case .wildcard:
            switch value {
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    out.append(Item(value: element, id: child(.index(index), of: id)))
                }
            case .object(let members):
                for (key, member) in members {
                    out.append(Item(value: member, id: child(.key(key), of: id)))
                }
            default:
                break
            }
        case .index(let index):
            guard case .array(let elements) = value else { return }
            let resolved = index < 0 ? elements.count + index : index
            guard elements.indices.contains(resolved) else { return }
            out.append(Item(value: elements[resolved], id: child(.index(resolved), of: id)))
        case .slice(let start, let end, let step):
            guard case .array(let elements) = value else { return }
            for index in Slice.indices(start: start, end: end, step: step, count: elements.count) {
                out.append(Item(value: elements[index], id: child(.index(index), of: id)))
            }
        case .filter(let expression):
            applyFilter(expression, to: value, id: id, into: &out)
        }
    }

    /// Appends the children of `value` for which `expression` is true.
    private mutating func applyFilter(_ expression: LogicalExpr, to value: Value, id: Int, into out: inout [Item]) {
        let filter = FilterContext(root: root)
        switch value {
        case .array(let elements):
            for (index, element) in elements.enumerated() where filter.test(expression, current: element) {
                out.append(Item(value: element, id: child(.index(index), of: id)))
            }
        case .object(let members):
            for (key, member) in members where filter.test(expression, current: member) {
                out.append(Item(value: member, id: child(.key(key), of: id)))
            }
        default:
            break
        }
    }

    /// The node location of `item`, with `base` the location of the start node.
    func path(of item: Item, base: [PathElement]) -> [PathElement] {
        arena.path(of: item.id, base: base)
    }
}

extension Value {
    /// Whether the value is an array or an object.
    var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }
}
