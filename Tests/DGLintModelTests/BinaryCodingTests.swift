import DGLintModel
import DGLintTestSupport
import OrderedCollections
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

    /// Objects up to 15 members are read into arrays, larger ones into a hashed dictionary: both read back
    /// equal, in order, with their nodes counted.
    @Test(arguments: [0, 1, 2, 14, 15, 16, 17, 40])
    func objectsOfEverySizeReadBack(_ count: Int) throws {
        let members = (0..<count).map { i in ("k\(count - i)", Value.array([.int(i), ["inner": .string("v\(i)")]])) }
        let value = Value.object(OrderedDictionary(uniqueKeysWithValues: members))
        let (read, nodes) = try Self.roundTrip(value)
        #expect(read == value)
        #expect(read.objectValue?.keys.elements == members.map(\.0))
        #expect(read["k1"]?[0] == (count > 0 ? .int(count - 1) : nil))
        #expect(nodes == Self.nodeCount(value))
    }

    /// A key repeated anywhere in an object, small or large, fails the read.
    @Test(arguments: [(2, 0, 1), (15, 3, 14), (15, 13, 14), (16, 0, 15), (40, 20, 39)])
    func aRepeatedKeyIsRefused(count: Int, first: Int, second: Int) throws {
        var writer = BinaryWriter()
        writer.byte(7)  // an object
        writer.count(count)
        for i in 0..<count {
            writer.string(i == second ? "k\(first)" : "k\(i)")
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

    /// The map's nodes are read as one run of bytes: cut short anywhere, the read fails; whole, it ends exactly
    /// where the map's bytes do, so what follows reads as written.
    @Test func aSourceMapCutShortIsRefusedAndAWholeOneEndsWhereItsBytesDo() throws {
        let map = SourceMapTests.build()
        var writer = BinaryWriter()
        map.write(to: &writer)
        let mapBytes = writer.bytes.count
        writer.uint64(0x0123_4567_89AB_CDEF)
        let bytes = writer.bytes
        for length in 0..<mapBytes {
            #expect(throws: BinaryReader.Malformed.self) {
                try Array(bytes[..<length]).withUnsafeBytes { buffer in
                    var reader = BinaryReader(buffer)
                    _ = try SourceMap(reading: &reader, nodes: map.count)
                }
            }
        }
        let following = try bytes.withUnsafeBytes { buffer in
            var reader = BinaryReader(buffer)
            _ = try SourceMap(reading: &reader, nodes: map.count)
            #expect(reader.offset == mapBytes)
            return try reader.uint64()
        }
        #expect(following == 0x0123_4567_89AB_CDEF)
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

    /// `ContentHash` is XXH64: the values of the reference implementation (libxxhash 0.8), for every path through
    /// it — under 4 bytes, under 8, under 32, the four lanes and their tail — and a seed.
    @Test(
        arguments: [
            ("", 0, 0xEF46_DB37_51D8_E999), ("a", 0, 0xD24E_C4F1_A98C_6E5B), ("abc", 0, 0x44BC_2CF5_AD77_0999),
            ("", 0x1234, 0x6E01_C031_7D5C_53D0), ("abc", 0x1234, 0xFC77_5F09_1949_E650),
            ("abcdefg", 0, 0x1860_940E_2902_822D), ("abcdefghijkl", 0, 0x4B09_B7D3_A233_D4B3),
            ("version: 1.0.0\nrules: {}\n", 0, 0xF927_EF27_1EB2_1551),
            ("version: 1.0.0\nrules: {}\n", 0x1234, 0x7D94_E03C_3FE1_2300),
            (String(repeating: "x", count: 40), 0, 0x926F_564E_1B3E_18D5),
            (String(repeating: "y", count: 63), 0, 0x1908_1922_CA0A_F6CC),
        ] as [(String, UInt64, UInt64)])
    func theContentHashIsXXH64(_ text: String, seed: UInt64, expected: UInt64) {
        #expect(ContentHash.of(text, seed: seed) == expected)
        #expect(ContentHash.of(Array(text.utf8), seed: seed) == expected)
    }

    @Test func theContentHashOfAHundredBytesIsXXH64() {
        let bytes = (0..<100).map { UInt8($0) }
        #expect(ContentHash.of(bytes) == 0x6AC1_E580_3216_6597)
        #expect(ContentHash.of(bytes, seed: 0x1234) == 0x9C53_95B5_DA7D_2126)
    }
}
