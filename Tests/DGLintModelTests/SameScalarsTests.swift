import DGLintModel
import Testing

/// `String.hasSameScalars(as:)`, which JSONPath, JSON Schema and expressions compare strings with: the same as
/// comparing the Unicode scalars one by one, never canonical equivalence, for every length around a word of
/// eight bytes.
@Suite struct SameScalarsTests {
    static let texts = [
        "", "a", "b", "ab", "ba", "é", "e\u{0301}", "\u{212B}", "\u{C5}", "ก", "กา", "ข", "๒๕๖๙", "2569", "😀", "😁",
        "a😀", "hardware", "Hardware", "software", "\u{0}", "\u{7F}", "\u{80}", "\u{FFFF}", "\u{10FFFF}", "abcdefg",
        "abcdefgh", "abcdefghi", "abcdefghX", "abcdefghY", "Xbcdefghi", "abcdefghijklmnopq", "abcdefghijklmnopr",
        "ระบบนัดหมาย", "ระบบนัดหมาก", String(repeating: "ab", count: 40), String(repeating: "ab", count: 39) + "ac",
    ]

    @Test(arguments: texts)
    func sameAsComparingScalars(_ a: String) {
        for b in Self.texts {
            let expected = a.unicodeScalars.elementsEqual(b.unicodeScalars)
            #expect(
                a.hasSameScalars(as: b) == expected, "\(a.unicodeScalars.map(\.value)) \(b.unicodeScalars.map(\.value))"
            )
        }
    }

    @Test func copiesAndSubstringsOfLongTexts() {
        let long = String(repeating: "ระบบ", count: 30)
        let copy = String(long.unicodeScalars)
        #expect(long.hasSameScalars(as: copy))
        #expect(!long.hasSameScalars(as: String(long.dropLast()) + "ม"))
        #expect(String(long.prefix(10)).hasSameScalars(as: String(copy.prefix(10))))
    }
}

/// `Value.sharesStorage(with:)`: maps and lists that are one storage, never equal values held apart.
@Suite struct SharedStorageTests {
    @Test func copiesShareTheirStorage() {
        let map: Value = ["a": 1, "b": [1, 2]]
        let copy = map
        #expect(map.sharesStorage(with: copy))
        let list: Value = [1, 2, 3]
        let listCopy = list
        #expect(list.sharesStorage(with: listCopy))
    }

    @Test func equalValuesHeldApartDoNot() {
        #expect(!(["a": 1] as Value).sharesStorage(with: ["a": 1]))
        #expect(!([1, 2] as Value).sharesStorage(with: [1, 2]))
        #expect(!Value.string("x").sharesStorage(with: .string("x")))
        #expect(!Value.int(1).sharesStorage(with: .int(1)))
        let list: Value = [1]
        #expect(!list.sharesStorage(with: ["a": 1]))
    }
}
