import DGLintModel
import Testing

@Suite("Value: equality, hashing, access, truthiness")
struct ValueTests {
    static let equalities: [(Value, Value, Bool)] = [
        (Value.int(1), Value.double(1.0), true),
        (.double(1.0), .int(1), true),
        (.int(0), .double(-0.0), true),
        (.int(1), .double(1.5), false),
        // Double(Int.max) rounds up to 2^63, which no Int equals.
        (.int(Int.max), .double(Double(Int.max)), false),
        // 2^53 + 1 is not representable as a double; it must not equal 2^53.
        (.int(9_007_199_254_740_993), .double(9_007_199_254_740_992), false),
        (.string("1"), .int(1), false),
        (.bool(true), .int(1), false),
        (.null, .bool(false), false),
        (.array([1, 2.0]), .array([1.0, 2]), true),
        (.array([1, 2]), .array([2, 1]), false),
        (["a": 1, "b": 2], ["b": 2, "a": 1], true),
        (["a": 1, "b": 2], ["a": 1, "b": 3], false),
        (["a": 1], ["a": 1, "b": nil], false),
        (["a": 1], ["b": 1], false),
    ]

    @Test("numbers compare by value whatever their case; nothing else compares across kinds", arguments: equalities)
    func equality(a: Value, b: Value, equal: Bool) {
        #expect((a == b) == equal)
        #expect((b == a) == equal)
    }

    static let equalPairs: [(Value, Value)] = [
        (Value.int(1), Value.double(1.0)),
        (.int(0), .double(-0.0)),
        (.int(-7), .double(-7)),
        (.array([1, ["x": 2.0]]), .array([1.0, ["x": 2]])),
        (["a": 1, "b": ["c": true]], ["b": ["c": true], "a": 1.0]),
    ]

    @Test("equal values hash equally", arguments: equalPairs)
    func hashing(a: Value, b: Value) {
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
    }

    @Test("a set keeps values that differ")
    func setKeepsDifferentValues() {
        let values: [Value] = [nil, false, 0, 0.5, "0", [], [:], [0], ["0": 0]]
        #expect(Set(values).count == values.count)
    }

    @Test("kinds")
    func kinds() {
        let values: [Value] = [nil, true, 1, 1.5, "s", [], [:]]
        #expect(values.map(\.kind) == [.null, .boolean, .integer, .number, .string, .array, .object])
        #expect(values.map(\.isNumber) == [false, false, true, true, false, false, false])
        #expect(values.map(\.isNull) == [true, false, false, false, false, false, false])
    }

    @Test("number accessors never parse text")
    func numberAccessors() {
        #expect(Value.double(2.0).intValue == 2)
        #expect(Value.double(2.5).intValue == nil)
        #expect(Value.double(1e300).intValue == nil)
        #expect(Value.double(.nan).intValue == nil)
        #expect(Value.int(3).doubleValue == 3.0)
        #expect(Value.string("3").intValue == nil)
        #expect(Value.string("3").doubleValue == nil)
        #expect(Value.bool(true).intValue == nil)
    }

    static let tree: Value = ["a": ["b": [10, 20, ["c": "deep"]]], "s": "text"]

    /// An element that does not exist is missing (`nil`), not a present `null`: otherwise `value(at:)` finds
    /// `items[5]` in a list of three and `defined` passes for it.
    @Test("an index outside the array gives nil, not null")
    func indexOutOfRange() {
        let list: Value = [10, 20, 30]
        #expect(list[3] == Value?.none)
        #expect(list[-4] == Value?.none)
        #expect(list[PathElement.index(3)] == Value?.none)
        #expect(Value.array([]).value(at: [.index(0)]) == Value?.none)
    }

    @Test("member and element subscripts")
    func subscripts() {
        let list: Value = [10, 20, 30]
        #expect(list[0] == 10)
        #expect(list[-1] == 30)
        #expect(list[-3] == 10)
        #expect(list["0"] == nil)
        #expect(Self.tree["s"] == "text")
        #expect(Self.tree["missing"] == nil)
        #expect(Self.tree[0] == nil)
        #expect(Value.string("abc")["a"] == nil)
        // A path step never counts from the end: a normalized path has no negative index.
        #expect(list[PathElement.index(-1)] == nil)
        #expect(list[PathElement.index(1)] == 20)
        #expect(Self.tree[PathElement.key("s")] == "text")
    }

    static let paths: [([PathElement], Value?)] = [
        ([PathElement](), tree),
        ([.key("a"), .key("b"), .index(2), .key("c")], "deep"),
        ([.key("a"), .key("b"), .index(1)], 20),
        ([.key("a"), .key("b"), .index(3)], nil),
        ([.key("a"), .key("x"), .key("c")], nil),
        ([.key("s"), .key("length")], nil),
        ([.key("a"), .key("b"), .key("0")], nil),
    ]

    @Test("value(at:) follows every step or gives nil", arguments: paths)
    func valueAtPath(path: [PathElement], expected: Value?) {
        #expect(Self.tree.value(at: path) == expected)
    }

    @Test(
        "truthiness",
        arguments: [
            (Value.null, false), (.bool(false), false), (.bool(true), true), (.int(0), false), (.int(-1), true),
            (.double(0), false), (.double(-0.0), false), (.double(.nan), false), (.double(0.1), true),
            (.string(""), false), (.string(" "), true), (.string("false"), true), (.array([]), false),
            (.array([nil]), true), (.object([:]), false), (.object(["a": nil]), true),
        ])
    func truthiness(value: Value, truthy: Bool) {
        #expect(value.isTruthy == truthy)
    }

    @Test("typed accessors answer only for their own case")
    func typedAccessors() {
        #expect(Value.string("x").stringValue == "x")
        #expect(Value.int(1).stringValue == nil)
        #expect(Value.bool(false).boolValue == false)
        #expect(Value.int(0).boolValue == nil)
        #expect(Value.array([1]).arrayValue == [1])
        #expect(Value.object(["k": 1]).objectValue?.keys.elementsEqual(["k"]) == true)
        #expect(Value.array([]).objectValue == nil)
    }

    @Test("objects keep document order")
    func order() {
        let value: Value = ["z": 1, "a": 2, "m": 3]
        #expect(value.objectValue.map { Array($0.keys) } == ["z", "a", "m"])
    }
}
