/// A cheap hash of an object key's bytes that is trusted only for keys that are all ASCII.
///
/// Swift compares strings by canonical equivalence, not by bytes (`"\u{212A}"`, the Kelvin sign, equals `"K"`), but
/// two ASCII strings are equal exactly when their bytes are. So equal ASCII keys have equal fingerprints, and a key
/// with any other character gets ``nonASCII``, which tells its user to compare the strings in full. The YAML
/// loader fingerprints each mapping key to catch a repeated one; ``ValueObject`` indexes a large object's members
/// by them.
public enum KeyFingerprint {
    /// The fingerprint of a key that is not all ASCII; no ASCII key gets it.
    public static let nonASCII: UInt64 = 0

    /// FNV-1a of the bytes, read eight at a time, then four, two and one; never ``nonASCII`` — or ``nonASCII`` when
    /// a byte is not ASCII.
    @inlinable
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
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

    /// The fingerprint of `key`'s UTF-8, read in place.
    @inlinable
    public static func of(_ key: String) -> UInt64 {
        UTF8Decoding.withBytes(of: key) { of($0) }
    }
}
