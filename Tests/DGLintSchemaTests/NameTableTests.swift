import Testing

@testable import DGLintSchema

/// A ``NameTable`` must answer as a `Dictionary` of the same names, with their positions as values, would:
/// canonical equivalence included.
struct NameTableTests {
    static let names = [
        "interoperability", "id", "title", "th", "en", "budget", "K", "caf\u{E9}", "\u{212B}ngstr\u{F6}m", "a;b",
    ]

    @Test(arguments: [
        // Present, of lengths shared with other names and not.
        "interoperability", "id", "th", "en", "title", "budget", "K", "a;b",
        // Absent, of a length some names have and of lengths none has.
        "it", "tl", "", "x", "abcdefghijklmnopqrstuvwxyz", "budgets",
        // Canonically equivalent to a name of another length: KELVIN SIGN to "K", a decomposed "é" to the composed
        // one, ANGSTROM SIGN and "A" with a ring to each other, GREEK QUESTION MARK to ";".
        "\u{212A}", "cafe\u{301}", "caf\u{E9}", "A\u{30A}ngstro\u{308}m", "\u{C5}ngstr\u{F6}m", "a\u{37E}b",
        // Not ASCII and absent.
        "\u{E0}", "caf\u{E8}",
    ])
    func agreesWithDictionary(_ name: String) {
        let table = NameTable(names: Self.names)
        let dictionary = Dictionary(uniqueKeysWithValues: Self.names.enumerated().map { ($1, $0) })
        #expect(table.value(for: name) == dictionary[name])
        #expect(table.contains(name) == (dictionary[name] != nil))
    }

    @Test func everyNameHasItsValue() {
        let table = NameTable(Self.names.enumerated().map { (name: $1, value: 100 + $0) })
        for (position, name) in Self.names.enumerated() { #expect(table.value(for: name) == 100 + position) }
    }

    @Test func emptyTableHasNothing() {
        let table = NameTable(names: [])
        #expect(table.value(for: "") == nil)
        #expect(table.value(for: "a") == nil)
        #expect(!table.contains("\u{212A}"))
    }
}
