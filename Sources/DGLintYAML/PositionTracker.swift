import DGLintModel

/// Turns libyaml marks into ``SourcePosition``s with a UTF-8 byte offset.
///
/// libyaml counts `mark.index` in characters (Unicode scalars), while dglint reports byte offsets into the
/// UTF-8 text. The tracker keeps one cursor — a character index and the byte offset where that character
/// starts — and walks it forwards or backwards to each mark it is asked about. Marks are almost monotonic
/// (an empty scalar or a block end may step back a little), so each conversion costs O(1) amortized and no
/// table of the whole file is built. When surrogate-pair escapes were rewritten for libyaml, marks are
/// first mapped back to the user's text (see ``SurrogateEscapes``).
struct PositionTracker {
    /// The user's UTF-8 text (after any byte-order mark was removed).
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The rewrites between the user's text and the text libyaml reads, if any.
    var escapes: SurrogateEscapes?
    /// Bytes before `bytes` in the file the user sees, such as a UTF-8 byte-order mark.
    private let baseOffset: Int
    private var charIndex = 0
    private var byteIndex = 0

    init(bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int) {
        self.bytes = bytes
        self.baseOffset = baseOffset
    }

    /// The byte of the user's text at a libyaml mark's character index, or nil at the end.
    mutating func byte(atMark index: Int) -> UInt8? {
        byte(at: byteOffset(ofMark: index))
    }

    /// The byte offset in the user's text of a libyaml mark's character index.
    mutating func byteOffset(ofMark index: Int) -> Int {
        let shift = escapes?.shift(beforeCharacter: index, line: -1).total ?? 0
        return byteOffset(ofCharacter: index + 2 * shift)
    }

    /// The byte offset (within `bytes`) where the character with index `index` of the user's text starts.
    @inline(__always)
    mutating func byteOffset(ofCharacter index: Int) -> Int {
        if charIndex < index {
            // Most marks are a few ASCII characters on (a key's end, the value after `: `): the cursor is at the
            // start of a character, so when the next eight bytes are ASCII, the wanted one is `wanted` bytes on.
            let wanted = index &- charIndex
            if wanted < 8, byteIndex &+ 8 <= bytes.count, let base = bytes.baseAddress,
                UnsafeRawPointer(base).loadUnaligned(fromByteOffset: byteIndex, as: UInt64.self)
                    & 0x8080_8080_8080_8080 == 0
            {
                byteIndex &+= wanted
                charIndex = index
            } else {
                advance(toCharacter: index)
            }
        } else if charIndex > index {
            retreat(toCharacter: index)
        }
        return byteIndex
    }

    /// Moves the cursor backwards to the start of character `index`.
    private mutating func retreat(toCharacter index: Int) {
        while charIndex > index && byteIndex > 0 {
            byteIndex -= 1
            while byteIndex > 0 && Self.isContinuation(bytes[byteIndex]) { byteIndex -= 1 }
            charIndex -= 1
        }
    }

