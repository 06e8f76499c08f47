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

    /// The next `count` bytes, which stay valid as long as the reader's buffer.
    public mutating func bytes(_ count: Int) throws(Malformed) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= remaining else { throw Malformed() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + count)])
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
/// digest (``SHA256`` is that): XXH64 (xxHash, by Yann Collet), which takes 32 bytes a step in four independent
/// lanes of one multiply-rotate-multiply each. The parse cache hashes every pack file and every entry it reads
/// (about 1.8 MB at start-up); the single-lane hash used before cost three times the instructions.
public enum ContentHash {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    public static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let count = bytes.count
        var i = 0
        var h: UInt64
        if count >= 32 {
            var v1 = seed &+ prime1 &+ prime2
            var v2 = seed &+ prime2
            var v3 = seed
            var v4 = seed &- prime1
            while i + 32 <= count {
                v1 = round(v1, word(bytes, i))
                v2 = round(v2, word(bytes, i + 8))
                v3 = round(v3, word(bytes, i + 16))
                v4 = round(v4, word(bytes, i + 24))
                i += 32
            }
            h = rotate(v1, 1) &+ rotate(v2, 7) &+ rotate(v3, 12) &+ rotate(v4, 18)
            h = merge(merge(merge(merge(h, v1), v2), v3), v4)
        } else {
            h = seed &+ prime5
        }
        h &+= UInt64(count)
        while i + 8 <= count {
            h = rotate(h ^ round(0, word(bytes, i)), 27) &* prime1 &+ prime4
            i += 8
        }
        if i + 4 <= count {
            let half = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
            h = rotate(h ^ (half &* prime1), 23) &* prime2 &+ prime3
            i += 4
        }
        while i < count {
            h = rotate(h ^ (UInt64(bytes[i]) &* prime5), 11) &* prime1
            i += 1
        }
        h ^= h >> 33
        h &*= prime2
        h ^= h >> 29
        h &*= prime3
        h ^= h >> 32
        return h
    }

    public static func of(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { of($0, seed: seed) }
    }

    public static func of(_ text: String, seed: UInt64 = 0) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0), seed: seed) }
    }

    @inline(__always)
    private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    @inline(__always)
    private static func merge(_ hash: UInt64, _ lane: UInt64) -> UInt64 {
        (hash ^ round(0, lane)) &* prime1 &+ prime4
    }

    @inline(__always)
    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }
}
