import DGLintModel

/// A node met during evaluation: its value and its id in the ``PathArena`` (or
/// ``PathArena/start``). 32 bytes: the id fills the value's padding.
struct Item {
    var value: Value
    var id: Int32
}

/// Where an evaluation puts the nodes it selects. The evaluator is generic over it, so the nodes of a
/// query's last segment go straight into their final form — ``JSONPathNode``s for `select`, bare values
/// inside filters — with no intermediate list to convert.
protocol NodeSink {
    /// Adds the node holding `value` whose location has id `id` (meaningless when not tracking).
    mutating func add(_ value: Value, id: Int32)
}

/// The room a nodelist makes on its first node: most lists are short, and growing one a node at a time
/// (room for 1, 2, 4, 8…) costs an allocation and a copy at each step.
private let firstCapacity = 8

/// The nodes between two segments.
struct ItemList: NodeSink {
    var items: [Item] = []

    mutating func add(_ value: Value, id: Int32) {
        if items.isEmpty { items.reserveCapacity(firstCapacity) }
        items.append(Item(value: value, id: id))
    }
}

/// The values of a nodelist, for queries inside filters, which need no locations.
struct ValueList: NodeSink {
    var values: [Value] = []

    mutating func add(_ value: Value, id _: Int32) {
        if values.isEmpty { values.reserveCapacity(firstCapacity) }
        values.append(value)
    }
}

/// The result of `select`: nodes whose locations are entries of `record`.
struct NodeList: NodeSink {
    let record: RecordedPaths
    var nodes: [JSONPathNode] = []

    init(record: RecordedPaths) {
        self.record = record
    }

    mutating func add(_ value: Value, id: Int32) {
        if nodes.isEmpty { nodes.reserveCapacity(firstCapacity) }
        nodes.append(JSONPathNode(recorded: record, id: id, value: value))
    }
}

/// Applies segments and selectors to a document (RFC 9535 sections 2.5 and 2.3).
///
/// One evaluator serves one call of `select`; it owns the path arena of that call, so queries
/// themselves stay immutable and can be evaluated from several threads at once. With `tracking` off
/// (queries inside filters) no locations are recorded. With an `index` (a ``JSONPathDocument``'s), nodes
/// take the ids the index gave them and nothing is recorded either.
struct Evaluator {
    /// The document root, which `$` refers to (also inside filters).
    let root: Value
    /// Whether node ids mean anything: locations recorded in `arena`, or ids of `index`.
    let tracking: Bool
    /// The document's list of nodes, whose ids this evaluation uses, when there is one.
    let index: JSONPathDocument.Index?
    /// The locations recorded so far.
    private(set) var arena = PathArena()

    init(root: Value, tracking: Bool) {
        self.root = root
        self.tracking = tracking
        index = nil
    }

    /// An evaluation from `root` whose nodes have the ids of `index`, the list of `root`'s nodes.
    init(root: Value, index: JSONPathDocument.Index) {
        self.root = root
        tracking = true
        self.index = index
    }

    /// The id of the first of the `count` children of node `id`, the others following: recorded now, or
    /// read from the index.
    private mutating func children(_ count: Int, of id: Int32) -> Int32 {
        if let index { return index.firstChild(of: id) }
        return tracking ? arena.addChildren(count, parent: id) : PathArena.start
    }

    /// Applies `segments` in turn, starting from the single node `start`, and adds the resulting
    /// nodelist to `out`.
    mutating func run<Sink: NodeSink>(_ segments: [Segment], from start: Item, into out: inout Sink) {
        // The leading segments of one name or index each (`$.budget.items` of `$.budget.items[?…]`) lead to at most
        // one node: walked in place, without a list of nodes between them.
        var start = start
        var first = segments.startIndex
        while first < segments.endIndex, let walked = step(segments[first], from: start) {
            guard let next = walked else { return }
            start = next
            first += 1
        }
        guard let last = segments.indices.last, first <= last else {
            out.add(start.value, id: start.id)
            return
        }
        guard first < last else {
            apply(segments[last], to: start, into: &out)
            return
        }
        var current = [start]
        for position in first..<last {
            var next = ItemList()
            for item in current {
                apply(segments[position], to: item, into: &next)
            }
            current = next.items
            if current.isEmpty { return }
        }
        for item in current {
            apply(segments[last], to: item, into: &out)
        }
    }

