public import DGLintModel

/// Reads YAML 1.2 and JSON text into ``Value`` trees with a ``SourceMap`` for each document.
///
/// One loader serves every input kind: JSON is YAML 1.2 flow syntax. Scalars follow the YAML 1.2 core
/// schema (`yes`/`no`/`on`/`off` stay strings; quoted scalars are always strings; `!!str` and the other
/// standard tags win). Duplicate keys, unknown tags, alias bombs, deep nesting, oversized files, too many values and every
/// libyaml error come back as a ``Diagnostic`` with the file, line and column and what to do.
///
/// Offsets in the source map are UTF-8 byte offsets into the input. A UTF-8 byte-order mark is skipped
/// but counted; UTF-16 or UTF-32 input with a byte-order mark is converted to UTF-8 first, and its offsets
/// then count bytes of that UTF-8 text (lines and columns are the same either way).
public struct YAMLLoader: Sendable {
    /// Bounds that keep hostile input from using unbounded time or memory.
    public struct Limits: Sendable {
        /// The most nodes that aliases may add to one stream, in total.
        public var maxAliasNodes: Int = 100_000
        /// The deepest nesting of mappings and sequences, counted through aliases too.
        public var maxDepth: Int = 256
        /// The largest input, in bytes.
        public var maxFileSize: Int = 16 << 20
        /// The most values (scalars, mappings and lists, not counting keys or what aliases repeat) in one
        /// stream. Within the size limit, 16 MiB of `[0,0,0,…]` is 8 million values, which take over 1 GB and
        /// half a minute to check; a real proposal has a few thousand.
        public var maxNodes: Int = 2_000_000

        public init(
            maxAliasNodes: Int = 100_000, maxDepth: Int = 256, maxFileSize: Int = 16 << 20, maxNodes: Int = 2_000_000
        ) {
            self.maxAliasNodes = maxAliasNodes
            self.maxDepth = maxDepth
            self.maxFileSize = maxFileSize
            self.maxNodes = maxNodes
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses every document of a YAML 1.2 (or JSON) stream. `file` is only used in diagnostics.
    public func load(_ bytes: [UInt8], file: String) throws(Diagnostic) -> [LoadedDocument] {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(Diagnostic) in try load(buffer: buffer, file: file) }
        }
        return try result.get()
    }

    /// Parses every document of a YAML 1.2 (or JSON) stream. `file` is only used in diagnostics.
    public func load(_ text: String, file: String) throws(Diagnostic) -> [LoadedDocument] {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(Diagnostic) in try load(buffer: buffer, file: file) }
        }
        return try result.get()
    }

    /// Checks the size, handles a byte-order mark, and parses.
    private func load(buffer: UnsafeBufferPointer<UInt8>, file: String) throws(Diagnostic) -> [LoadedDocument] {
        guard buffer.count <= limits.maxFileSize else {
            throw YAMLProblem.tooLarge(size: buffer.count, limit: limits.maxFileSize).diagnostic(file: file)
        }
        switch ByteOrderMark(buffer) {
        case .utf8:
            return try parse(UnsafeBufferPointer(rebasing: buffer[3...]), baseOffset: 3, file: file)
        case .utf16(let bigEndian):
            return try parse(
                converted: Self.transcodeUTF16(
                    UnsafeBufferPointer(rebasing: buffer[2...]), bigEndian: bigEndian, file: file), file: file)
        case .utf32(let bigEndian):
            return try parse(
                converted: Self.transcodeUTF32(
                    UnsafeBufferPointer(rebasing: buffer[4...]), bigEndian: bigEndian, file: file), file: file)
        case nil:
            return try parse(buffer, baseOffset: 0, file: file)
        }
    }

    /// Parses text converted from UTF-16 or UTF-32, whose offsets count bytes of its UTF-8.
    private func parse(converted text: String, file: String) throws(Diagnostic) -> [LoadedDocument] {
        var utf8 = text
        let result = utf8.withUTF8 { converted in
            Result { () throws(Diagnostic) in try parse(converted, baseOffset: 0, file: file) }
        }
        return try result.get()
    }

    /// Runs libyaml over UTF-8 text and builds the documents.
    ///
    /// When libyaml rejects a JSON surrogate-pair escape, the pairs are rewritten and the text is parsed
    /// again (see ``SurrogateEscapes``); each retry rewrites at least one more escape, so this ends.
    private func parse(_ utf8: UnsafeBufferPointer<UInt8>, baseOffset: Int, file: String) throws(Diagnostic)
        -> [LoadedDocument]
    {
        guard !utf8.isEmpty else { return [] }
        var starts: [Int] = []
        var escapes: SurrogateEscapes?
        while true {
            var tracker = PositionTracker(bytes: utf8, baseOffset: baseOffset)
            tracker.escapes = escapes
            var builder = DocumentBuilder(limits: limits, file: file, tracker: tracker)
            do {
                guard let rewritten = escapes?.bytes else { return try builder.run(LibYAMLParser(input: utf8)) }
                let result = rewritten.withUnsafeBufferPointer { buffer in
                    Result { () throws(Diagnostic) in try builder.run(LibYAMLParser(input: buffer)) }
                }
                return try result.get()
            } catch {
                guard let offset = builder.rejectedEscape, !starts.contains(offset),
                    SurrogateEscapes.pair(utf8, at: offset) != nil
                else { throw error }
                starts.append(offset)
                starts.sort()
                escapes = SurrogateEscapes(utf8, starts: starts)
            }
        }
    }
}

/// One document of a YAML stream: its value, where each node came from, and its place in the stream.
public struct LoadedDocument: Sendable {
    public var value: Value
    public var sourceMap: SourceMap
    /// The document's 0-based position in its stream.
    public var index: Int

    public init(value: Value, sourceMap: SourceMap, index: Int) {
        self.value = value
        self.sourceMap = sourceMap
        self.index = index
    }
}
