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

        /// The fingerprint of a key that is not all ASCII: it only ever leads to a full comparison.
        static let nonASCII: UInt64 = 0

        /// The keys of the open mappings, each mapping's after those of the mappings around it.
        private let keys = MoveStack<String>()
        /// The ``fingerprint(_:)`` of each key in `keys`.
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
            let fullComparison = fingerprint == Self.nonASCII
            var start = base
            while let i = fingerprints.firstIndex(
                from: start, where: { $0 == fingerprint || fullComparison || $0 == Self.nonASCII })
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

        /// A hash of an all-ASCII key's bytes (FNV-1a over eight bytes at a time, then four, two and one;
        /// never ``nonASCII``), or ``nonASCII``.
        static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            let prime: UInt64 = 0x0000_0100_0000_01b3
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt64 = 0
            guard let base = bytes.baseAddress else { return hash }
            let raw = UnsafeRawPointer(base)
            let count = bytes.count
            var i = 0
            @inline(__always) func mix(_ part: UInt64) {
                high |= part
                hash = (hash ^ part) &* prime
            }
            while i + 8 <= count {
                mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            if i + 4 <= count {
                mix(UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
                i += 4
            }
            if i + 2 <= count {
                mix(UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)))
                i += 2
            }
            if i < count { mix(UInt64(base[i])) }
            guard high & 0x8080_8080_8080_8080 == 0 else { return nonASCII }
            return hash == nonASCII ? 1 : hash
        }

        /// The fingerprint of a key given as a string (a key repeated by an alias).
        static func fingerprint(of key: String) -> UInt64 {
            var key = key
            return key.withUTF8 { fingerprint($0) }
        }
    }
}
