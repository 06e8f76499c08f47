/// Unicode scalars decoded from a string's UTF-8 bytes in place, for the lazily built DFAs.
///
/// A DFA reads one scalar of its subject per step, and most subjects are decided after a few: the set-up of
/// a `String.UnicodeScalarView` iteration, and its general decoding, cost more than that. A `String` always
/// holds valid UTF-8, so the lead byte says how many bytes follow and no check is needed.
public enum UTF8Decoding {
    /// Calls `body` with the UTF-8 bytes of `text`, read in place (a native string is contiguous).
    ///
    /// The bytes of a native string are read without copying it; `withUTF8`, which is mutating (it may make a
    /// bridged string contiguous), took a copy of every string first — a retain and a release.
    @inlinable
    public static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = text
        return text.withUTF8(body)
    }

    /// The value of the scalar whose UTF-8 form starts at `bytes[i]`, with `i` moved past it; `bytes` must be
    /// valid UTF-8 and `i` at the start of a scalar.
    @inlinable @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
        let lead = UInt32(bytes[i])
        if lead < 0x80 {
            i += 1
            return lead
        }
        if lead < 0xE0 {
            defer { i += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { i += 3 }
            return (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        }
        defer { i += 4 }
        return (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F)
    }
}
