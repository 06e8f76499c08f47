/// How many terminal columns text occupies, so that carets line up under Thai, CJK and tabs.
///
/// Thai above and below vowels and tone marks (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E) are combining
/// marks that sit on the consonant before them and take no column of their own; nor do other combining
/// marks (general categories Mn and Me), format characters (Cf, such as U+200B ZERO WIDTH SPACE) and
/// Hangul medial vowels and final consonants. East Asian wide and full-width characters and emoji shown as
/// emoji take two columns. Everything else takes one. This is what terminals that follow `wcwidth` do.
public enum DisplayWidth {
    /// Tab stops are at every multiple of this many columns.
    public static let tabWidth = 4

    /// The columns `scalar` occupies: 0, 1 or 2. A tab counts 1 here; ``of(_:)-(StringProtocol)`` expands it.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }  // ASCII fast path; controls take none
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        case .format: return value == 0xAD ? 1 : 0  // the soft hyphen shows where it breaks a line
        case .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// The columns `text` occupies on a line of its own, with tabs advanced to the next tab stop.
    public static func of(_ text: some StringProtocol) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += scalar == "\t" ? tabWidth - width % tabWidth : of(scalar)
        }
        return width
    }

    /// East Asian Width W and F blocks (Unicode 15), other than emoji, which the emoji property covers.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // full-width forms
        0xFFE0...0xFFE6,  // full-width signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1B000...0x1B2FF,  // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G–H
    ]
}
