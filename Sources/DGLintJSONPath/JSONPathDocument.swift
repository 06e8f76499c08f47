public import DGLintModel

/// A document prepared for many queries: every node below the root listed once, in the order RFC 9535's
/// descendant segment visits them, and located once.
///
/// Checking a proposal runs dozens of absolute queries over the same tree, several of them descendant
/// queries (`$..[?match(@, '…')]`) that visit every node. With a `JSONPathDocument`, ``JSONPathQuery``
/// `select(in:)` gives each node the same id in every query — its place in that list — instead of
/// recording locations afresh per query, and a descendant segment with one wildcard or filter selector
/// becomes a scan of a contiguous range of the list instead of a recursive walk:
///
/// ```swift
/// let document = JSONPathDocument(root)
/// for query in queries {
///     for node in query.select(in: document) { … }
/// }
/// ```
///
/// The list is built on the first query that needs it. The nodelist of each query is kept, by the query's
/// text after its `$` or `@` (``QueryKey``), so that the same query of another rule — or the same relative
/// query from the root — is answered without being evaluated again. Nodelists longer than
/// ``longestRemembered`` are not kept, so the memo holds at most that many nodes for each distinct query
/// text; it goes with the document.
///
/// A `JSONPathDocument` belongs to the thread that made it; the nodes it returns may go anywhere.
public final class JSONPathDocument {
    /// The document root.
    public let root: Value
    /// The index, built by the first query with a descendant segment or a recorded location.
    private var built: Index?
    /// The nodelists of the queries evaluated so far, at their key's number (nil where none is kept). Not checked
    /// for exclusive access at run time (two checks per query, each costing about as much as the look-up): the
    /// document belongs to one thread, and each access is one look-up or one insert that nothing else runs inside.
    @exclusivity(unchecked) private var memo: [[JSONPathNode]?] = []

    /// The most nodes of one nodelist the memo keeps: a proposal's lists are far shorter, and a hostile
    /// document's `$..*` is not held for the rest of its check.
    public static let longestRemembered = 1024

    /// Prepares `root` for queries; nothing is computed until a query needs it.
    public init(_ root: Value) {
        self.root = root
    }

    /// The nodelist kept for `key`, if any.
    func remembered(_ key: QueryKey) -> [JSONPathNode]? {
        key.number < memo.count ? memo[key.number] : nil
    }

    /// Keeps `nodes` as the nodelist of `key`, unless it is longer than ``longestRemembered``.
    func remember(_ nodes: [JSONPathNode], for key: QueryKey) {
        guard nodes.count <= Self.longestRemembered else { return }
        if key.number >= memo.count {
            // Room for every key numbered so far: made once for a document checked against packs parsed before.
            memo.append(contentsOf: repeatElement(nil, count: max(key.number + 1, QueryKey.count) - memo.count))
        }
        memo[key.number] = nodes
    }

    /// The nodes below the root and their locations.
    var index: Index {
        if let built { return built }
        let index = Index(root: root)
        built = index
        return index
    }

    /// Every node below the root, with id `i` for the node at `values[i]`.
    ///
    /// Ids are given as ``Evaluator``'s `..*` gives them: the children of a node get consecutive ids, then
    /// the descendants of each child in turn. So the descendants of any node are one contiguous run of
    /// ids, in the order RFC 9535 lists them — which is what makes a descendant segment a range scan.
    ///
    /// A class, built once and then only read: every query's evaluator holds the index, and a copy of a struct
    /// retained each of its arrays.
    final class Index {
        /// The node of each id.
        let values: [Value]
        /// Each node's run of descendants: from its first child (consecutive ids follow for the other
        /// children) to the end of its last descendant, exclusive. Empty for a scalar.
        let runs: [Range<Int32>]
        /// The locations, shared by every node a query over this document returns.
        let record: RecordedPaths
        /// The document's strings as UTF-8, for the filters that only strings pass (``StringTest``).
        let strings: Strings

        /// The UTF-8 bytes of every string node, laid end to end in id order: a descendant scan with a
        /// ``StringTest`` reads them in place instead of copying each node out of `values` — a retain and a
        /// release, and as many again for the string inside.
        struct Strings {
            /// The ids of the string nodes, ascending.
            var nodes: [Int32] = []
            /// Where the bytes of each string of `nodes` end in `bytes`; each starts where the one before ends.
            var ends: [Int] = []
            var bytes: [UInt8] = []

