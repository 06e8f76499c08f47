import DGLintEngine
import DGLintModel
import Testing

/// A pack with one rule DEMO-01 whose `then:` is `then` (written after `then: `).
func pack(then: String) -> String {
    pack(
        rules: """
              DEMO-01:
                severity: error
                title: {th: ก, en: a}
                evidence: inferred
                then: \(then)

            """)
}

@Suite("Function and option errors point at the function or the option")
struct PackCheckErrorTests {
    static let cases: [BrokenPack] = [
        BrokenPack(
            label: "misspelt check key", yaml: pack(then: "{field: a, 1️⃣functon: defined}"), code: "pack.unknown-key",
            message: "unknown key 'functon' in a check of rule DEMO-01; did you mean 'function'?"),
        BrokenPack(
            label: "check without a function", yaml: pack(then: "[1️⃣{field: a}]"), code: "pack.missing-key",
            message: "a check of rule DEMO-01 has no 'function'; add it"),
        BrokenPack(
            label: "unknown function with a likely match", yaml: pack(then: "{field: a, function: 1️⃣defind}"),
            code: "pack.unknown-function"),
        BrokenPack(
            label: "unknown function with no likely match", yaml: pack(then: "{field: a, function: 1️⃣zzz-unknown}"),
            code: "pack.unknown-function"),
        BrokenPack(
            label: "misspelt option", yaml: pack(then: "{function: pattern, with: {1️⃣mach: '^a'}}"),
            code: "pack.unknown-key",
            message: "unknown key 'mach' in the options ('with') of 'pattern'; did you mean 'match'?"),
        BrokenPack(
            label: "options needed but none given", yaml: pack(then: "1️⃣{field: a, function: pattern}"),
            code: "pack.options",
            message: "the function 'pattern' needs options ('match', 'notMatch'); add them under 'with'"),
        BrokenPack(
            label: "required option missing", yaml: pack(then: "{function: type, 1️⃣with: {}}"),
            code: "pack.missing-key"),
        BrokenPack(
            label: "none of a group given", yaml: pack(then: "{function: length, with: 1️⃣{}}"), code: "pack.options",
            message: "the function 'length' needs one of 'min', 'max'"),
        BrokenPack(
            label: "option of the wrong type", yaml: pack(then: "{function: length, with: {min: 1️⃣'3'}}"),
            code: "pack.options", message: "the option 'min' of 'length' must be a whole number ≥ 0, but it is a text"),
        BrokenPack(
            label: "boolean option given as text",
            yaml: pack(then: "{function: enumeration, with: {values: [a], caseSensitive: 1️⃣'no'}}"),
            code: "pack.options",
            message: "the option 'caseSensitive' of 'enumeration' must be true or false, but it is a text"),
        BrokenPack(
            label: "choice option with a likely match",
            yaml: pack(then: "{function: compare, with: {op: 1️⃣'=<', value: 1}}"),
            code: "pack.options"),
        BrokenPack(
            label: "list option with a bad entry",
            yaml: pack(then: "{function: all-defined, with: {fields: 1️⃣[a, 2]}}"), code: "pack.options",
            message:
                "the option 'fields' of 'all-defined' must be a list of field paths, but it has an entry 2 that is a "
                + "whole number"),
        BrokenPack(
            label: "options that exclude each other",
            yaml: pack(then: "{function: range, with: 1️⃣{min: 1, exclusiveMin: 0}}"), code: "pack.options",
            message: "the options 'min' and 'exclusiveMin' of 'range' cannot be used together"),
        BrokenPack(
            label: "regex that does not compile points at the option",
            yaml: pack(then: "{function: pattern, with: {notMatch: x, match: 1️⃣'(ab'}}"), code: "pack.options"),
        BrokenPack(
            label: "kind that does not exist points at the option",
            yaml: pack(then: "{function: type, with: {type: 1️⃣strng}}"), code: "pack.options"),
    ]

    @Test("each broken check gives its error at the marked position", arguments: cases)
    func broken(_ broken: BrokenPack) throws {
        let result = decodePack(broken.yaml, folderName: broken.folderName)
        #expect(result.pack == nil)
        let error = try #require(result.errors.first)
        #expect(error.code == broken.code)
        if let message = broken.message { #expect(error.message == message) }
        #expect(error.location?.range?.start == result.marks[1])
    }

    @Test("an unknown function suggests the closest built-in")
    func unknownFunction() throws {
        let close = try #require(decodePack(pack(then: "{function: defind}")).errors.first)
        #expect(close.message.hasPrefix("unknown function 'defind'; did you mean 'defined'?"))
        let far = try #require(decodePack(pack(then: "{function: zzz-unknown}")).errors.first)
        #expect(far.message.hasPrefix("unknown function 'zzz-unknown'"))
        #expect(!far.message.contains("did you mean"))
    }

    @Test("a choice option suggests the closest choice")
    func choiceSuggestion() throws {
        let error = try #require(decodePack(pack(then: "{function: compare, with: {op: '=<', value: 1}}")).errors.first)
        #expect(error.message.hasPrefix("the option 'op' of 'compare' must be one of '==', "))
        // '==' and '<=' are both one edit away.
        #expect(error.message.hasSuffix("but it is '=<'; did you mean '=='?") || error.message.hasSuffix("'<='?"))
    }

    @Test("compile errors from the function name the option")
    func compileErrors() throws {
        let regex = try #require(decodePack(pack(then: "{function: pattern, with: {match: '(ab'}}")).errors.first)
        #expect(regex.message.hasPrefix("the options of 'pattern': the regular expression '(ab' is invalid: "))
        let kind = try #require(decodePack(pack(then: "{function: type, with: {type: strng}}")).errors.first)
        #expect(kind.message.hasPrefix("the options of 'type': 'strng' is not a kind; use one of: "))
    }

    /// A count option given as -1 is a whole number; the sentence must say what is wrong with it (that it is
    /// negative), not claim "it is a whole number" right after asking for one.
    @Test("a negative count says it is negative")
    func negativeCount() throws {
        let error = try #require(decodePack(pack(then: "{function: length, with: {min: -1}}")).errors.first)
        #expect(error.code == "pack.options")
        #expect(error.message.contains("-1"))
    }

    @Test("a required option missing from 'with' points at the 'with' key")
    func requiredOption() throws {
        let result = decodePack(pack(then: "{function: type, 1️⃣with: {}}"))
        let error = try #require(result.errors.first)
        #expect(error.message.hasPrefix("the options ('with') of 'type' ha"))
        #expect(error.message.hasSuffix(" no 'type'; add it"))
    }

    @Test("valid checks load with their options")
    func validChecks() throws {
        let result = decodePack(
            pack(
                then: """

                          - {field: a, function: defined}
                          - {field: '@.items[*].name', function: pattern, with: {match: '^x'}}
                          - {function: range, with: {min: 1, exclusiveMax: 10}}
                    """))
        #expect(result.diagnostics.isEmpty)
        let checks = try #require(result.pack?.rules.first?.then)
        #expect(checks.map(\.functionName) == ["defined", "pattern", "range"])
        #expect(checks.map(\.field.description) == ["a", "@.items[*].name", "@"])
        #expect(checks[1].options == ["match": "^x"])
        #expect(checks[0].options == [:])
    }
}
