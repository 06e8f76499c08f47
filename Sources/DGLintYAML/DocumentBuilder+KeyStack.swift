import DGLintModel

extension DocumentBuilder {
    /// The keys of every mapping still open, innermost last, and the look-up that finds a repeated key.
    ///
    /// A mapping's keys are collected here while it is read, and its `OrderedDictionary` is built once at
    /// its end. A repeated key must still be caught when it is read, before anything later in the stream,
    /// so each new key is compared with the mapping's earlier ones. Most mappings are small: their keys are
    /// scanned, comparing a cheap fingerprint of the bytes first. A mapping past ``linearLimit`` keys also
    /// gets a hash index, so that a mapping of 100,000 keys is not quadratic.
    ///
    /// Keys are equal as Swift strings are: by canonical equivalence, not by bytes (`"\u{212A}"`, the
    /// Kelvin sign, equals `"K"`). A fingerprint is therefore only trusted to tell two ASCII keys apart;
    /// a key with any other character is compared in full with every earlier key.
    struct KeyStack {
        /// The most keys of one mapping that are scanned one by one; a mapping with more gets a hash index.
        /// (A proposal's top-level mapping has 20 to 30 keys: scanning them costs less than hashing them.)
        static let linearLimit = 32

        /// The keys of the open mappings, each mapping's after those of the mappings around it.
        private let keys = MoveStack<String>()
        /// The ``KeyFingerprint`` of each key in `keys`.
        private let fingerprints = MoveStack<UInt64>()
        /// The hash indexes of the open mappings that have them, innermost last: where the mapping's keys
        /// start in `keys`, and each key's position among them.
        private var indexes: [(base: Int, positions: [String: Int])] = []

        /// The number of keys held, which is where the keys of a mapping opened now will start.
        var count: Int { keys.count }

        /// Adds `key` to the mapping whose keys start at `base`, unless the mapping already has it.
        /// - Returns: nil when the key was added, or the position among the mapping's keys of the equal key
        ///   given before (and then the stack is left as it was, but for the hash index the mapping may have).
        /// The key is taken from `key` when it is added (so that it is moved, not copied), and left there
        /// otherwise, for the caller's message.
        mutating func add(_ key: inout String, fingerprint: UInt64, base: Int) -> Int? {
            let position = keys.count - base
            if position >= Self.linearLimit {
                if indexes.last?.base != base { indexKeys(from: base) }
                if let first = indexes[indexes.count - 1].positions.updateValue(position, forKey: key) {
                    return first
                }
            } else if let first = scan(for: key, fingerprint: fingerprint, from: base) {
                return first - base
            }
            keys.append(consume key)
            key = ""
            fingerprints.append(fingerprint)
            return nil
        }

        /// Removes and returns the keys from `base` on: the mapping whose keys started there has ended.
        mutating func takeKeys(from base: Int) -> [String] {
            if indexes.last?.base == base { indexes.removeLast() }
            fingerprints.removeSuffix(from: base)
            return keys.takeSuffix(from: base)
        }

        /// The index in `keys` of the key from `base` on that equals `key`, or nil.
        private func scan(for key: String, fingerprint: UInt64, from base: Int) -> Int? {
            // A key that is not all ASCII only ever leads to a full comparison.
            let fullComparison = fingerprint == KeyFingerprint.nonASCII
            var start = base
            while let i = fingerprints.firstIndex(
                from: start, where: { $0 == fingerprint || fullComparison || $0 == KeyFingerprint.nonASCII })
            {
                if keys[i] == key { return i }
                start = i + 1
            }
            return nil
        }

        /// Starts a hash index of the keys from `base` on, which are all different.
        private mutating func indexKeys(from base: Int) {
            var positions: [String: Int] = [:]
            positions.reserveCapacity(2 * (keys.count - base))
            for i in base..<keys.count { positions[keys[i]] = i - base }
            indexes.append((base, positions))
        }
    }
}
