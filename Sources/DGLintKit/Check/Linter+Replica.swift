import DGLintEngine

extension Linter {
    /// A linter with the same packs, rules and configuration as this one, but objects of its own — compiled rules,
    /// the memos and caches inside them — for another thread of a batch; nil when it cannot be made the same.
    ///
    /// Threads that share one linter share its compiled rules, and every rule they evaluate retains and releases
    /// those objects and takes the locks of their memos: atomic operations on memory that both cores then pass back
    /// and forth. Over the 10,000 proposals of `make bench`, two threads sharing one linter spent 8.3–9.5 s of
    /// processor time where one thread alone spent 7.3 s; with a linter each, 7.4–8.3 s.
    ///
    /// The replica reads the packs and the configuration again, so it is used only when what it read is what this
    /// linter read: the same run configuration, the same packs, each with the same version, folder and SHA-256 of its
    /// files, and the same rules with the same summaries (severity, titles, references). A pack or configuration
    /// changed on disk since the run started, or any error, gives nil, and the thread shares this linter. Packs that
    /// run plugin programs give nil too: each linter starts its own programs, and one set of them is enough.
    public func replica() -> Linter? {
        guard ruleSet.packs.allSatisfy({ $0.plugins == nil }),
            let copy = try? Linter(options: options, registry: registry),
            copy.runConfiguration == runConfiguration, copy.ruleSet.hasSameDefinition(as: ruleSet)
        else { return nil }
        return copy
    }
}

extension RuleSet {
    /// Whether `other` holds the same packs (by id, version, folder and SHA-256, in order) and the same rules with
    /// the same summaries, in order.
    func hasSameDefinition(as other: RuleSet) -> Bool {
        packs.count == other.packs.count
            && zip(packs, other.packs).allSatisfy { mine, theirs in
                mine.id == theirs.id && mine.version == theirs.version && mine.folder == theirs.folder
                    && mine.sha256 == theirs.sha256
            }
            && rules.map(\.summary) == other.rules.map(\.summary)
    }
}
