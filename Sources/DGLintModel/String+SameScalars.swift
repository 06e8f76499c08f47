extension String {
    /// Whether this string and `other` hold the same Unicode scalars. Swift's `==` also equates canonically
    /// equivalent strings (`é` as one scalar and as `e` + U+0301), which JSONPath (RFC 9535), JSON Schema and CEL
    /// do not. Each scalar has one UTF-8 form, so the same scalars are the same bytes: the lengths are compared
    /// first (constant time for a native string), then the bytes in place, eight at a time.
    @inlinable
    public func hasSameScalars(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return UTF8Decoding.withBytes(of: self) { a in
            UTF8Decoding.withBytes(of: other) { b in
                let a = UnsafeRawBufferPointer(a)
                let b = UnsafeRawBufferPointer(b)
                var offset = 0
                while offset + 8 <= a.count {
                    guard
                        a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                            == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    else { return false }
                    offset += 8
                }
                while offset < a.count {
                    guard a[offset] == b[offset] else { return false }
                    offset += 1
                }
                return true
            }
        }
    }
}
