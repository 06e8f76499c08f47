import DGLintModel
import Testing

@testable import DGLintYAML

/// The fingerprints that let the document builder skip comparing most keys: read in words of eight, four, two
/// and one bytes, they must still be a function of the bytes alone, and tell ASCII keys from the rest.
@Suite("Key fingerprints")
struct KeyFingerprintTests {
    static func fingerprint(_ text: String) -> UInt64 {
        Array(text.utf8).withUnsafeBufferPointer { KeyFingerprint.of($0) }
    }

    @Test("bytes and strings of every length up to 20 get the same fingerprint; only ASCII keys get a real one")
    func sameFromBytesAndStrings() {
        for length in 0...20 {
            let ascii = String((0..<length).map { Character(UnicodeScalar(UInt8(0x61 + $0 % 26))) })
            #expect(Self.fingerprint(ascii) == KeyFingerprint.of(ascii))
            #expect(Self.fingerprint(ascii) != KeyFingerprint.nonASCII)
            for position in 0..<length {
                var scalars = Array(ascii.unicodeScalars)
                scalars[position] = "ก"
                let thai = String(String.UnicodeScalarView(scalars))
                #expect(Self.fingerprint(thai) == KeyFingerprint.nonASCII, "non-ASCII at \(position) of \(length)")
                #expect(KeyFingerprint.of(thai) == KeyFingerprint.nonASCII)
            }
        }
    }

    @Test("keys that differ in one byte, at any place in any length, are told apart and none is a duplicate")
    func oneByteApart() {
        var keys: [String] = []
        for length in 1...20 {
            let base = Array(repeating: UInt8(ascii: "k"), count: length)
            for position in 0..<length {
                var bytes = base
                bytes[position] = UInt8(ascii: "z")
                let key = String(decoding: bytes, as: UTF8.self)
                #expect(Self.fingerprint(key) != Self.fingerprint(String(decoding: base, as: UTF8.self)))
                keys.append(key)
            }
            keys.append(String(decoding: base, as: UTF8.self))
        }
        // A flow mapping of every key, then the same with one key repeated at the end.
        let mapping = keys.enumerated().map { "\($0.element): \($0.offset)" }.joined(separator: ", ")
        #expect(loadValue("{\(mapping)}")?.objectValue?.count == keys.count)
        for repeated in [keys[0], keys[keys.count / 2], keys[keys.count - 1]] {
            #expect(loadError("{\(mapping), \(repeated): again}")?.code == "yaml.duplicate-key")
        }
    }
}
