/// A set of Unicode scalars as I-Regexp (RFC 9485) can express it: ranges, general categories
/// (`\p{Lu}`), complemented categories (`\P{L}`), the whole set possibly complemented (`[^…]`).
struct CharSet: Sendable {
    /// Scalar ranges in the set.
    var ranges: [ClosedRange<UInt32>] = []
    /// Category masks (see ``categoryBit(_:)``) in the set.
    var categories: [UInt32] = []
    /// Category masks whose complement is in the set.
    var complementedCategories: [UInt32] = []
    /// Whether the set is the complement of the above.
    var isNegated = false

    /// `.`: every scalar except line feed and carriage return.
    static let dot = CharSet(ranges: [0x0A...0x0A, 0x0D...0x0D], isNegated: true)

    /// The set holding only `scalar`.
    static func single(_ scalar: Unicode.Scalar) -> CharSet {
        CharSet(ranges: [scalar.value...scalar.value])
    }

    /// Whether `scalar` is in the set.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        isNegated != containsPositive(scalar)
    }

    private func containsPositive(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        for range in ranges where range.contains(value) { return true }
        if categories.isEmpty && complementedCategories.isEmpty { return false }
        let bit = Self.categoryBit(scalar.properties.generalCategory)
        for mask in categories where mask & bit != 0 { return true }
        for mask in complementedCategories where mask & bit == 0 { return true }
        return false
    }

    /// Adds the members of `other`, which must not be negated.
    mutating func formUnion(_ other: CharSet) {
        ranges += other.ranges
        categories += other.categories
        complementedCategories += other.complementedCategories
    }

    /// The mask of categories named by an I-Regexp `IsCategory` (`L`, `Lu`, `Nd`, …), or nil.
    static func categoryMask(_ name: String) -> UInt32? {
        let groups: [Character: [(Character, [Unicode.GeneralCategory])]] = [
            "L": [
                ("u", [.uppercaseLetter]), ("l", [.lowercaseLetter]), ("t", [.titlecaseLetter]),
                ("m", [.modifierLetter]), ("o", [.otherLetter]),
            ],
            "M": [("n", [.nonspacingMark]), ("c", [.spacingMark]), ("e", [.enclosingMark])],
            "N": [("d", [.decimalNumber]), ("l", [.letterNumber]), ("o", [.otherNumber])],
            "P": [
                ("c", [.connectorPunctuation]), ("d", [.dashPunctuation]), ("s", [.openPunctuation]),
                ("e", [.closePunctuation]), ("i", [.initialPunctuation]), ("f", [.finalPunctuation]),
                ("o", [.otherPunctuation]),
            ],
            "Z": [("s", [.spaceSeparator]), ("l", [.lineSeparator]), ("p", [.paragraphSeparator])],
            "S": [("m", [.mathSymbol]), ("c", [.currencySymbol]), ("k", [.modifierSymbol]), ("o", [.otherSymbol])],
            "C": [
                ("c", [.control]), ("f", [.format]), ("o", [.privateUse]), ("n", [.unassigned]),
                ("s", [.surrogate]),
            ],
        ]
        let letters = Array(name)
        guard let first = letters.first, let group = groups[first], letters.count <= 2 else { return nil }
        if letters.count == 1 {
            return group.flatMap(\.1).reduce(0) { $0 | categoryBit($1) }
        }
        // I-Regexp has no `\p{Cs}`: surrogates are not scalars.
        guard letters[1] != "s" || first != "C", let entry = group.first(where: { $0.0 == letters[1] }) else {
            return nil
        }
        return entry.1.reduce(0) { $0 | categoryBit($1) }
    }

    /// A distinct bit for each general category.
    static func categoryBit(_ category: Unicode.GeneralCategory) -> UInt32 {
        let index: UInt32 =
            switch category {
            case .uppercaseLetter: 0
            case .lowercaseLetter: 1
            case .titlecaseLetter: 2
            case .modifierLetter: 3
            case .otherLetter: 4
            case .nonspacingMark: 5
            case .spacingMark: 6
            case .enclosingMark: 7
            case .decimalNumber: 8
            case .letterNumber: 9
            case .otherNumber: 10
            case .connectorPunctuation: 11
            case .dashPunctuation: 12
            case .openPunctuation: 13
            case .closePunctuation: 14
            case .initialPunctuation: 15
            case .finalPunctuation: 16
            case .otherPunctuation: 17
            case .mathSymbol: 18
            case .currencySymbol: 19
            case .modifierSymbol: 20
            case .otherSymbol: 21
            case .spaceSeparator: 22
            case .lineSeparator: 23
            case .paragraphSeparator: 24
            case .control: 25
            case .format: 26
            case .surrogate: 27
            case .privateUse: 28
            case .unassigned: 29
            @unknown default: 29
            }
        return 1 << index
    }
}
