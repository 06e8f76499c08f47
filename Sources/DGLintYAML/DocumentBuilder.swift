internal import CYAML
import DGLintModel
internal import OrderedCollections

/// Builds each document's ``Value`` tree and ``SourceMap`` in one pass over libyaml's events.
///
/// Open collections live on an explicit stack, never on the call stack, so input nested 100,000 levels
/// deep stops at the depth limit with an error instead of overflowing. The source map receives every
/// node in pre-order as it is met, with the range of the key that names a mapping value.
///
/// The children of the open collections wait on two shared stacks, `values` and `keys`, and each array or
/// mapping is built once, at its end, with exactly the room it needs, its children moved off the top of
/// the stacks (see ``MoveStack``); the stacks keep their capacity from one collection to the next, so a
/// document costs few allocations beyond its own values.
///
/// Merge keys (`<<`) get no special treatment: YAML 1.2 dropped them from the core schema, so `<<` is an
/// ordinary key, and writing it twice in one mapping is a duplicate key like any other.
struct DocumentBuilder {
    /// A collection being read. Its children so far are `values[valueBase...]` (and, for a mapping, its
    /// keys are those of `keys` from `keyBase` on).
    struct Frame {
        var node: Int
        var isMapping: Bool
        /// Whether the collection has an anchor, which is then the last of `openAnchors`.
        var hasAnchor: Bool
        var valueBase: Int
        var keyBase: Int
        /// For a mapping: whether a key was read and its value comes next.
        var awaitsValue = false
        var keyRange = SourceRange(at: SourcePosition(line: 0, column: 0, offset: 0))
        /// The largest nesting height of the collections inside this one.
        var height = 0
    }

    /// An anchored node, ready to be repeated by an alias.
    struct Anchor {
        var value: Value
        /// Its pre-order index in the source map, or -1 for an anchored mapping key.
        var node: Int
        var range: SourceRange
        var size: Int
        var height: Int
        /// The scalar's text, so that an alias can also serve as a mapping key.
        var text: String?
    }

    let limits: YAMLLoader.Limits
    let file: String
    var tracker: PositionTracker
    /// Nodes added by aliases so far in the whole stream, checked against `limits.maxAliasNodes`.
    var aliasNodes = 0
    /// Values read so far in the whole stream (aliases aside), checked against `limits.maxNodes`.
    var nodes = 0

    var documents: [LoadedDocument] = []
    var map = SourceMap()
    /// The open collections, innermost last.
    let stack = MoveStack<Frame>()
    /// The children of the open collections, innermost collection's last.
    let values = MoveStack<Value>()
    /// The keys of the open mappings.
    var keys = KeyStack()
    /// The anchors of the open collections that have one, innermost last.
    var openAnchors: [String] = []
    var anchors: [String: Anchor] = [:]
    var root: Value = .null
    /// Set when libyaml stopped at a `\u` escape it rejects: the escape's byte offset in the user's text.
    var rejectedEscape: Int?

    init(limits: YAMLLoader.Limits, file: String, tracker: PositionTracker) {
        self.limits = limits
        self.file = file
        self.tracker = tracker
    }

    /// Reads every event of the stream and returns its documents.
    mutating func run(_ parser: LibYAMLParser) throws(Diagnostic) -> [LoadedDocument] {
        while true {
            let type: yaml_event_type_t
            switch parser.next() {
            case .success(let next): type = next
            case .failure(let error):
                if error.problem == "found invalid Unicode character escape code" {
                    rejectedEscape = tracker.byteOffset(ofMark: error.problemMark.index - 2)
                }
                throw error.diagnostic(file: file, tracker: &tracker)
            }
            let event = parser.event
            switch type {
            case YAML_SCALAR_EVENT: try scalar(event)
            case YAML_MAPPING_START_EVENT: try startCollection(event, isMapping: true)
            case YAML_SEQUENCE_START_EVENT: try startCollection(event, isMapping: false)
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT: endCollection(event)
            case YAML_ALIAS_EVENT: try alias(event)
            case YAML_DOCUMENT_START_EVENT:
                map = SourceMap()
                anchors.removeAll(keepingCapacity: true)
                root = .null
            case YAML_DOCUMENT_END_EVENT:
                documents.append(LoadedDocument(value: root, sourceMap: map, index: documents.count))
                map = SourceMap()
            case YAML_STREAM_END_EVENT:
                return documents
            default:
                break
            }
        }
    }

