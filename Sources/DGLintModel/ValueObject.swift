public import OrderedCollections

/// The members of an object ``Value``, in document order, behind one reference.
///
/// An `OrderedDictionary` is two or three references (its keys, its values and, past fifteen members, a hash
/// table), each retained when a value holding it is copied and released when the copy goes. Copies of values are
/// everywhere — a query's results, a rule's `self`, the descendant index of a document — and on this machine
/// the atomic reference counting they cost was a quarter of the time `dglint check` spent. Held in one class
/// instance, the members cost one retain a copy. They are never changed in place: a change builds new members
/// (objects are built once, by the loaders, and read many times).
@frozen
public struct ValueObject: Sendable {
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline
        let members: OrderedDictionary<String, Value>
        /// The positions of the members by key, for an object too large to be searched member by member.
        @usableFromInline
        let keyIndex: ASCIIKeyIndex?

        @inlinable
        init(_ members: OrderedDictionary<String, Value>) {
            self.members = members
            keyIndex = ASCIIKeyIndex(members.keys, members.values)
        }

        /// The position of the member `key`, or nil.
        @inlinable
        func position(of key: String) -> Int? {
            switch keyIndex?.lookUp(key) {
            case .found(let position)?: position
            case .absent?: nil
            case .undecided?, nil: members.index(forKey: key)
            }
        }

        /// The position and value of the member whose key has the same scalars as `key`, or nil.
        @inlinable
        func entry(sameScalarsAs key: String) -> (position: Int, value: Value)? {
            if let keyIndex {
                // Every key is ASCII: one equal to `key` has its bytes, and a key that is not ASCII (`undecided`)
                // has other scalars than each.
                guard case .found(let position) = keyIndex.lookUp(key) else { return nil }
                return (position, keyIndex.value(at: position))
            }
            // Keys are distinct as strings, so the one with `key`'s scalars, if any, is the one equal to it.
            return members.keys.elements.withUnsafeBufferPointer { keys in
                for position in keys.indices where keys[position].hasSameScalars(as: key) {
                    return (position, members.values.elements[position])
                }
                return nil
            }
        }

        /// The value of the member `key`, or nil.
        @inlinable
        func member(_ key: String) -> Value? {
            switch keyIndex?.member(key) {
            case .found(let value)?: value
            case .absent?: nil
            case .undecided?, nil: members[key]
            }
        }
    }

    @usableFromInline
    var storage: Storage

    /// The members of `members`, in their order.
    @inlinable
    public init(_ members: OrderedDictionary<String, Value>) {
        storage = Storage(members)
    }

    /// No members.
    @inlinable
    public init() {
        self.init(OrderedDictionary())
    }

    /// The members `pairs`, whose keys must be distinct.
    @inlinable
    public init(uniqueKeysWithValues pairs: some Sequence<(String, Value)>) {
        self.init(OrderedDictionary(uniqueKeysWithValues: pairs))
    }

    /// The members `pairs`; of pairs with the same key, `combine` decides the value kept.
    @inlinable
    public init(_ pairs: some Sequence<(String, Value)>, uniquingKeysWith combine: (Value, Value) -> Value) {
        self.init(OrderedDictionary(pairs, uniquingKeysWith: combine))
    }

    /// The members as an ordered dictionary, read in place.
    @inlinable
    public var members: OrderedDictionary<String, Value> {
        _read { yield storage.members }
    }

    /// The value of the member `key`, or nil. Setting it builds new members (see the type's description).
    @inlinable
    public subscript(key: String) -> Value? {
        get { storage.member(key) }
        set {
            var members = storage.members
            members[key] = newValue
            storage = Storage(members)
        }
    }

    /// The keys, in order.
    @inlinable
    public var keys: OrderedSet<String> { storage.members.keys }

    /// The values, in the order of their keys.
    @inlinable
    public var values: OrderedDictionary<String, Value>.Values { storage.members.values }

    /// The position of the member `key`, or nil.
    @inlinable
    public func index(forKey key: String) -> Int? { storage.position(of: key) }

    /// The position and value of the member whose key has the same scalars as `key` — the names of JSONPath and
    /// JSON Schema, which compare scalar by scalar where Swift's strings compare by canonical equivalence — or nil.
    /// Read without copying the members' views (`keys[i]` and `values[i]` retain and release the dictionary's
    /// buffers).
    @inlinable
    public func entry(sameScalarsAs key: String) -> (position: Int, value: Value)? {
        storage.entry(sameScalarsAs: key)
    }

    /// Whether there is a member `key`.
    @inlinable
    public func hasMember(_ key: String) -> Bool { storage.position(of: key) != nil }

    /// Whether both are the same storage, and so the same members without looking at them.
    @inlinable
    public func sharesStorage(with other: ValueObject) -> Bool { storage === other.storage }
}

