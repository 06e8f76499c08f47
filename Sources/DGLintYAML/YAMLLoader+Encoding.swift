import DGLintModel

/// The byte-order mark an input starts with, if any.
///
/// YAML 1.2 (5.2) asks for UTF-8 and UTF-16 and, for JSON, UTF-32. `FF FE 00 00` is read as UTF-32: as
/// UTF-16 it would start with U+0000, which YAML does not allow anyway.
enum ByteOrderMark {
    case utf8
    case utf16(bigEndian: Bool)
    case utf32(bigEndian: Bool)

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            self = .utf8
        } else if bytes.count >= 4 && bytes[0] == 0x00 && bytes[1] == 0x00 && bytes[2] == 0xFE && bytes[3] == 0xFF {
            self = .utf32(bigEndian: true)
        } else if bytes.count >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0x00 && bytes[3] == 0x00 {
            self = .utf32(bigEndian: false)
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
    /// or UTF-32 with a byte-order mark converted to UTF-8 as ``load(_:file:)`` reads it, UTF-8 as it is
    /// (a byte-order mark included). Nil when the bytes are not valid text in their encoding.
    public static func text(of bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            switch ByteOrderMark(buffer) {
            case .utf16(let bigEndian):
                try? transcodeUTF16(UnsafeBufferPointer(rebasing: buffer[2...]), bigEndian: bigEndian, file: "")
            case .utf32(let bigEndian):
                try? transcodeUTF32(UnsafeBufferPointer(rebasing: buffer[4...]), bigEndian: bigEndian, file: "")
            case .utf8, nil:
                isValidUTF8(buffer) ? String(validatedUTF8: buffer) : nil
            }
        }
    }

    /// Whether `bytes` is well-formed UTF-8 (RFC 3629: no overlong forms, surrogates or scalars past
    /// U+10FFFF), eight ASCII bytes at a time. `String(validating:as:)` answers the same, at several times the
    /// cost: this runs on every file checked, for the source lines findings quote, and the text it passes is
    /// then copied into a string without a second check (``Swift/String/init(validatedUTF8:)``).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var i = 0
        while i < count {
            if i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            // A run of three-byte forms (Thai, among others), four bytes loaded at a time: the same bounds
            // as the general case below.
            if lead & 0xF0 == 0xE0 {
                let start = i
                while i + 4 <= count {
                    let four = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                    // A lead 1110xxxx and two continuation bytes 10xxxxxx; anything else takes the general path.
                    guard four & 0x00C0_C0F0 == 0x0080_80E0 else { break }
                    let first = four & 0xFF
                    let second = (four >> 8) & 0xFF
                    guard first != 0xE0 || second >= 0xA0, first != 0xED || second <= 0x9F else { return false }
                    i += 3
                }
                if i != start { continue }
            }
            // The length of the sequence and the range its second byte must fall in.
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return false
            }
            guard i + length <= count, (low...high).contains(bytes[i + 1]) else { return false }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    /// Converts UTF-16 (after its byte-order mark) to UTF-8, rejecting odd lengths and unpaired surrogates.
    ///
    /// libyaml could read UTF-16 itself, but its marks would then count UTF-16 characters of a text that
    /// dglint's offsets do not describe; converting first keeps one position model for every input.
    static func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, file: String) throws(Diagnostic)
        -> String
    {
        guard bytes.count % 2 == 0 else {
            throw YAMLProblem.invalidEncoding(
                "UTF-16", detail: LocalizedText(th: "มีจำนวนไบต์เป็นเลขคี่", en: "it has an odd number of bytes")
            ).diagnostic(file: file)
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
            throw YAMLProblem.invalidEncoding(
                "UTF-16", detail: LocalizedText(th: "มี surrogate ที่ไม่ครบคู่", en: "it has an unpaired surrogate")
            ).diagnostic(file: file)
        }
        return text
    }

    /// Converts UTF-32 (after its byte-order mark) to UTF-8, rejecting a length that is not a multiple of four
    /// and values that are not Unicode scalars (surrogates, or past U+10FFFF).
    static func transcodeUTF32(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, file: String) throws(Diagnostic)
        -> String
    {
        guard bytes.count % 4 == 0 else {
            throw YAMLProblem.invalidEncoding(
                "UTF-32",
                detail: LocalizedText(th: "ความยาวไม่ใช่พหุคูณของสี่ไบต์", en: "its length is not a multiple of four bytes")
            )
            .diagnostic(file: file)
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count / 4)
        var i = 0
        while i < bytes.count {
            let (b0, b1, b2, b3) = (UInt32(bytes[i]), UInt32(bytes[i + 1]), UInt32(bytes[i + 2]), UInt32(bytes[i + 3]))
            let value = bigEndian ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b3 << 24 | b2 << 16 | b1 << 8 | b0
            guard let scalar = Unicode.Scalar(value) else {
                // The offset counts the 4-byte byte-order mark, as every offset in the file does.
                throw YAMLProblem.invalidEncoding(
                    "UTF-32",
                    detail: LocalizedText(th: "ไบต์ที่ \(i + 4) ไม่ใช่อักขระใด", en: "byte \(i + 4) holds no character")
                )
                .diagnostic(file: file)
            }
            scalars.append(scalar)
            i += 4
        }
        return String(scalars)
    }
}
