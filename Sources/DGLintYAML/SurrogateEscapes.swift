/// Rewrites JSON's UTF-16 surrogate-pair escapes (`\ud83d\ude00`), which libyaml rejects, as `\U0001F600`.
///
/// JSON can only spell characters beyond U+FFFF as a pair of `\u` escapes; YAML 1.2 allows that too, but
/// libyaml 0.2.5 refuses each half. The loader parses the text as it is first, and only when libyaml stops
/// at such an escape does it rewrite the pairs from that point on (inside double-quoted strings) and parse
/// again. Each rewrite makes the text 2 characters shorter; ``PositionTracker`` adds them back, so every
/// position still refers to the user's file.
struct SurrogateEscapes {
    /// The text with the pairs rewritten.
    var bytes: [UInt8] = []
    /// For each rewrite, in order: its character index in `bytes`.
    var indexes: [Int] = []
    /// For each rewrite: its byte offset in `bytes`.
    var offsets: [Int] = []
    /// For each rewrite: its 0-based line.
    var lines: [Int] = []
    /// For each rewrite: the position in these arrays of the first rewrite on the same line.
    var firstOnLine: [Int] = []

    /// Rewrites `input`, assuming each offset in `starts` (sorted) is inside a double-quoted string.
    init(_ input: UnsafeBufferPointer<UInt8>, starts: [Int]) {
        bytes.reserveCapacity(input.count)
        var nextStart = 0
        var inDoubleQuotes = false
        var scanning = false
        var characters = 0
        var line = 0
        var i = 0
        while i < input.count {
            if nextStart < starts.count && i == starts[nextStart] {
                scanning = true
                inDoubleQuotes = true
                nextStart += 1
            }
            let byte = input[i]
            if scanning && inDoubleQuotes && byte == UInt8(ascii: "\\") {
                if let scalar = Self.pair(input, at: i) {
                    if lines.last != line {
                        firstOnLine.append(indexes.count)
                    } else {
                        firstOnLine.append(firstOnLine.last ?? 0)
                    }
                    indexes.append(characters)
                    offsets.append(bytes.count)
                    lines.append(line)
                    let hex = String(scalar, radix: 16, uppercase: true)
                    bytes +=
                        Array("\\U".utf8) + Array(repeating: UInt8(ascii: "0"), count: 8 - hex.count) + Array(hex.utf8)
                    characters += 10
                    i += 12
                    continue
                }
                bytes.append(byte)
                characters += 1
                i += 1
                if i < input.count && input[i] != UInt8(ascii: "\n") {
                    bytes.append(input[i])
                    characters += 1
                    i += 1
                }
                continue
            }
            if scanning && byte == UInt8(ascii: "\"") { inDoubleQuotes.toggle() }
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte & 0xC0 != 0x80 { characters += 1 }
            bytes.append(byte)
            i += 1
        }
    }

    /// The scalar a valid pair of escapes `\uD8xx\uDCxx` at `offset` stands for, or nil.
    static func pair(_ input: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32? {
        guard let high = escape(input, at: offset), (0xD800...0xDBFF).contains(high),
            let low = escape(input, at: offset + 6), (0xDC00...0xDFFF).contains(low)
        else { return nil }
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }

    /// The value of a `\uXXXX` escape at `offset`, or nil.
    private static func escape(_ input: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32? {
        guard offset + 6 <= input.count, input[offset] == UInt8(ascii: "\\"), input[offset + 1] == UInt8(ascii: "u")
        else { return nil }
        var value: UInt32 = 0
        for byte in input[(offset + 2)..<(offset + 6)] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// How many rewrites come before character `index` of the rewritten text, and how many of those are on
    /// `line`: each one shortened the text, and that line, by 2 characters.
    func shift(beforeCharacter index: Int, line: Int) -> (total: Int, onLine: Int) {
        var low = 0
        var high = indexes.count
        while low < high {
            let middle = (low + high) / 2
            if indexes[middle] < index { low = middle + 1 } else { high = middle }
        }
        guard low > 0, lines[low - 1] == line else { return (low, 0) }
        return (low, low - firstOnLine[low - 1])
    }

    /// How many rewrites come before byte `offset` of the rewritten text.
    func shift(beforeByte offset: Int) -> Int {
        offsets.firstIndex { $0 >= offset } ?? offsets.count
    }
}