    /// The node that `segment` selects from `item` when the segment is a child segment of one name or one index:
    /// `.some(nil)` when it selects nothing, nil when the segment is of another kind. The child is located as
    /// ``apply(_:to:id:firstChild:into:)`` locates it.
    private mutating func step(_ segment: Segment, from item: Item) -> Item?? {
        guard !segment.isDescendant, segment.selectors.count == 1 else { return nil }
        let position: Int
        let value: Value
        switch (segment.selectors[0], item.value) {
        case (.name(let name), .object(let members)):
            guard let entry = members.entry(sameScalarsAs: name) else { return .some(nil) }
            (position, value) = entry
        case (.index(let index), .array(let elements)):
            let resolved = index < 0 ? elements.count + index : index
            guard elements.indices.contains(resolved) else { return .some(nil) }
            position = resolved
            value = elements[resolved]
        case (.name, _), (.index, _):
            return .some(nil)
        default:
            return nil
        }
        let id: Int32
        if !tracking {
            id = PathArena.start
        } else if let index {
            id = index.firstChild(of: item.id) + Int32(position)
        } else {
            id = arena.add(position: position, parent: item.id)
        }
        return Item(value: value, id: id)
    }

    /// Applies one segment to one node.
    private mutating func apply<Sink: NodeSink>(_ segment: Segment, to item: Item, into out: inout Sink) {
        if segment.isDescendant {
            if segment.selectors.count == 1, case .wildcard = segment.selectors[0] {
                descendAll(item.value, id: item.id, into: &out)
            } else {
                descend(item.value, id: item.id, applying: segment.selectors, into: &out)
            }
        } else {
            for selector in segment.selectors {
                apply(selector, to: item.value, id: item.id, into: &out)
            }
        }
    }

    /// `..*`: every descendant of `value`, in the order RFC 9535 gives — the children of a node, then
    /// the descendants of each child in turn. The common case of a descendant segment, in one loop.
    private mutating func descendAll<Sink: NodeSink>(_ value: Value, id: Int32, into out: inout Sink) {
        if let index {
            for node in index.descendants(of: id) {
                out.add(index.values[node], id: Int32(truncatingIfNeeded: node))
            }
            return
        }
        switch value {
        case .array(let elements):
            let first = tracking ? arena.addChildren(elements.count, parent: id) : PathArena.start
            var child = first
            for element in elements {
                out.add(element, id: child)
                child &+= 1
            }
            child = first
            for element in elements {
                if element.isContainer { descendAll(element, id: child, into: &out) }
                child &+= 1
            }
        case .object(let members):
            let first = tracking ? arena.addChildren(members.count, parent: id) : PathArena.start
            var child = first
            for member in members.values {
                out.add(member, id: child)
                child &+= 1
            }
            child = first
            for member in members.values {
                if member.isContainer { descendAll(member, id: child, into: &out) }
                child &+= 1
            }
        default:
            break
        }
    }

