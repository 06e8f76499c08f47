/// A stack whose topmost elements leave together, moved in order into an array of exactly their number.
///
/// The children of every open collection wait on one such stack, and when a collection ends its children
/// are taken off the top. An `Array` can only give up its last elements one `removeLast()` at a time (each
/// with a uniqueness check, and then a `reverse()`), or through `removeLast(_:)`, a generic path that costs
/// a few hundred instructions a call; here the elements are moved out in order and the count lowered, and
/// pushing is a capacity check and an initialisation. The storage keeps its capacity from one collection to
/// the next.
final class MoveStack<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of elements on the stack.
    private(set) var count = 0

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// The element at `index`, counted from the bottom of the stack.
    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "MoveStack index out of range")
        return storage[index]
    }

    /// The topmost element, read and changed in place (the stack must not be empty).
    var last: Element {
        get {
            precondition(count > 0, "MoveStack is empty")
            return storage[count - 1]
        }
        _modify {
            precondition(count > 0, "MoveStack is empty")
            yield &storage[count - 1]
        }
    }

    /// Removes and returns the topmost element, or returns nil when the stack is empty.
    func popLast() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        return (storage + count).move()
    }

    /// The index of the first element from `start` on that satisfies `predicate`, or nil.
    @inline(__always)
    func firstIndex(from start: Int, where predicate: (Element) -> Bool) -> Int? {
        precondition(start >= 0 && start <= count, "MoveStack index out of range")
        // `count` read once: a stored property of the class, it would be read again after every call.
        let end = count
        var i = start
        while i < end {
            if predicate(storage[i]) { return i }
            i += 1
        }
        return nil
    }

    /// Pushes `element`.
    func append(_ element: consuming Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// Removes the elements from `start` on and returns them, in order.
    func takeSuffix(from start: Int) -> [Element] {
        precondition(start >= 0 && start <= count, "MoveStack suffix out of range")
        // Not `Array(unsafeUninitializedCapacity:)` and one `moveInitialize`: that initialiser reaches the
        // standard library's unspecialised allocation path, some 700 instructions a call.
        var result: [Element] = []
        result.reserveCapacity(count - start)
        for i in start..<count { result.append((storage + i).move()) }
        count = start
        return result
    }

    /// Removes the elements from `start` on.
    func removeSuffix(from start: Int) {
        precondition(start >= 0 && start <= count, "MoveStack suffix out of range")
        (storage + start).deinitialize(count: count - start)
        count = start
    }

    /// Doubles the capacity, moving the elements to the new storage.
    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
