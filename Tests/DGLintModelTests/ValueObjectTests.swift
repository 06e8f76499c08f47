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
}