    // MARK: Events

    private mutating func scalar(_ event: UnsafeMutablePointer<yaml_event_t>) throws(Diagnostic) {
        let data = event.pointee.data.scalar
        let range = range(of: event)
        let text = UnsafeBufferPointer(start: data.value, count: data.length)
        if expectsKey {
            if let tag = data.tag {
                _ = try resolve(tag: String(cString: tag), text: text, at: range)
            }
            let fingerprint = KeyFingerprint.of(text)
            let key =
                fingerprint == KeyFingerprint.nonASCII ? String(validatedUTF8: text) : String(validatedASCII: text)
            if let anchor = data.anchor {
                anchors[String(cString: anchor)] = Anchor(
                    value: .string(key), node: -1, range: range, size: 1, height: 0, text: key)
            }
            try addKey(key, fingerprint: fingerprint, at: range)
            return
        }
        try countNode(at: range)
        let value: Value
        if let tag = data.tag {
            value = try resolve(tag: String(cString: tag), text: text, at: range)
        } else if data.style == YAML_PLAIN_SCALAR_STYLE {
            value = CoreSchema.resolvePlain(text)
        } else {
            value = .string(String(validatedUTF8: text))
        }
        let node = map.count
        map.leaf(range, key: pendingKeyRange)
        if let anchor = data.anchor {
            anchors[String(cString: anchor)] = Anchor(
                value: value, node: node, range: range, size: 1, height: 0,
                text: String(validatedUTF8: text))
        }
        attach(value, height: 0)
    }

    private mutating func startCollection(
        _ event: UnsafeMutablePointer<yaml_event_t>, isMapping: Bool
    ) throws(Diagnostic) {
        let (anchor, tag) =
            isMapping
            ? (event.pointee.data.mapping_start.anchor, event.pointee.data.mapping_start.tag)
            : (event.pointee.data.sequence_start.anchor, event.pointee.data.sequence_start.tag)
        let range = range(of: event)
        if expectsKey {
            let kind = isMapping ? LocalizedText(th: "แมปปิง", en: "a mapping") : LocalizedText(th: "ลิสต์", en: "a list")
            throw YAMLProblem.complexKey(kind: kind, at: range).diagnostic(file: file)
        }
        if stack.count >= limits.maxDepth {
            throw YAMLProblem.tooDeep(limit: limits.maxDepth, throughAlias: false, at: range).diagnostic(file: file)
        }
        try countNode(at: range)
        if let tag {
            let tag = String(cString: tag)
            switch CoreSchema.collectionTag(tag, isMapping: isMapping) {
            case .value: break
            case .unsupported:
                throw YAMLProblem.unsupportedTag(tag, at: range).diagnostic(file: file)
            case .mismatch(let expected):
                throw YAMLProblem.tagMismatch(
                    tag: tag, text: isMapping ? "{…}" : "[…]", expected: expected, at: range
                ).diagnostic(file: file)
            }
        }
        let node = map.open(start: range.start, key: pendingKeyRange)
        if let anchor { openAnchors.append(String(cString: anchor)) }
        stack.append(
            Frame(
                node: node, isMapping: isMapping, hasAnchor: anchor != nil, valueBase: values.count,
                keyBase: keys.count))
    }

    private mutating func endCollection(_ event: UnsafeMutablePointer<yaml_event_t>) {
        guard let frame = stack.popLast() else { return }
        map.close(frame.node, end: position(event.pointee.end_mark))
        let value: Value
        if frame.isMapping {
            // libyaml gives every key a value (an empty scalar at the least); this only keeps the two
            // stacks in step should it ever end a mapping after a key.
            if frame.awaitsValue { values.append(.null) }
            value = .object(
                OrderedDictionary(
                    uncheckedUniqueKeys: keys.takeKeys(from: frame.keyBase),
                    values: values.takeSuffix(from: frame.valueBase)))
        } else {
            value = .array(values.takeSuffix(from: frame.valueBase))
        }
        let height = frame.height + 1
        if frame.hasAnchor, let anchor = openAnchors.popLast() {
            anchors[anchor] = Anchor(
                value: value, node: frame.node, range: map.range(ofNode: frame.node),
                size: map.subtreeSize(frame.node), height: height, text: nil)
        }
        attach(value, height: height)
    }
}
