import DGLintJSONPath
import Testing

@Test func selectsAMemberByName() throws {
    #expect(try values("$.a", in: #"{"a": 1}"#) == [1])
}
