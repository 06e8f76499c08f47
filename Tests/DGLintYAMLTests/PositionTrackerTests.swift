import Testing

@testable import DGLintYAML

/// The tracker's word-at-a-time cursor (an ASCII fast path, whole words skipped, the wanted character found
/// from prefix counts) against the plainest conversion: a table of where each character starts.
@Suite("PositionTracker against a table of character starts")
struct PositionTrackerTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Characters of one to four bytes, ASCII weighted as in a proposal.
    static let alphabet: [String] = ["a", " ", "\n", "k", ":", "7", "é", "ก", "๒", "😀"]

    @Test(
        "byte offsets of characters visited forwards, in small and large steps, and sometimes back",
        arguments: 0..<40)
    func matchesTheTable(seed: Int) {
        var random = SplitMix(state: UInt64(seed))
        let weights = [6, 4, 1, 3, 1, 2, 1, 5, 1, 1]
        let text = (0..<Int.random(in: 0...300, using: &random)).map { _ in
            var pick = Int.random(in: 0..<weights.reduce(0, +), using: &random)
            var i = 0
            while pick >= weights[i] {
                pick -= weights[i]
                i += 1
            }
            return Self.alphabet[i]
        }.joined()
        let bytes = Array(text.utf8)
        var starts: [Int] = []
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
        starts.append(bytes.count)  // one past the last character: the end of the text
        bytes.withUnsafeBufferPointer { buffer in
            var tracker = PositionTracker(bytes: buffer, baseOffset: 0)
            var index = 0
            for _ in 0..<200 {
                switch Int.random(in: 0..<10, using: &random) {
                case 0: index -= Int.random(in: 0...5, using: &random)
                case 1...6: index += Int.random(in: 0...9, using: &random)
                default: index += Int.random(in: 0...40, using: &random)
                }
                index = min(max(index, 0), starts.count - 1)
                let offset = tracker.byteOffset(ofCharacter: index)
                #expect(offset == starts[index], "character \(index) of \(text.debugDescription)")
                if offset != starts[index] { return }
            }
        }
    }
}
