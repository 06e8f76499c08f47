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

    /// Applies `selectors` to `value` and then, in document order, to each of its descendants.
    ///
    /// The children of each container visited are recorded once, with consecutive ids, and shared by the
    /// selectors and the descent. Scalars are not visited as no selector selects anything from them.
    private mutating func descend(_ value: Value, id: Int, applying selectors: [Selector], into out: inout [Item]) {
        switch value {
        case .array(let elements):
            let first = tracking ? arena.addIndices(elements.count, parent: id) : -1
            for selector in selectors {
                apply(selector, to: value, id: id, firstChild: first, into: &out)
            }
            for (index, element) in elements.enumerated() where element.isContainer {
                descend(element, id: tracking ? first + index : -1, applying: selectors, into: &out)
            }
        case .object(let members):
            let first = tracking ? arena.addKeys(members.keys, parent: id) : -1
            for selector in selectors {
                apply(selector, to: value, id: id, firstChild: first, into: &out)
            }
            for (index, member) in members.values.enumerated() where member.isContainer {
                descend(member, id: tracking ? first + index : -1, applying: selectors, into: &out)
            }
        default:
            break
        }
    }

    /// Appends the nodes that `selector` selects from `value` (whose id is `id`).
    ///
    /// When `firstChild` is given, the children of `value` are already recorded from that id on;
    /// otherwise each selected child is recorded as it is selected.
    private mutating func apply(
        _ selector: Selector, to value: Value, id: Int, firstChild: Int? = nil, into out: inout [Item]
    ) {
        /// The id of the child at `position` reached by `step`.
        func child(_ position: Int, _ step: @autoclosure () -> PathElement) -> Int {
            guard tracking else { return PathArena.start }
            if let firstChild { return firstChild + position }
            return arena.add(step(), parent: id)
        }
        switch selector {
        case .name(let name):
            guard case .object(let members) = value, let index = members.index(forKey: name),
                Comparison.sameScalars(members.keys[index], name)
            else { return }
            out.append(Item(value: members.values[index], id: child(index, .key(name))))
        case .wildcard:
            switch value {
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    out.append(Item(value: element, id: child(index, .index(index))))
                }
            case .object(let members):
                for (index, (key, member)) in members.enumerated() {
                    out.append(Item(value: member, id: child(index, .key(key))))
                }
            default:
                break
            }
        case .index(let index):
            guard case .array(let elements) = value else { return }
            let resolved = index < 0 ? elements.count + index : index
            guard elements.indices.contains(resolved) else { return }
            out.append(Item(value: elements[resolved], id: child(resolved, .index(resolved))))
        case .slice(let start, let end, let step):
            guard case .array(let elements) = value else { return }
            for index in Slice.indices(start: start, end: end, step: step, count: elements.count) {
                out.append(Item(value: elements[index], id: child(index, .index(index))))
            }
        case .filter(let expression):
            let filter = FilterContext(root: root)
            switch value {
            case .array(let elements):
                for (index, element) in elements.enumerated() where filter.test(expression, current: element) {
                    out.append(Item(value: element, id: child(index, .index(index))))
                }
            case .object(let members):
                for (index, (key, member)) in members.enumerated() where filter.test(expression, current: member) {
                    out.append(Item(value: member, id: child(index, .key(key))))
                }
            default:
                break
            }
        }
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
