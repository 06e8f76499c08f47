public import DGLintModel
import OrderedCollections

/// The packs of one run, checked together: rule ids unique across packs, dependencies present,
/// severity overrides applied. Compiled once; evaluated from any number of threads.
public struct RuleSet: Sendable {
    public private(set) var packs: [Pack]
    /// Every rule id in the set, mapped to its pack and position.
    private var index: [String: (pack: Int, rule: Int)] = [:]
    /// Each pack's data merged with that of the packs it depends on (its own entries win).
    private var packData: [String: Value] = [:]

    /// Combines `packs`, reporting every clash and missing dependency; throws when there is any.
    public init(_ packs: [Pack]) throws(DiagnosticList) {
        var diagnostics: [Diagnostic] = []
        let ids = Set(packs.map(\.id))
        for (p, pack) in packs.enumerated() {
            for dependency in pack.depends where !ids.contains(dependency) {
                diagnostics.append(
                    Diagnostic(
                        code: "pack.depends",
                        message: "the pack '\(pack.id)' depends on '\(dependency)', which is not loaded; "
                            + "add it to the rules path or to --packs" + Suggestion.didYouMean(dependency, among: ids),
                        location: pack.location))
            }
            for (r, rule) in pack.rules.enumerated() {
                if let (otherPack, otherRule) = index[rule.id] {
                    let first = packs[otherPack].rules[otherRule]
                    diagnostics.append(
                        Diagnostic(
                            code: "pack.duplicate-rule",
                            message: "the rule id '\(rule.id)' of pack '\(pack.id)' is already used by pack "
                                + "'\(first.pack)'; rule ids must be unique across all packs",
                            location: rule.location, notes: [Diagnostic.Note("first defined here", at: first.location)])
                    )
                    continue
                }
                index[rule.id] = (p, r)
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        self.packs = packs
        let byID = Dictionary(packs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for pack in packs {
            var merged: [String: Value] = [:]
            var seen = Set<String>()
            var queue = pack.depends
            while let id = queue.popLast() {
                guard seen.insert(id).inserted, let dependency = byID[id] else { continue }
                merged.merge(dependency.data) { current, _ in current }
                queue += dependency.depends
            }
            merged.merge(pack.data) { _, own in own }
            packData[pack.id] = .object(.init(uniqueKeysWithValues: merged.sorted { $0.key < $1.key }))
        }
    }

    /// The number of rules of every pack together (rule ids are unique in a set).
    public var ruleCount: Int { index.count }

    /// The rule with `id`, if loaded.
    public func rule(_ id: String) -> Rule? {
        index[id].map { packs[$0.pack].rules[$0.rule] }
    }

    public var rules: [Rule] { packs.flatMap(\.rules) }

    /// The data a pack's rules see: its own and that of the packs it depends on.
    public func data(of pack: String) -> Value { packData[pack] ?? [:] }

    /// Changes the severity of rules, or turns them off (nil); unknown ids are an error.
    public mutating func apply(overrides: [String: Severity?]) throws(UnknownRuleError) {
        // Check every id before changing anything, so a failed call changes nothing; report the first
        // unknown id in sorted order, with the suggestion from a sorted list, so the message is stable.
        let known = index.keys.sorted()
        if let unknown = overrides.keys.sorted().first(where: { index[$0] == nil }) {
            throw UnknownRuleError(id: unknown, suggestion: Suggestion.closest(to: unknown, among: known))
        }
        var off = Set<String>()
        for (id, severity) in overrides {
            guard let (p, r) = index[id] else { continue }
            if let severity { packs[p].rules[r].severity = severity } else { off.insert(id) }
        }
        for p in packs.indices { packs[p].rules.removeAll { off.contains($0.id) } }
        rebuildIndex()
    }

    private mutating func rebuildIndex() {
        index = [:]
        for (p, pack) in packs.enumerated() {
            for (r, rule) in pack.rules.enumerated() { index[rule.id] = (p, r) }
        }
    }

    /// Keeps only the packs named in `ids` and those they depend on (transitively).
    public func selecting(_ ids: [String]) throws(UnknownPackError) -> RuleSet {
        let byID = Dictionary(packs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var wanted = Set<String>()
        var queue = ids
        while let id = queue.popLast() {
            guard let pack = byID[id] else {
                throw UnknownPackError(id: id, suggestion: Suggestion.closest(to: id, among: byID.keys.sorted()))
            }
            if wanted.insert(id).inserted { queue += pack.depends }
        }
        var copy = self
        copy.packs = packs.filter { wanted.contains($0.id) }
        copy.rebuildIndex()
        return copy
    }
}

/// A rule id that no loaded pack defines.
public struct UnknownRuleError: Error, Sendable, CustomStringConvertible {
    public var id: String
    public var suggestion: String?
    public var description: String {
        "no loaded pack defines the rule '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }
}

/// A pack id that is not on the rules path.
public struct UnknownPackError: Error, Sendable, CustomStringConvertible {
    public var id: String
    public var suggestion: String?
    public var description: String {
        "no pack '\(id)' was found on the rules path" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }
}
