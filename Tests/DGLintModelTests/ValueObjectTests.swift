import DGLintModel
import OrderedCollections
import Testing

@Suite("ValueObject: an object's members behind one reference")
struct ValueObjectTests {
    static let members: OrderedDictionary<String, Value> = ["b": 1, "a": ["x": true], "c": "text"]

    @Test("members keep their order and answer look-ups, positions and counts like the dictionary they came from")
    func readsLikeItsDictionary() {
        let object = ValueObject(Self.members)
        #expect(object.count == 3)
        #expect(!object.isEmpty)
        #expect(Array(object.keys) == ["b", "a", "c"])
        #expect(Array(object.values) == [1, ["x": true], "text"])
        #expect(object.map { $0.key } == ["b", "a", "c"])
        #expect(object["a"] == ["x": true])
        #expect(object["missing"] == nil)
        #expect(object.index(forKey: "c") == 2)
        #expect(object.index(forKey: "missing") == nil)
        #expect(object[1].key == "a")
        #expect(object.members == Self.members)
        #expect(ValueObject().isEmpty)
    }

    @Test("setting a member changes that object only, never a copy made before")
    func settingAMemberLeavesCopiesAlone() {
        var object = ValueObject(Self.members)
        let copy = object
        object["a"] = nil
        object["d"] = 4
        #expect(Array(object.keys) == ["b", "c", "d"])
        #expect(Array(copy.keys) == ["b", "a", "c"])
        #expect(copy["a"] == ["x": true])
        #expect(!object.sharesStorage(with: copy))
    }

    @Test("a copy shares its storage; equal members built apart do not")
    func storageIsSharedByCopiesOnly() {
        let object = ValueObject(Self.members)
        let copy = object
        #expect(object.sharesStorage(with: copy))
        #expect(!object.sharesStorage(with: ValueObject(Self.members)))
        #expect(Value.object(object) == Value.object(ValueObject(Self.members)))
    }

    @Test("keys repeated in pairs keep the value the combining closure picks, at the first key's place")
    func uniquingKeys() {
        let object = ValueObject([("a", 1), ("b", 2), ("a", 3)], uniquingKeysWith: { _, last in last })
        #expect(Array(object.keys) == ["a", "b"])
        #expect(object["a"] == 3)
        #expect(ValueObject(uniqueKeysWithValues: [("k", Value.null)])["k"] == .null)
    }

    /// Objects of 1 to 100 members, so that those searched member by member and those looked up by hash (16 on)
    /// are both met; keys of every length up to past a small string's 15 bytes.
    static func object(_ count: Int, extraKey: String? = nil) -> (ValueObject, [String]) {
        var keys = (0..<count).map { "k" + String(repeating: "x", count: $0 % 20) + String($0) }
        if let extraKey { keys.append(extraKey) }
        return (ValueObject(uniqueKeysWithValues: keys.enumerated().map { ($1, Value.int($0)) }), keys)
    }

    @Test("every member is found, at its position, and no other key is, whatever the object's size")
    func lookUpsAtEverySize() {
        for count in [1, 15, 16, 17, 40, 100] {
            let (object, keys) = Self.object(count)
            for (position, key) in keys.enumerated() {
                #expect(object[key] == .int(position), "\(key) of \(count)")
                #expect(object.index(forKey: key) == position)
                #expect(object.hasMember(key))
            }
            for missing in ["", "k", "x0", "kx0", "K0", keys[0] + " ", String(keys[0].dropLast())] {
                #expect(object[missing] == nil, "\(missing) of \(count)")
                #expect(object.index(forKey: missing) == nil)
                #expect(!object.hasMember(missing))
            }
        }
    }

    /// Strings compare by canonical equivalence: a look-up must find what the dictionary finds, including an ASCII
    /// key asked for by a non-ASCII spelling (the Kelvin sign is canonically `K`) and keys that are not ASCII.
    @Test("keys that are not ASCII are found as the dictionary finds them, at every size")
    func nonASCIIKeys() {
        for count in [3, 20] {
            let (object, _) = Self.object(count, extraKey: "K")
            #expect(object["\u{212A}"] == object["K"])
            #expect(object["K"] == .int(count))
            #expect(object.hasMember("\u{212A}"))
            let (thai, _) = Self.object(count, extraKey: "ปีงบประมาณ")
            #expect(thai["ปีงบประมาณ"] == .int(count))
            #expect(thai["k0"] == .int(0))
            // Composed and decomposed spellings of the same key are one key.
            let (accented, _) = Self.object(count, extraKey: "caf\u{E9}")
            #expect(accented["cafe\u{301}"] == .int(count))
            #expect(accented["cafe"] == nil)
        }
    }

    /// JSONPath and JSON Schema compare member names scalar by scalar: `entry(sameScalarsAs:)` finds a member only
    /// by its own spelling, where the subscript also finds it by a canonically equivalent one.
    @Test("a member is found by the scalars of its key, at its position, and never by an equivalent spelling")
    func entriesBySameScalars() {
        for count in [1, 3, 15, 16, 20, 100] {
            let (object, keys) = Self.object(count)
            for (position, key) in keys.enumerated() {
                let entry = object.entry(sameScalarsAs: key)
                #expect(entry?.position == position, "\(key) of \(count)")
                #expect(entry?.value == .int(position))
            }
            for missing in ["", "k", "kx0", "K0", keys[0] + " ", String(keys[0].dropLast())] {
                #expect(object.entry(sameScalarsAs: missing) == nil, "\(missing) of \(count)")
            }
            // An ASCII key is not found by the Kelvin sign, nor the sign's key by `K`, though each equals the other.
            let (ascii, _) = Self.object(count, extraKey: "K")
            #expect(ascii.entry(sameScalarsAs: "K")?.position == count)
            #expect(ascii.entry(sameScalarsAs: "\u{212A}") == nil)
            let (kelvin, _) = Self.object(count, extraKey: "\u{212A}")
            #expect(kelvin.entry(sameScalarsAs: "\u{212A}")?.value == .int(count))
            #expect(kelvin.entry(sameScalarsAs: "K") == nil)
            // Composed and decomposed spellings are one key to the subscript, two to this look-up.
            let (accented, _) = Self.object(count, extraKey: "caf\u{E9}")
            #expect(accented.entry(sameScalarsAs: "caf\u{E9}")?.value == .int(count))
            #expect(accented.entry(sameScalarsAs: "cafe\u{301}") == nil)
            let (thai, _) = Self.object(count, extraKey: "ปีงบประมาณ")
            #expect(thai.entry(sameScalarsAs: "ปีงบประมาณ")?.position == count)
        }
    }
}
