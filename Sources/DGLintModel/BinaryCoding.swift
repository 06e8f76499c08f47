/// A compact little-endian byte format for values that are expensive to rebuild (the parsed pack files of
/// the parse cache). The reader checks every length against what is left, so a truncated or damaged file
/// is a failed read, never a crash.
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// An unsigned integer in 7-bit groups, low group first (LEB128).
    public mutating func count(_ value: Int) {
        var rest = UInt64(truncatingIfNeeded: value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func int32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A string as its UTF-8 length and bytes.
    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func raw(_ other: some Collection<UInt8>) { bytes.append(contentsOf: other) }
}

/// Reads what a ``BinaryWriter`` wrote; every read fails with ``Malformed`` rather than reading past the end.
public struct BinaryReader {
    /// The input ended early or held something the format does not allow.
    public struct Malformed: Error, Sendable {
        public init() {}
    }

    private let base: UnsafeRawBufferPointer
    public private(set) var offset: Int

    /// Reads `buffer`, which must outlive the reader.
    public init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
        base = buffer
        self.offset = offset
    }

    public var isAtEnd: Bool { offset == base.count }
    public var remaining: Int { base.count - offset }

    public mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < base.count else { throw Malformed() }
        defer { offset += 1 }
        return base[offset]
    }

    /// A LEB128 count, which must fit in what is left of the input when `bounded` (a count of elements that
    /// each take at least one byte).
    public mutating func count(bounded: Bool = true) throws(Malformed) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 63 else { throw Malformed() }
            result |= UInt64(next & 0x7f) << shift
            if next < 0x80 { break }
            shift += 7
        }
        guard result <= UInt64(Int.max), !bounded || result <= UInt64(remaining) else { throw Malformed() }
        return Int(result)
    }

    public mutating func uint64() throws(Malformed) -> UInt64 {
        guard remaining >= 8 else { throw Malformed() }
        defer { offset += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    public mutating func int32() throws(Malformed) -> Int32 {
        guard remaining >= 4 else { throw Malformed() }
        defer { offset += 4 }
        return Int32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Int32.self))
    }

    /// A string written by ``BinaryWriter/string(_:)``. Bytes that are not UTF-8 (only in a damaged input, which
    /// the parse cache's checksum already rules out) become U+FFFD, as `String(decoding:as:)` makes them:
    /// `String(validating:as:)` would cost ten times as much.
    public mutating func string() throws(Malformed) -> String {
        let length = try count()
        let slice = UnsafeRawBufferPointer(rebasing: base[offset..<(offset + length)])
        offset += length
        return String(decoding: slice.bindMemory(to: UInt8.self), as: UTF8.self)
    }
}

/// A fast 64-bit hash of bytes, to tell whether a file changed since it was cached — not a cryptographic
/// digest (``SHA256`` is that): eight bytes a step, each mixed by a multiplication, then a final avalanche
/// (the constants and finaliser of MurmurHash3's fmix64).
public enum ContentHash {
    public static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        var h = seed ^ 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            h = (h ^ mix(word)) &* 0xFF51_AFD7_ED55_8CCD
            h = (h << 27) | (h >> 37)
            i += 8
        }
        var last: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            last |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h ^= mix(last)
        return mix(h)
    }

    public static func of(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { of($0, seed: seed) }
    }

    public static func of(_ text: String, seed: UInt64 = 0) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0), seed: seed) }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }
}