extension ValueObject: RandomAccessCollection {
    public typealias Element = (key: String, value: Value)
    public typealias Index = Int
    public typealias Indices = Range<Int>

    @inlinable
    public var startIndex: Int { 0 }

    @inlinable
    public var endIndex: Int { storage.members.count }

    @inlinable
    public var count: Int { storage.members.count }

    @inlinable
    public var isEmpty: Bool { storage.members.isEmpty }

    @inlinable
    public subscript(position: Int) -> Element { storage.members.elements[position] }

    @inlinable
    public func index(after i: Int) -> Int { i + 1 }

    @inlinable
    public func index(before i: Int) -> Int { i - 1 }
}

/// The positions of an object's members by key, looked up by a hash of the key's bytes: for objects whose keys
/// are all ASCII and too many for `OrderedDictionary` to search one by one (more than 15, such as a proposal's
/// root, which most rules start from).
///
/// `OrderedDictionary` finds such a key by `String`'s hash — SipHash over the key's normalized scalars, about 500
/// instructions a look-up, 2 % of checking a proposal. ASCII text is its own normal form: two ASCII strings are
/// equal exactly when their bytes are, so among ASCII keys the bytes decide, hashed by their ``KeyFingerprint``
/// (the one the YAML loader takes to catch repeated keys). An ASCII string can also equal a non-ASCII one (the Kelvin
/// sign U+212A is canonically `K`), which is why an object with a non-ASCII key gets no index and a non-ASCII key asked
/// for is looked up by the dictionary.
@usableFromInline
struct ASCIIKeyIndex: Sendable {
    /// The keys and the values, in order: the dictionary's, read without copying the dictionary (reading a member
    /// through its `values` view retained and released all three of the dictionary's buffers).
    private let keys: [String]
    private let values: [Value]
    /// The position of a member plus one in each slot, 0 for an empty slot; open addressing, linear probing.
    private let slots: [Int32]
    private let mask: Int

    /// Members the dictionary searches one by one: it hashes from sixteen on.
    static let fewest = 16

    /// The index of `keys` and their `values`, or nil when there are fewer than ``fewest`` keys or one is not ASCII.
    @usableFromInline
    init?(_ keys: OrderedSet<String>, _ values: OrderedDictionary<String, Value>.Values) {
        guard keys.count >= Self.fewest, keys.count < Int(Int32.max) / 4 else { return nil }
        var capacity = 1
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (position, key) in keys.enumerated() {
            guard let hash = Self.hash(key) else { return nil }
            var slot = hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position + 1)
        }
        self.keys = Array(keys)
        self.values = Array(values)
        self.slots = slots
        self.mask = mask
    }

    /// The value of the member at `position`.
    @usableFromInline
    func value(at position: Int) -> Value { values[position] }

    /// What the index says of a key.
    @usableFromInline
    enum Lookup {
        /// The key is the member at this position.
        case found(Int)
        /// No member has the key.
        case absent
        /// The key is not ASCII: the dictionary decides.
        case undecided
    }

    /// What the index says of a key, with the member's value.
    @usableFromInline
    enum Member {
        case found(Value)
        case absent
        case undecided
    }

    /// The value of the member `key`, as ``lookUp(_:)`` finds it.
    @usableFromInline
    func member(_ key: String) -> Member {
        switch lookUp(key) {
        case .found(let position): .found(values[position])
        case .absent: .absent
        case .undecided: .undecided
        }
    }

    /// Where `key` is among the keys the index was built from.
    @usableFromInline
    func lookUp(_ key: String) -> Lookup {
        guard let hash = Self.hash(key) else { return .undecided }
        var slot = hash & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return .absent }
            // Both ASCII: equal as strings exactly when their bytes are.
            if keys[entry - 1] == key { return .found(entry - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// Where `key` starts probing: its ``KeyFingerprint``, or nil when it is not ASCII.
    private static func hash(_ key: String) -> Int? {
        let fingerprint = KeyFingerprint.of(key)
        guard fingerprint != KeyFingerprint.nonASCII else { return nil }
        return Int(truncatingIfNeeded: fingerprint ^ (fingerprint >> 32))
    }
}
