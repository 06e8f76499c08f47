/// A semantic version `MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]` (semver.org 2.0).
public struct SemanticVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var patch: Int
    public var prerelease: [String]

    public init(_ major: Int, _ minor: Int, _ patch: Int, prerelease: [String] = []) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
    }

    /// Parses a version; `partial` allows `1` and `1.2` (as in ranges), filling zeros.
    public init?(_ text: String, partial: Bool = false) {
        var core = Substring(text)
        if let plus = core.firstIndex(of: "+") { core = core[..<plus] }
        var pre: [String] = []
        if let dash = core.firstIndex(of: "-") {
            pre = core[core.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false).map(
                String.init)
            guard pre.allSatisfy({ !$0.isEmpty }) else { return nil }
            core = core[..<dash]
        }
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 || (partial && (1...3).contains(parts.count)) else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.allSatisfy(\.isASCII), let n = Int(part), n >= 0,
                part == "0" || !part.hasPrefix("0")
            else { return nil }
            numbers.append(n)
        }
        while numbers.count < 3 { numbers.append(0) }
        self.init(numbers[0], numbers[1], numbers[2], prerelease: pre)
    }

    public static func < (a: SemanticVersion, b: SemanticVersion) -> Bool {
        if (a.major, a.minor, a.patch) != (b.major, b.minor, b.patch) {
            return (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
        }
        switch (a.prerelease.isEmpty, b.prerelease.isEmpty) {
        case (true, true), (true, false): return false
        case (false, true): return true
        case (false, false): break
        }
        for (x, y) in zip(a.prerelease, b.prerelease) where x != y {
            switch (Self.numericIdentifier(x), Self.numericIdentifier(y)) {
            case (let i?, let j?): return i < j
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return x < y
            }
        }
        return a.prerelease.count < b.prerelease.count
    }

    /// The value of a pre-release identifier made only of digits (semver 2.0 §11); nil for alphanumeric ones
    /// such as `-1` or `rc1`.
    private static func numericIdentifier(_ text: String) -> Int? {
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(text)
    }

    public var description: String {
        "\(major).\(minor).\(patch)" + (prerelease.isEmpty ? "" : "-" + prerelease.joined(separator: "."))
    }
}

/// A set of versions a pack works with: comparators joined by spaces (all must hold), alternatives by `||`.
/// Comparators: `>=1.0.0`, `>1.0`, `<2.0.0`, `<=1.4`, `=1.2.3` or `1.2.3`, `^1.2` (same major), `~1.2` (same minor).
public struct VersionRequirement: Hashable, Sendable, CustomStringConvertible {
    enum Op: String, Hashable, Sendable { case ge = ">=", gt = ">", le = "<=", lt = "<", eq = "=" }
    struct Comparator: Hashable, Sendable {
        var op: Op
        var version: SemanticVersion
    }

    let alternatives: [[Comparator]]
    public let description: String

    /// Parses a requirement; the error says which part is wrong.
    public init(_ text: String) throws(VersionRequirementError) {
        description = text
        var alternatives: [[Comparator]] = []
        for alternative in text.split(separator: "||", omittingEmptySubsequences: false) {
            var comparators: [Comparator] = []
            for token in alternative.split(separator: " ") {
                comparators += try Self.parseComparator(String(token))
            }
            guard !comparators.isEmpty else { throw VersionRequirementError(part: text) }
            alternatives.append(comparators)
        }
        self.alternatives = alternatives
    }

    private static func parseComparator(_ token: String) throws(VersionRequirementError) -> [Comparator] {
        for prefix in ["^", "~"] where token.hasPrefix(prefix) {
            guard let v = SemanticVersion(String(token.dropFirst()), partial: true) else {
                throw VersionRequirementError(part: token)
            }
            let upper =
                prefix == "^" && v.major > 0
                ? SemanticVersion(v.major + 1, 0, 0) : SemanticVersion(v.major, v.minor + 1, 0)
            return [Comparator(op: .ge, version: v), Comparator(op: .lt, version: upper)]
        }
        for op in [Op.ge, .le, .gt, .lt, .eq] where token.hasPrefix(op.rawValue) {
            guard let v = SemanticVersion(String(token.dropFirst(op.rawValue.count)), partial: true) else {
                throw VersionRequirementError(part: token)
            }
            return [Comparator(op: op, version: v)]
        }
        guard let v = SemanticVersion(token, partial: true) else { throw VersionRequirementError(part: token) }
        return [Comparator(op: .eq, version: v)]
    }

    /// Whether `version` satisfies the requirement.
    public func isSatisfied(by version: SemanticVersion) -> Bool {
        alternatives.contains { comparators in
            comparators.allSatisfy { c in
                switch c.op {
                case .ge: version >= c.version
                case .gt: version > c.version
                case .le: version <= c.version
                case .lt: version < c.version
                case .eq: version == c.version
                }
            }
        }
    }
}

/// A version requirement that does not parse.
public struct VersionRequirementError: Error, Hashable, Sendable {
    public var part: String
}
