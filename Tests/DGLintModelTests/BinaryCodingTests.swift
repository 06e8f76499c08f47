import DGLintModel
import Testing

/// The binary format of the parse cache: what is written reads back the same, and anything damaged is a
/// failed read, never a crash.
@Suite("BinaryWriter and BinaryReader: values and source maps")
struct BinaryCodingTests {
    static let value: Value = [
        "ชื่อ": "ระบบบริการ e-Service ๒๕๖๘", "budget": ["total": 12_500_000, "ratio": 0.25, "negative": -7],
        "flags": [true, false, .null], "empty": [:], "list": [], "nested": [[["deep": [1, [2, [3]]]]]],
        "big": .int(Int.max), "small": .int(Int.min), "nan-free": .double(-0.5),
    ]

    /// Writes `value` and reads it back, with the number of nodes the reader counted.
    static func roundTrip(_ value: Value, maxDepth: Int = 64) throws -> (Value, Int) {
        var writer = BinaryWriter()
        value.write(to: &writer)
        return try writer.bytes.withUnsafeBytes { buffer in
            var reader = BinaryReader(buffer)
            var nodes = 0
            let read = try Value(reading: &reader, maxDepth: maxDepth, nodes: &nodes)
            #expect(reader.isAtEnd)
            return (read, nodes)
        }
    }

    static func nodeCount(_ value: Value) -> Int {
        switch value {
        case .array(let elements): 1 + elements.reduce(0) { $0 + nodeCount($1) }
        case .object(let members): 1 + members.values.reduce(0) { $0 + nodeCount($1) }
        default: 1
        }
    }

    @Test func aValueReadsBackEqualWithItsKeysInOrderAndItsNodesCounted() throws {
        let (read, nodes) = try Self.roundTrip(Self.value)
        #expect(read == Self.value)
        #expect(read.objectValue?.keys.elements == Self.value.objectValue?.keys.elements)
        // Integers stay integers and doubles doubles (`==` alone would equate 1 and 1.0).
        #expect(read["budget"]?["total"]?.kind == .integer)
        #expect(read["budget"]?["ratio"]?.kind == .number)
        #expect(nodes == Self.nodeCount(Self.value))
    }

    @Test func countsOfEveryWidthReadBack() throws {
        for count in [0, 1, 127, 128, 16_383, 16_384, 1 << 40] {
            var writer = BinaryWriter()
            writer.count(count)
            let read = try writer.bytes.withUnsafeBytes { buffer in
                var reader = BinaryReader(buffer)
                return try reader.count(bounded: false)
            }
            #expect(read == count)
        }
    }

    @Test func nestingDeeperThanAllowedIsRefused() throws {
        var deep: Value = 1
        for _ in 0..<10 { deep = [deep] }
        #expect(throws: BinaryReader.Malformed.self) { try Self.roundTrip(deep, maxDepth: 10) }
        #expect(try Self.roundTrip(deep, maxDepth: 11).0 == deep)
    }

