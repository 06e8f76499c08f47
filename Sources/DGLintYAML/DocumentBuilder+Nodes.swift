internal import CYAML
import DGLintModel

/// Aliases, keys and the bookkeeping shared by the event handlers.
extension DocumentBuilder {
    /// Repeats an anchored node, after checking the alias budget and the depth limit.
    ///
    /// The cost is known before anything is copied — the anchored subtree's size is in the source map — so
    /// an "alias bomb" fails at its first alias past the budget instead of after expanding it.
    mutating func alias(_ event: UnsafeMutablePointer<yaml_event_t>) throws(Diagnostic) {
        let range = range(of: event)
        let name = event.pointee.data.alias.anchor.map { String(cString: $0) } ?? ""
        guard let anchor = anchors[name] else {
            let cycle = openAnchors.contains(name)
            throw YAMLProblem.undefinedAlias(name, cycle: cycle, at: range).diagnostic(file: file)
        }
        if expectsKey {
            guard let text = anchor.text else {
                let kind =
                    anchor.value.kind == .object
                    ? LocalizedText(th: "alias ของแมปปิง", en: "an alias of a mapping")
                    : LocalizedText(th: "alias ของลิสต์", en: "an alias of a list")
                throw YAMLProblem.complexKey(kind: kind, at: range).diagnostic(file: file)
            }
            try addKey(text, fingerprint: KeyFingerprint.of(text), at: range)
            return
        }
        guard aliasNodes + anchor.size <= limits.maxAliasNodes else {
            throw YAMLProblem.aliasBudget(limit: limits.maxAliasNodes, at: range).diagnostic(file: file)
        }
        guard stack.count + anchor.height <= limits.maxDepth else {
            throw YAMLProblem.tooDeep(limit: limits.maxDepth, throughAlias: true, at: range).diagnostic(file: file)
        }
        aliasNodes += anchor.size
        if anchor.node >= 0 {
            map.copySubtree(of: anchor.node, key: pendingKeyRange)
        } else {
            map.leaf(anchor.range, key: pendingKeyRange)
        }
        attach(anchor.value, height: anchor.height)
    }

    /// Counts one more value read from the text, and stops the stream past `limits.maxNodes`.
    mutating func countNode(at range: SourceRange) throws(Diagnostic) {
        nodes += 1
        guard nodes <= limits.maxNodes else {
            throw YAMLProblem.tooManyNodes(limit: limits.maxNodes, at: range).diagnostic(file: file)
        }
    }

    /// Whether the next node is a mapping key.
    var expectsKey: Bool {
        stack.count > 0 && stack.last.isMapping && !stack.last.awaitsValue
    }

    /// The range of the key naming the next node, when it is a mapping value.
    var pendingKeyRange: SourceRange? {
        guard stack.count > 0, stack.last.awaitsValue else { return nil }
        return stack.last.keyRange
    }

    /// Records a key of the innermost mapping; its value follows.
    /// - Parameter fingerprint: the key's ``KeyFingerprint``.
    mutating func addKey(_ key: consuming String, fingerprint: UInt64, at range: SourceRange) throws(Diagnostic) {
        if let first = keys.add(&key, fingerprint: fingerprint, base: stack.last.keyBase) {
            throw YAMLProblem.duplicateKey(key, at: range, first: keyRange(ofChild: first, in: stack.last))
                .diagnostic(file: file)
        }
        stack.last.awaitsValue = true
        stack.last.keyRange = range
    }

    /// Where the key of the child at `position` of the mapping `frame` was given (only called for a
    /// duplicate key, so it may walk).
    private func keyRange(ofChild position: Int, in frame: Frame) -> SourceRange {
        var child = frame.node + 1
        for _ in 0..<position { child += map.subtreeSize(child) }
        return map.keyRange(ofNode: child)
    }

    /// Adds a finished node to the innermost collection, or makes it the document's root.
    @inline(__always)
    mutating func attach(_ value: consuming Value, height: Int) {
        guard stack.count > 0 else {
            root = value
            return
        }
        values.append(value)
        stack.last.awaitsValue = false
        if height > stack.last.height { stack.last.height = height }
    }

    /// The value of a tagged scalar, or the error for a tag that is unknown or does not fit.
    func resolve(tag: String, text: UnsafeBufferPointer<UInt8>, at range: SourceRange) throws(Diagnostic) -> Value {
        switch CoreSchema.resolve(tag: tag, text: text) {
        case .value(let value):
            return value
        case .unsupported:
            throw YAMLProblem.unsupportedTag(tag, at: range).diagnostic(file: file)
        case .mismatch(let expected):
            let shown = String(decoding: text, as: UTF8.self)
            throw YAMLProblem.tagMismatch(tag: tag, text: shown, expected: expected, at: range).diagnostic(file: file)
        }
    }

    /// The range an event covers.
    @inline(__always)
    mutating func range(of event: UnsafeMutablePointer<yaml_event_t>) -> SourceRange {
        let start = position(event.pointee.start_mark)
        return SourceRange(start: start, end: position(event.pointee.end_mark))
    }

    /// The position of a libyaml mark.
    @inline(__always)
    mutating func position(_ mark: yaml_mark_t) -> SourcePosition {
        // libyaml's counts are `size_t`s bounded by the text's length, so they fit in an `Int`.
        tracker.position(
            index: Int(truncatingIfNeeded: mark.index), line: Int(truncatingIfNeeded: mark.line),
            column: Int(truncatingIfNeeded: mark.column))
    }
}
