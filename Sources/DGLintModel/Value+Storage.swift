extension Value {
    /// Whether this value and `other` are a map or a list held in one and the same storage — a value and a copy
    /// of it, such as the packs' data passed to every document, or a node compared with itself — and so equal
    /// without looking inside. Scalars, and values of different kinds, never are.
    @inlinable
    public func sharesStorage(with other: Value) -> Bool {
        switch (self, other) {
        case (.object(let x), .object(let y)):
            x.sharesStorage(with: y)
        case (.array(let x), .array(let y)):
            Self.sameStorage(x, y)
        default:
            false
        }
    }

    /// Inlinable as well, so that callers in other modules get it specialised: unspecialised, each call went
    /// through `withUnsafeBufferPointer`'s generic entry points.
    @inlinable
    static func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
        a.count == b.count
            && a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }
}
