import DGLintModel

/// Measuring and searching text by its UTF-8 bytes, with the results of doing it by Unicode scalars.
///
/// In valid UTF-8 every scalar starts with exactly one byte that is not a continuation byte (`10xxxxxx`), and
/// a string's bytes occur inside another's only at a scalar boundary, so counting those bytes and comparing
/// bytes gives what counting and comparing scalars gives, without decoding them or copying them into arrays.
enum Text {
    /// The number of Unicode scalars in `s`, which `size()` gives and the budget charges by (every `matches()`
    /// and `contains()` counts its subject).
    ///
    /// The bytes less the continuation bytes, counted eight at a time: a continuation byte is the one with its top
    /// bit set and the next clear, and shifting the complement left by one brings each byte's second bit under its
    /// top bit without crossing into the next byte's.
    static func scalarCount(_ s: String) -> Int {
        UTF8Decoding.withBytes(of: s) { buffer in
            let count = buffer.count
            guard let base = buffer.baseAddress else { return 0 }
            let tops: UInt64 = 0x8080_8080_8080_8080
            var continuations = 0
            var i = 0
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                continuations += (word & (~word << 1) & tops).nonzeroBitCount
                i += 8
            }
            while i < count {
                if base[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return count - continuations
        }
    }

    /// Whether `s` starts with the scalars of `prefix`.
    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        UTF8Decoding.withBytes(of: s) { a in
            UTF8Decoding.withBytes(of: prefix) { b in b.count <= a.count && a.prefix(b.count).elementsEqual(b) }
        }
    }

    /// Whether `s` ends with the scalars of `suffix`.
    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        UTF8Decoding.withBytes(of: s) { a in
            UTF8Decoding.withBytes(of: suffix) { b in b.count <= a.count && a.suffix(b.count).elementsEqual(b) }
        }
    }

    /// Whether the scalars of `part` occur in `s`; the empty string occurs in every string.
    static func contains(_ s: String, _ part: String) -> Bool {
        UTF8Decoding.withBytes(of: s) { a in
            UTF8Decoding.withBytes(of: part) { b in
                guard let first = b.first else { return true }
                guard b.count <= a.count else { return false }
                // Plain loops: iterating a closed range and comparing slices went through generic code.
                var start = 0
                while start <= a.count - b.count {
                    if a[start] == first {
                        var i = 1
                        while i < b.count && a[start + i] == b[i] { i += 1 }
                        if i == b.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
