import DGLintModel
import Testing

/// Array slices (RFC 9535 section 2.3.4): defaults, negative bounds and steps, clamping, step 0.
@Suite struct SliceTests {
    static let array = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"

    static let cases: [(slice: String, expected: [Int])] = [
        ("1:3", [1, 2]),
        ("5:", [5, 6, 7, 8, 9]),
        (":2", [0, 1]),
        ("::3", [0, 3, 6, 9]),
        (":", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ("-2:", [8, 9]),
        (":-8", [0, 1]),
        ("::-1", [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
        ("5:1:-2", [5, 3]),
        ("-1:-4:-1", [9, 8, 7]),
        ("1:5:0", []),
        ("3:1", []),
        ("-100:100", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ("100:-100:-4", [9, 5, 1]),
        ("9007199254740991:", []),
        ("-9007199254740991:2", [0, 1]),
    ]

    @Test(arguments: cases)
    func selectsTheRFCIndices(slice: String, expected: [Int]) throws {
        let selected = try values("$[\(slice)]", in: Self.array)
        #expect(selected == expected.map(Value.int), "$[\(slice)]")
    }

    @Test func slicesOfNonArraysSelectNothing() throws {
        #expect(try values("$[0:2]", in: #"{"0": 1, "1": 2}"#).isEmpty)
        #expect(try values("$[0:2]", in: #""abc""#).isEmpty)
    }

    @Test func slicePathsAreTheResolvedIndices() throws {
        #expect(try paths("$[-2:]", in: Self.array) == ["$[8]", "$[9]"])
    }
}