    /// Applies `selectors` to `value` and then, in document order, to each of its descendants.
    ///
    /// The children of each container visited are recorded once, with consecutive ids, and shared by the
    /// selectors and the descent. Scalars are not visited as no selector selects anything from them.
    private mutating func descend<Sink: NodeSink>(
        _ value: Value, id: Int32, applying selectors: [Selector], into out: inout Sink
    ) {
        if let index, selectors.count == 1, case .filter(let filter) = selectors[0] {
            // Every descendant is the child of a node the filter is applied to, and they come in order.
            let nodes = index.descendants(of: id)
            if let test = filter.stringTest?.passes {
                // Only strings pass: each decided from its bytes, read in place (see `StringTest`).
                index.strings.forEach(in: nodes) { node, utf8 in
                    if test(utf8) { out.add(index.values[node], id: Int32(truncatingIfNeeded: node)) }
                }
                return
            }
            // Two loops, the compiled test taken out of the filter once: called through a stored closure
            // (a `PreparedFilter` with a `passes` method was tried), every node retained its shared context.
            if let test = filter.nodeTest {
                // The closure is called inside `withUnsafeBufferPointer`: called in the loop directly, the
                // test was copied from the filter for every node (a retain and a release of its context).
                let kind = filter.passingKind
                index.values.withUnsafeBufferPointer { values in
                    for node in nodes {
                        // Told apart by its kind alone, without a copy.
                        if let kind, !kind.holds(values[node]) { continue }
                        if test.passes(values[node]) { out.add(values[node], id: Int32(truncatingIfNeeded: node)) }
                    }
                }
            } else {
                let context = FilterContext(root: root)
                let expression = context.prepared(filter.expression)
                for node in nodes where context.test(expression, current: index.values[node]) {
                    out.add(index.values[node], id: Int32(truncatingIfNeeded: node))
                }
            }
            return
        }
        switch value {
        case .array(let elements):
            let first = children(elements.count, of: id)
            for selector in selectors {
                apply(selector, to: value, id: id, firstChild: first, into: &out)
            }
            for (index, element) in elements.enumerated() where element.isContainer {
                descend(element, id: tracking ? first + Int32(index) : PathArena.start, applying: selectors, into: &out)
            }
        case .object(let members):
            let first = children(members.count, of: id)
            for selector in selectors {
                apply(selector, to: value, id: id, firstChild: first, into: &out)
            }
            for (index, member) in members.values.enumerated() where member.isContainer {
                descend(member, id: tracking ? first + Int32(index) : PathArena.start, applying: selectors, into: &out)
            }
        default:
            break
        }
    }

    /// Adds the nodes that `selector` selects from `value` (whose id is `id`) to `out`.
    ///
    /// When `firstChild` is given, the children of `value` are already recorded from that id on;
    /// otherwise each selected child is recorded as it is selected.
    private mutating func apply<Sink: NodeSink>(
        _ selector: Selector, to value: Value, id: Int32, firstChild: Int32? = nil, into out: inout Sink
    ) {
        /// The id of the child at `position`.
        func child(_ position: Int) -> Int32 {
            guard tracking else { return PathArena.start }
            if let firstChild { return firstChild + Int32(position) }
            if let index { return index.firstChild(of: id) + Int32(position) }
            return arena.add(position: position, parent: id)
        }
        switch selector {
        case .name(let name):
            guard case .object(let members) = value, let entry = members.entry(sameScalarsAs: name) else { return }
            out.add(entry.value, id: child(entry.position))
        case .wildcard:
            switch value {
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    out.add(element, id: child(index))
                }
            case .object(let members):
                for (index, member) in members.values.enumerated() {
                    out.add(member, id: child(index))
                }
            default:
                break
            }
        case .index(let index):
            guard case .array(let elements) = value else { return }
            let resolved = index < 0 ? elements.count + index : index
            guard elements.indices.contains(resolved) else { return }
            out.add(elements[resolved], id: child(resolved))
        case .slice(let start, let end, let step):
            guard case .array(let elements) = value else { return }
            for index in Slice.indices(start: start, end: end, step: step, count: elements.count) {
                out.add(elements[index], id: child(index))
            }
        case .filter(let filter):
            let context = FilterContext(root: root)
            let expression = filter.nodeTest == nil ? context.prepared(filter.expression) : filter.expression
            /// Whether `node` passes the filter.
            func passes(_ node: Value) -> Bool {
                if let test = filter.nodeTest { test.passes(node) } else { context.test(expression, current: node) }
            }
            switch value {
            case .array(let elements):
                for (index, element) in elements.enumerated() where passes(element) {
                    out.add(element, id: child(index))
                }
            case .object(let members):
                for (index, member) in members.values.enumerated() where passes(member) {
                    out.add(member, id: child(index))
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
