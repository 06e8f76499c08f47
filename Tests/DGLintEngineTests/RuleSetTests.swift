import DGLintEngine
import DGLintModel
import Testing

/// A valid pack `id` with the given rule ids (each a copy of ``validRule``) and dependencies.
func simplePack(_ id: String, rules: [String], depends: [String] = []) -> PackResult {
    var yaml = "1️⃣pack: \(id)\nversion: 1.0.0\ntitle: {th: ก, en: a}\n"
    if !depends.isEmpty { yaml += "depends: [\(depends.joined(separator: ", "))]\n" }
    yaml += "rules:\n"
    for (number, rule) in rules.enumerated() { yaml += "  \(number + 2)\u{FE0F}\u{20E3}\(rule):\n" + validRule }
    return decodePack(yaml, folderName: id)
}

@Suite("Rule sets: packs combined, overridden, selected")
struct RuleSetTests {
    @Test("a dependency that is not loaded is an error at the pack id, with a suggestion")
    func missingDependency() throws {
        let proposal = try #require(simplePack("proposal", rules: ["PROP-01"]).pack)
        let fixture = simplePack("demo", rules: ["DEMO-01"], depends: ["proposl"])
        let demo = try #require(fixture.pack)
        do {
            _ = try RuleSet([proposal, demo])
            Issue.record("expected an error")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(error.diagnostics.count == 1)
            #expect(diagnostic.code == "pack.depends")
            #expect(
                diagnostic.message
                    == "the pack 'demo' depends on 'proposl', which is not loaded; add it to the rules path or to "
                    + "--packs; did you mean 'proposal'?")
            #expect(diagnostic.location?.file == "rules/demo/pack.yaml")
            // `pack:` is at marker 1; its value six columns on.
            #expect(diagnostic.location?.range?.start.line == fixture.marks[1].line)
            #expect(diagnostic.location?.range?.start.column == fixture.marks[1].column + 6)
        }
    }

    @Test("a rule id used by two packs is an error naming both places")
    func duplicateAcrossPacks() throws {
        let first = simplePack("alpha", rules: ["SHARED-01", "ALPHA-01"])
        let second = simplePack("beta", rules: ["BETA-01", "SHARED-01"])
        let packs = [try #require(first.pack), try #require(second.pack)]
        do {
            _ = try RuleSet(packs)
            Issue.record("expected an error")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(error.diagnostics.count == 1)
            #expect(diagnostic.code == "pack.duplicate-rule")
            #expect(
                diagnostic.message
                    == "the rule id 'SHARED-01' of pack 'beta' is already used by pack 'alpha'; rule ids must be unique "
                    + "across all packs")
            #expect(diagnostic.location?.file == "rules/beta/pack.yaml")
            #expect(diagnostic.location?.range?.start == second.marks[3])
            #expect(diagnostic.notes.first?.message == "first defined here")
            #expect(diagnostic.notes.first?.location?.file == "rules/alpha/pack.yaml")
            #expect(diagnostic.notes.first?.location?.range?.start == first.marks[2])
        }
    }

    static func threePacks() throws -> RuleSet {
        try RuleSet([
            try #require(simplePack("a", rules: ["A-01", "A-02"], depends: ["b"]).pack),
            try #require(simplePack("b", rules: ["B-01"], depends: ["c"]).pack),
            try #require(simplePack("c", rules: ["C-01"]).pack),
            try #require(simplePack("d", rules: ["D-01"]).pack),
        ])
    }

    @Test("overrides change a severity or turn a rule off")
    func overrides() throws {
        var set = try Self.threePacks()
        #expect(set.rule("A-01")?.severity == .error)
        #expect(set.ruleCount == 5)
        let overrides: [String: Severity?] = ["A-01": .hint, "B-01": Severity?.none]
        try set.apply(overrides: overrides)
        #expect(set.ruleCount == 4)
        #expect(set.rule("A-01")?.severity == .hint)
        #expect(set.rule("B-01") == nil)
        #expect(set.rules.map(\.id) == ["A-01", "A-02", "C-01", "D-01"])
        #expect(set.rule("A-02")?.severity == .error)
        #expect(set.rule("C-01")?.id == "C-01")
    }

    @Test("an override of an unknown rule is an error with a suggestion")
    func unknownOverride() throws {
        var set = try Self.threePacks()
        #expect(throws: UnknownRuleError.self) { try set.apply(overrides: ["A-03": .info]) }
        do {
            try set.apply(overrides: ["A-03": .info])
        } catch {
            #expect(error.id == "A-03")
            #expect(
                error.description == "no loaded pack defines the rule 'A-03'; did you mean 'A-01'?"
                    || error.description.hasSuffix("'A-02'?"))
        }
        do {
            try set.apply(overrides: ["ZZZZ-99": .info])
        } catch {
            #expect(error.description == "no loaded pack defines the rule 'ZZZZ-99'")
        }
    }

    /// `apply(overrides:)` walks a dictionary, whose order changes from run to run; an unknown id met after a
    /// known one leaves the known one's change applied although the call failed.
    @Test("a failed override changes nothing")
    func failedOverrideChangesNothing() throws {
        var set = try Self.threePacks()
        var overrides: [String: Severity?] = ["NOPE-01": .info]
        for id in ["A-01", "A-02", "B-01", "C-01", "D-01"] { overrides[id] = .some(.hint) }
        #expect(throws: UnknownRuleError.self) { try set.apply(overrides: overrides) }
        #expect(set.rules.map(\.severity) == Array(repeating: .error, count: 5))
    }

    @Test("selecting keeps the named packs and what they depend on, transitively, in load order")
    func selecting() throws {
        let set = try Self.threePacks()
        #expect(try set.selecting(["a"]).packs.map(\.id) == ["a", "b", "c"])
        #expect(try set.selecting(["d", "c"]).packs.map(\.id) == ["c", "d"])
        let selected = try set.selecting(["b"])
        #expect(selected.rule("A-01") == nil)
        #expect(selected.rule("C-01")?.pack == "c")
    }

    @Test("selecting an unknown pack is an error with a suggestion")
    func selectingUnknown() throws {
        let set = try Self.threePacks()
        #expect(throws: UnknownPackError.self) { try set.selecting(["e"]) }
        do {
            _ = try set.selecting(["zzz"])
        } catch {
            #expect(error.description == "no pack 'zzz' was found on the rules path")
        }
    }
}
