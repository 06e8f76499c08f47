import DGLintYAML
import Testing

/// `YAMLLoader.text(of:)` decides well-formed UTF-8 with its own fast loop: it must answer exactly as the
/// standard library's `String(validating:as:)` does, for every short sequence and across 8-byte chunks.
@Suite struct UTF8ValidationTests {
    /// The standard library's answer, the reference.
    static func reference(_ bytes: [UInt8]) -> String? { String(validating: bytes, as: UTF8.self) }

    /// Whether `bytes` would be read as having a byte-order mark (another path of `text(of:)`).
    static func looksLikeMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF])
    }

    @Test func everyOneAndTwoByteSequenceIsJudgedAsTheStandardLibraryDoes() {
        var disagreements: [[UInt8]] = []
        for a in 0...255 {
            for b in 0...255 {
                let bytes = [UInt8(a), UInt8(b)]
                if Self.looksLikeMark(bytes) { continue }
                if YAMLLoader.text(of: bytes) != Self.reference(bytes) { disagreements.append(bytes) }
            }
            if YAMLLoader.text(of: [UInt8(a)]) != Self.reference([UInt8(a)]) { disagreements.append([UInt8(a)]) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Every three- and four-byte sequence whose lead byte starts a multi-byte form, with continuation bytes
    /// at the edges of their ranges (where overlong forms, surrogates and the U+10FFFF limit are decided).
    @Test func theEdgesOfEveryMultiByteFormAreJudgedAsTheStandardLibraryDoes() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0, 0xFF]
        var disagreements: [[UInt8]] = []
        for lead in UInt8(0xC0)...0xFF {
            for b in edges {
                for c in edges {
                    let three = [lead, b, c]
                    if !Self.looksLikeMark(three), YAMLLoader.text(of: three) != Self.reference(three) {
                        disagreements.append(three)
                    }
                    // Followed by more text, a three-byte form is read four bytes at a time.
                    for padded in [three + [0x41], three + [0xE0, 0xB8, 0x81, 0x41]]
                    where !Self.looksLikeMark(padded) && YAMLLoader.text(of: padded) != Self.reference(padded) {
                        disagreements.append(padded)
                    }
                    for d in edges {
                        let four = [lead, b, c, d]
                        if !Self.looksLikeMark(four), YAMLLoader.text(of: four) != Self.reference(four) {
                            disagreements.append(four)
                        }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Thai and ASCII text, with one byte broken at each position in turn: the eight-byte ASCII steps must not
    /// skip a broken byte, whatever its alignment.
    @Test func aBrokenByteIsFoundAtEveryPosition() {
        let text = Array("name_th: ระบบบริการ e-Service ๒๕๖๘ for the agency\nbudget: 12,500,000 บาท\n".utf8)
        #expect(YAMLLoader.text(of: text) == String(decoding: text, as: UTF8.self))
        for position in text.indices {
            // 0x80 and 0x9F make an overlong form after E0 (as does 0xA0 a surrogate after ED).
            for broken: UInt8 in [0x80, 0x9F, 0xA0, 0xC0, 0xED, 0xFF] {
                var bytes = text
                bytes[position] = broken
                #expect(YAMLLoader.text(of: bytes) == Self.reference(bytes), "byte \(position) = \(broken)")
            }
        }
    }
}