            /// The position in `nodes` of the first string whose id is `id` or greater.
            func first(atOrAfter id: Int) -> Int {
                var low = 0
                var high = nodes.count
                while low < high {
                    let middle = (low + high) / 2
                    if Int(nodes[middle]) < id { low = middle + 1 } else { high = middle }
                }
                return low
            }

            /// Calls `body` with the id and the UTF-8 bytes of each string whose id is in `ids`, in order.
            func forEach(
                in ids: Range<Int>, _ body: (_ id: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Void
            ) {
                var position = first(atOrAfter: ids.lowerBound)
                guard position < nodes.count else { return }
                var start = position == 0 ? 0 : ends[position - 1]
                bytes.withUnsafeBufferPointer { bytes in
                    while position < nodes.count, Int(nodes[position]) < ids.upperBound {
                        let end = ends[position]
                        body(Int(nodes[position]), UnsafeBufferPointer(rebasing: bytes[start..<end]))
                        start = end
                        position += 1
                    }
                }
            }
        }

        /// Lists the nodes below `root`.
        init(root: Value) {
            var builder = Builder()
            var arena = PathArena()
            builder.add(below: root, id: PathArena.start, arena: &arena)
            values = builder.values
            runs = builder.runs
            strings = builder.strings
            record = RecordedPaths(start: root, base: [])
            // The one write of the record's arena, before any node refers to it.
            record.arena = arena
        }

        /// The id of the first child of node `id` (`PathArena.start` for the root).
        func firstChild(of id: Int32) -> Int32 {
            id == PathArena.start ? 0 : runs[Int(id)].lowerBound
        }

        /// The ids of the descendants of node `id`, in RFC 9535 order.
        func descendants(of id: Int32) -> Range<Int> {
            guard id != PathArena.start else { return values.indices }
            let run = runs[Int(id)]
            return Int(run.lowerBound)..<Int(run.upperBound)
        }

        /// The lists of an index while it is built.
        private struct Builder {
            var values: [Value] = []
            var runs: [Range<Int32>] = []
            var strings = Strings()

            /// Room for the nodes of a typical proposal (a few hundred), made once.
            private static let initialCapacity = 512

            init() {
                values.reserveCapacity(Self.initialCapacity)
                runs.reserveCapacity(Self.initialCapacity)
                strings.nodes.reserveCapacity(Self.initialCapacity / 2)
                strings.ends.reserveCapacity(Self.initialCapacity / 2)
                strings.bytes.reserveCapacity(Self.initialCapacity * 16)
            }

            /// Lists the descendants of `value`, whose id is `id`: the children first, then each child's own.
            mutating func add(below value: Value, id: Int32, arena: inout PathArena) {
                let first: Int32
                switch value {
                // By position: `for element in elements` copied every child (a retain and a release of each string)
                // to ask whether it is a container.
                case .array(let elements):
                    first = arena.addChildren(elements.count, parent: id)
                    for position in elements.indices { append(elements[position]) }
                    for position in elements.indices where elements[position].isContainer {
                        add(below: elements[position], id: first + Int32(position), arena: &arena)
                    }
                case .object(let members):
                    first = arena.addChildren(members.count, parent: id)
                    let children = members.values
                    for position in children.indices { append(children[position]) }
                    for position in children.indices where children[position].isContainer {
                        add(below: children[position], id: first + Int32(position), arena: &arena)
                    }
                default:
                    first = Int32(values.count)
                }
                if id != PathArena.start {
                    runs[Int(id)] = first..<Int32(values.count)
                }
            }

            private mutating func append(_ value: Value) {
                if case .string(let text) = value {
                    strings.nodes.append(Int32(truncatingIfNeeded: values.count))
                    // From the bytes in place: appending the `utf8` view went through the generic path, a
                    // retain of the string and a loop of byte-by-byte appends.
                    UTF8Decoding.withBytes(of: text) { strings.bytes.append(contentsOf: $0) }
                    strings.ends.append(strings.bytes.count)
                }
                values.append(value)
                let next = Int32(values.count)
                runs.append(next..<next)
            }
        }
    }
}
