/// Makes text from proposals and packs safe and styled for a terminal.
///
/// A proposal is untrusted input: its lines, values quoted in messages and even file names may hold
/// escape sequences or bidirectional overrides that would repaint the terminal or make the printed line
/// read differently from the file. Those are shown as U+FFFD instead, one for one, so columns still count.
enum TerminalText {
    /// `text` with line breaks and tabs as spaces and other unsafe characters as U+FFFD.
    static func line(_ text: some StringProtocol) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(safe(scalar))
            }
        }
        return out
    }

    /// `scalar`, or U+FFFD when it is a control character (other than tab) or a bidirectional control.
    static func safe(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: scalar
        case 0x00...0x1F, 0x7F...0x9F: "\u{FFFD}"
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
        default: scalar
        }
    }
}

/// ANSI styles for the text reporter; each is the parameter of an SGR escape (`ESC [ … m`).
enum ANSIStyle: String {
    case bold = "1"
    case boldRed = "1;31"
    case boldYellow = "1;33"
    case boldBlue = "1;34"
    case boldGrey = "1;90"
    case red = "31"
    case yellow = "33"
    case blue = "34"
    case grey = "90"

    /// `text` in this style when `enabled`, else `text` unchanged.
    func apply(_ text: String, enabled: Bool) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
    }
}
