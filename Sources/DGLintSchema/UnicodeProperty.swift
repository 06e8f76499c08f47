/// The scalar ranges of the Unicode properties that `\p{…}` may name in a pattern: general categories (`L`,
/// `Letter`, `Lu`, `Nd`, …, also as `gc=` or `General_Category=`), `Any`, `ASCII`, `Alphabetic`, `White_Space`,
/// and the Thai script (`sc=Thai`, `Script=Thai`, `scx=Thai`).
enum UnicodeProperty {
    /// Long and short names of the general categories, with the categories each groups.
    private static let categoryNames: [String: [Unicode.GeneralCategory]] = {
        typealias G = Unicode.GeneralCategory
        let single: [(String, String, G)] = [
            ("Lu", "Uppercase_Letter", .uppercaseLetter), ("Ll", "Lowercase_Letter", .lowercaseLetter),
            ("Lt", "Titlecase_Letter", .titlecaseLetter), ("Lm", "Modifier_Letter", .modifierLetter),
            ("Lo", "Other_Letter", .otherLetter), ("Mn", "Nonspacing_Mark", .nonspacingMark),
            ("Mc", "Spacing_Mark", .spacingMark), ("Me", "Enclosing_Mark", .enclosingMark),
            ("Nd", "Decimal_Number", .decimalNumber), ("Nl", "Letter_Number", .letterNumber),
            ("No", "Other_Number", .otherNumber), ("Pc", "Connector_Punctuation", .connectorPunctuation),
            ("Pd", "Dash_Punctuation", .dashPunctuation), ("Ps", "Open_Punctuation", .openPunctuation),
            ("Pe", "Close_Punctuation", .closePunctuation), ("Pi", "Initial_Punctuation", .initialPunctuation),
            ("Pf", "Final_Punctuation", .finalPunctuation), ("Po", "Other_Punctuation", .otherPunctuation),
            ("Sm", "Math_Symbol", .mathSymbol), ("Sc", "Currency_Symbol", .currencySymbol),
            ("Sk", "Modifier_Symbol", .modifierSymbol), ("So", "Other_Symbol", .otherSymbol),
            ("Zs", "Space_Separator", .spaceSeparator), ("Zl", "Line_Separator", .lineSeparator),
            ("Zp", "Paragraph_Separator", .paragraphSeparator), ("Cc", "Control", .control),
            ("Cf", "Format", .format), ("Cs", "Surrogate", .surrogate), ("Co", "Private_Use", .privateUse),
            ("Cn", "Unassigned", .unassigned),
        ]
        var names: [String: [G]] = [:]
        for (short, long, category) in single {
            names[short] = [category]
            names[long] = [category]
        }
        let groups: [(String, String, [String])] = [
            ("L", "Letter", ["Lu", "Ll", "Lt", "Lm", "Lo"]), ("LC", "Cased_Letter", ["Lu", "Ll", "Lt"]),
            ("M", "Mark", ["Mn", "Mc", "Me"]), ("N", "Number", ["Nd", "Nl", "No"]),
            ("P", "Punctuation", ["Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"]),
            ("S", "Symbol", ["Sm", "Sc", "Sk", "So"]), ("Z", "Separator", ["Zs", "Zl", "Zp"]),
            ("C", "Other", ["Cc", "Cf", "Cs", "Co", "Cn"]),
        ]
        for (short, long, members) in groups {
            let categories = members.flatMap { names[$0] ?? [] }
            names[short] = categories
            names[long] = categories
        }
        names["digit"] = names["Nd"]
        names["punct"] = names["P"]
        return names
    }()

    /// The ranges of every general category, from one pass over all scalars on first use.
    private static let categoryRanges: [Unicode.GeneralCategory: [ClosedRange<UInt32>]] = {
        var ranges: [Unicode.GeneralCategory: [ClosedRange<UInt32>]] = [:]
        var current: (category: Unicode.GeneralCategory, start: UInt32, end: UInt32)?
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let category = scalar.properties.generalCategory
            if let run = current, run.category == category, run.end + 1 == value {
                current?.end = value
                continue
            }
            if let run = current { ranges[run.category, default: []].append(run.start...run.end) }
            current = (category, value, value)
        }
        if let run = current { ranges[run.category, default: []].append(run.start...run.end) }
        return ranges
    }()

    private static let alphabetic: [ClosedRange<UInt32>] = scan { $0.properties.isAlphabetic }
    private static let whiteSpace: [ClosedRange<UInt32>] = scan { $0.properties.isWhitespace }

    private static func scan(_ predicate: (Unicode.Scalar) -> Bool) -> [ClosedRange<UInt32>] {
        var ranges: [ClosedRange<UInt32>] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), predicate(scalar) else { continue }
            if let last = ranges.last, last.upperBound + 1 == value {
                ranges[ranges.count - 1] = last.lowerBound...value
            } else {
                ranges.append(value...value)
            }
        }
        return ranges
    }

    /// The sorted, merged ranges of the property `name`, or nil when dglint does not know it.
    static func ranges(_ name: String) -> [ClosedRange<UInt32>]? {
        var key = name
        for prefix in ["General_Category=", "gc="] where key.hasPrefix(prefix) {
            key = String(key.dropFirst(prefix.count))
        }
        switch key {
        case "Any": return [0...0x10FFFF]
        case "ASCII": return [0...0x7F]
        case "Alphabetic", "Alpha": return alphabetic
        case "White_Space", "space": return whiteSpace
        case "sc=Thai", "Script=Thai", "scx=Thai", "Script_Extensions=Thai": return [0x0E01...0x0E3A, 0x0E40...0x0E5B]
        default: break
        }
        guard let categories = categoryNames[key] else { return nil }
        return merge(categories.flatMap { categoryRanges[$0] ?? [] })
    }

    /// `ranges` sorted with touching and overlapping ranges joined.
    static func merge(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var merged: [ClosedRange<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Every scalar not in `ranges` (which must be merged), leaving out the surrogate gap.
    static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in merge(ranges + [0xD800...0xDFFF]) {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return result
    }

    /// The ranges as the inside of a LinearRegex class: `\u{41}-\u{5a}\u{61}-\u{7a}…`; surrogates excluded.
    static func classItems(_ ranges: [ClosedRange<UInt32>]) -> String {
        var out = ""
        for range in ranges {
            for plane: ClosedRange<UInt32> in [0...0xD7FF, 0xE000...0x10FFFF] where range.overlaps(plane) {
                let part = range.clamped(to: plane)
                out += "\\u{" + String(part.lowerBound, radix: 16) + "}"
                if part.upperBound != part.lowerBound { out += "-\\u{" + String(part.upperBound, radix: 16) + "}" }
            }
        }
        return out
    }
}