    /// Moves the cursor forwards to the start of character `index`, or to the end of the text.
    ///
    /// `charIndex` counts the bytes before `byteIndex` that start a character (every byte but UTF-8
    /// continuation bytes). The text is read eight bytes at a time: a word where fewer characters start
    /// than are still to go is skipped whole (the cursor may then stop inside a character), and in the word
    /// where the wanted character starts, its byte is found from the word's bits. Thai text takes three
    /// bytes a character and consecutive marks are a few characters apart, so this is what keeps positions
    /// cheap. The last few bytes of the text are walked one by one.
    private mutating func advance(toCharacter index: Int) {
        // The cursor is worked on in locals and stored once: kept in `self`, it was reloaded and stored
        // around every load from the text, which the compiler must assume may alias it.
        var at = byteIndex
        var wanted = index - charIndex
        defer {
            byteIndex = at
            charIndex = index - wanted
        }
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while at + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
                if word & 0x8080_8080_8080_8080 == 0 {
                    // Eight ASCII characters.
                    if wanted < 8 {
                        at += wanted
                        wanted = 0
                        return
                    }
                    wanted -= 8
                    at += 8
                    continue
                }
                // Bit 7 of each byte that starts a character: any byte but 10xxxxxx (bit 6 is shifted into bit 7).
                let starts = (~word | (word << 1)) & 0x8080_8080_8080_8080
                // Each byte of `prefix` counts the starts up to and including it (at most 8, so no byte
                // carries into the next), and the top byte counts the word's (POPCNT is not in the x86-64
                // baseline).
                let ones = 0x0101_0101_0101_0101 as UInt64
                let prefix = (starts >> 7) &* ones
                let startsInWord = Int(truncatingIfNeeded: prefix >> 56)
                if wanted < startsInWord {
                    // The wanted character starts in the first byte whose count exceeds `wanted`: adding
                    // 0x7F - wanted to every byte sets bit 7 exactly there and after (8 + 0x7F < 0x100).
                    let past = (prefix &+ UInt64(truncatingIfNeeded: 0x7F - wanted) &* ones) & 0x8080_8080_8080_8080
                    at += past.trailingZeroBitCount >> 3
                    wanted = 0
                    return
                }
                wanted -= startsInWord
                at += 8
            }
        }
        while at < count {
            if !Self.isContinuation(bytes[at]) {
                if wanted == 0 { return }
                wanted -= 1
            }
            at += 1
        }
    }

    /// The position of a libyaml mark given by its character index and 0-based line and column.
    @inline(__always)
    mutating func position(index: Int, line: Int, column: Int) -> SourcePosition {
        guard let escapes else {
            // Wrapping additions: every number here is bounded by the size of a text held in memory.
            return SourcePosition(
                line: line &+ 1, column: column &+ 1, offset: baseOffset &+ byteOffset(ofCharacter: index))
        }
        let shift = escapes.shift(beforeCharacter: index, line: line)
        let offset = baseOffset + byteOffset(ofCharacter: index + 2 * shift.total)
        return SourcePosition(line: line + 1, column: column + 1 + 2 * shift.onLine, offset: offset)
    }

    /// The byte at `offset` within the text, or nil past its end.
    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// The position of a byte offset, found by scanning from the start of the text.
    ///
    /// Used only for reader errors, where libyaml gives a byte offset but no line or column. Line breaks
    /// are the ones libyaml counts: LF, CR, CR LF, NEL, LS and PS.
    func position(ofByte offset: Int) -> SourcePosition {
        let original = offset + 2 * (escapes?.shift(beforeByte: offset) ?? 0)
        let end = min(max(original, 0), bytes.count)
        var line = 1
        var column = 1
        var i = 0
        while i < end {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && !(i + 1 < end && bytes[i + 1] == 0x0A)) {
                line += 1
                column = 1
            } else if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0x85 {
                line += 1
                column = 1
                i += 1
            } else if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
            {
                line += 1
                column = 1
                i += 2
            } else if !Self.isContinuation(b) && b != 0x0D {
                column += 1
            }
            i += 1
        }
        return SourcePosition(line: line, column: column, offset: baseOffset + end)
    }

    /// Where the UTF-8 sequence that the byte at `offset` breaks off starts: libyaml reports an "invalid
    /// trailing UTF-8 octet" at the byte that fails to continue a sequence, while the reader's eye (and the
    /// caret) belongs on the character it breaks. `offset` and the result count bytes as libyaml does.
    func startOfBrokenSequence(at offset: Int) -> Int {
        let original = offset + 2 * (escapes?.shift(beforeByte: offset) ?? 0)
        guard original > 0 && original <= bytes.count else { return offset }
        var start = original
        while start > 0 && original - start < 3 && Self.isContinuation(bytes[start - 1]) { start -= 1 }
        if start > 0 && bytes[start - 1] >= 0xC0 { start -= 1 }
        return offset - (original - start)
    }

    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