    @Test func everyTruncationFailsCleanly() throws {
        var writer = BinaryWriter()
        Self.value.write(to: &writer)
        let bytes = writer.bytes
        for length in 0..<bytes.count {
            let prefix = Array(bytes[..<length])
            #expect(throws: BinaryReader.Malformed.self) {
                try prefix.withUnsafeBytes { buffer in
                    var reader = BinaryReader(buffer)
                    var nodes = 0
                    _ = try Value(reading: &reader, maxDepth: 64, nodes: &nodes)
                }
            }
        }
    }

    /// Flipping bytes gives either a read failure or some value — never a crash, a hang or a huge allocation
    /// (counts are checked against what is left of the input before anything is reserved).
    @Test func damagedBytesNeverCrash() throws {
        var writer = BinaryWriter()
        Self.value.write(to: &writer)
        let bytes = writer.bytes
        var generator = SplitMix(seed: 42)
        var failures = 0
        for _ in 0..<2_000 {
            var damaged = bytes
            for _ in 0..<3 {
                damaged[Int(generator.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: generator.next())
            }
            damaged.withUnsafeBytes { buffer in
                var reader = BinaryReader(buffer)
                var nodes = 0
                if (try? Value(reading: &reader, maxDepth: 64, nodes: &nodes)) == nil { failures += 1 }
            }
        }
        #expect(failures > 0)
    }

    @Test func aRepeatedKeyIsRefused() throws {
        var writer = BinaryWriter()
        writer.byte(7)  // an object
        writer.count(2)
        for _ in 0..<2 {
            writer.string("same")
            writer.byte(0)  // null
        }
        #expect(throws: BinaryReader.Malformed.self) {
            try writer.bytes.withUnsafeBytes { buffer in
                var reader = BinaryReader(buffer)
                var nodes = 0
                _ = try Value(reading: &reader, maxDepth: 8, nodes: &nodes)
            }
        }
    }

    @Test func textThatIsNotUTF8IsRepairedNotTrusted() throws {
        var writer = BinaryWriter()
        writer.byte(5)  // a string
        writer.count(3)
        writer.raw([0x61, 0xC3, 0x28])
        let read = try writer.bytes.withUnsafeBytes { buffer in
            var reader = BinaryReader(buffer)
            var nodes = 0
            return try Value(reading: &reader, maxDepth: 8, nodes: &nodes)
        }
        #expect(read == "a\u{FFFD}(")
    }

    @Test func aSourceMapReadsBackWithEveryRange() throws {
        let map = SourceMapTests.build()
        var writer = BinaryWriter()
        map.write(to: &writer)
        let read = try writer.bytes.withUnsafeBytes { buffer in
            var reader = BinaryReader(buffer)
            return try SourceMap(reading: &reader, nodes: map.count)
        }
        #expect(read.count == map.count)
        for node in 0..<map.count {
            #expect(read.range(ofNode: node) == map.range(ofNode: node))
            #expect(read.keyRange(ofNode: node) == map.keyRange(ofNode: node))
            #expect(read.subtreeSize(node) == map.subtreeSize(node))
        }
        #expect(
            read.range(at: [.key("a"), .index(1), .key("x")], in: SourceMapTests.value)
                == map.range(at: [.key("a"), .index(1), .key("x")], in: SourceMapTests.value))
    }

    @Test func aSourceMapForAnotherTreeOrWithASubtreeOutsideItIsRefused() throws {
        let map = SourceMapTests.build()
        var writer = BinaryWriter()
        map.write(to: &writer)
        var bytes = writer.bytes
        #expect(throws: BinaryReader.Malformed.self) {
            try bytes.withUnsafeBytes { buffer in
                var reader = BinaryReader(buffer)
                _ = try SourceMap(reading: &reader, nodes: map.count + 1)
            }
        }
        // The first node's subtree end (after the count byte and four positions) now points past the map.
        bytes[1 + 48] = 0x7F
        #expect(throws: BinaryReader.Malformed.self) {
            try bytes.withUnsafeBytes { buffer in
                var reader = BinaryReader(buffer)
                _ = try SourceMap(reading: &reader, nodes: map.count)
            }
        }
    }

    @Test func theContentHashTellsNearlyEqualInputsApartAndIsStable() {
        let base = Array("version: 1.0.0\nrules: {}\n".utf8)
        var seen = Set<UInt64>()
        seen.insert(ContentHash.of(base))
        for i in base.indices {
            var changed = base
            changed[i] ^= 1
            seen.insert(ContentHash.of(changed))
        }
        seen.insert(ContentHash.of(base + [0]))
        #expect(seen.count == base.count + 2)
        #expect(ContentHash.of(base) == ContentHash.of(String(decoding: base, as: UTF8.self)))
        #expect(ContentHash.of([]) != ContentHash.of([0]))
    }
}

/// A small deterministic generator (SplitMix64), so that the damaged inputs are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
