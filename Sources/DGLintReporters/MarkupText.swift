/// Escapes untrusted text (from proposals and packs) for Markdown.
///
/// The ASCII punctuation that Markdown or GitHub's table syntax gives a meaning inside a line is escaped
/// with a backslash (CommonMark §2.4), so text such as `<script>`, `|`, `*bold*` or `[link](…)` reads as
/// written. Line breaks become `<br>`, the one HTML tag the reporters write themselves, so a message stays
/// in its table cell. Control characters and bidirectional overrides become U+FFFD, as in the terminal.
enum MarkdownText {
    /// The characters escaped with a backslash.
    private static let special: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&",
    ]

    /// `text` made literal for a Markdown paragraph or table cell.
    static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\n" where afterCR: continue
            case "\n", "\r": out += "<br>"
            case _ where special.contains(scalar): out += "\\" + String(scalar)
            default: out.unicodeScalars.append(TerminalText.safe(scalar))
            }
        }
        return out
    }
}

/// Escapes untrusted text for HTML and XML, in text and in double- or single-quoted attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become character references, so a proposal holding `<script>` shows it as
/// text. Control characters other than tab and line feed, and bidirectional overrides, become U+FFFD:
/// most are not allowed in XML 1.0 at all, and the overrides could make a line read differently from the
/// file. A carriage return becomes a line feed (a CR LF pair, one line feed).
enum HTMLText {
    /// `text` escaped for an HTML or XML text node or attribute value.
    static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n" where afterCR: continue
            case "\n", "\r": out += "\n"
            case "\t": out += "\t"
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(TerminalText.safe(scalar))
            }
        }
        return out
    }

    /// `text` escaped for an XML attribute value, with line breaks and tabs as character references so
    /// that parsers keep them (attribute value normalization turns literal ones into spaces).
    static func attribute(_ text: some StringProtocol) -> String {
        var out = ""
        for character in escape(text).unicodeScalars {
            switch character {
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
