import Testing

@testable import DGLintModel

@Suite struct ScalarTransitionsTests {
    @Test(arguments: [0x41, 0x7F, 0x0E01, 0x0E7F, 0x80, 0x0DFF, 0x0E80, 0x1F600] as [UInt32])
    func keepsWhatIsStoredForEveryBlock(_ scalar: UInt32) {
        var transitions = ScalarTransitions()
        #expect(transitions[scalar] == nil)
        transitions[scalar] = 7
        #expect(transitions[scalar] == 7)
        transitions[scalar] = 0
        #expect(transitions[scalar] == 0)
        // Neighbours in the table and in the dictionary stay unknown.
        #expect(transitions[scalar &+ 1] == nil)
        #expect(transitions[scalar &- 1] == nil)
        transitions[scalar] = nil
        #expect(transitions[scalar] == nil)
    }

    @Test func asciiAndThaiDoNotShareSlots() {
        var transitions = ScalarTransitions()
        transitions[0x01] = 1
        transitions[0x0E01] = 2
        transitions[0x81] = 3
        #expect(transitions[0x01] == 1)
        #expect(transitions[0x0E01] == 2)
        #expect(transitions[0x81] == 3)
    }
}
