import DGLintModel

/// The byte-order mark an input starts with, if any.
enum ByteOrderMark {
    case utf8
    case utf16(bigEndian: Bool)

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            self = .utf8
        } else if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            self = .utf16(bigEndian: false)
        } else if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            self = .utf16(bigEndian: true)
        } else {
            return nil
        }
    }
}

extension YAMLLoader {
    /// The text that the positions of documents loaded from `bytes` describe, for quoting their lines: UTF-16
    /// with a byte-order mark converted to UTF-8 as ``load(_:file:)`` reads it, UTF-8 as it is
    /// (a byte-order mark included). Nil when the bytes are not valid text in either encoding.
    public static func text(of bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            guard case .utf16(let bigEndian) = ByteOrderMark(buffer) else {
                return String(validating: buffer, as: UTF8.self)
            }
            return try? transcodeUTF16(UnsafeBufferPointer(rebasing: buffer[2...]), bigEndian: bigEndian, file: "")
        }
    }

    /// Converts UTF-16 (after its byte-order mark) to UTF-8, rejecting odd lengths and unpaired surrogates.
    ///
    /// libyaml could read UTF-16 itself, but its marks would then count UTF-16 characters of a text that
    /// dglint's offsets do not describe; converting first keeps one position model for every input.
    static func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, file: String) throws(Diagnostic)
        -> String
    {
        guard bytes.count % 2 == 0 else {
            throw YAMLProblem.invalidUTF16(detail: "it has an odd number of bytes").diagnostic(file: file)
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i < bytes.count {
            let first = UInt16(bytes[i])
            let second = UInt16(bytes[i + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw YAMLProblem.invalidUTF16(detail: "it has an unpaired surrogate").diagnostic(file: file)
        }
        return text
    }
}
