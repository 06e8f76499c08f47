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

        @inlinable
        init(_ members: OrderedDictionary<String, Value>) {
            self.members = members
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
        get { storage.members[key] }
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
    public func index(forKey key: String) -> Int? { storage.members.index(forKey: key) }

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
