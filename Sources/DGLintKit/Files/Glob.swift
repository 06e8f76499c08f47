/// Shell-style file patterns over `/`-separated relative paths: `*` and `?` within one name, `**` across
/// folders, `[abc]` classes. Used for `include` in packs and `exclude` in the configuration.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    public let description: String
    private let segments: [[Unicode.Scalar]]

    public init(_ pattern: String) {
        description = pattern
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
    }

    /// Whether `path` (relative, `/`-separated) matches the whole pattern.
    public func matches(_ path: String) -> Bool {
        let names = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        return Self.match(segments[...], names[...])
    }

    /// Whether the pattern can match something inside the folder `path` (to prune the walk).
    public var isRecursive: Bool { segments.contains { $0 == ["*", "*"] } }

    private static func match(_ pattern: ArraySlice<[Unicode.Scalar]>, _ names: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let first = pattern.first else { return names.isEmpty }
        if first == ["*", "*"] {
            var rest = names
            while true {
                if match(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let name = names.first, matchName(first[...], name[...]) else { return false }
        return match(pattern.dropFirst(), names.dropFirst())
    }

    /// Matches one name against one segment; iterative with single backtrack point, so linear-ish time.
    static func matchName(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var pi = p.startIndex
        var si = s.startIndex
        var star: (p: Int, s: Int)?
        while si < s.endIndex {
            if pi < p.endIndex, p[pi] == "*" {
                star = (pi, si)
                pi += 1
            } else if pi < p.endIndex, let (matched, next) = matchOne(p, pi, s[si]), matched {
                pi = next
                si += 1
            } else if let (sp, ss) = star {
                pi = sp + 1
                si = ss + 1
                star = (sp, ss + 1)
            } else {
                return false
            }
        }
        while pi < p.endIndex, p[pi] == "*" { pi += 1 }
        return pi == p.endIndex
    }

    /// Matches one character at `pi`: `?`, a class `[...]`, or a literal. Returns whether it matched and
    /// the index after the pattern element.
    private static func matchOne(_ p: ArraySlice<Unicode.Scalar>, _ pi: Int, _ c: Unicode.Scalar) -> (Bool, Int)? {
        switch p[pi] {
        case "?": return (true, pi + 1)
        case "[":
            var i = pi + 1
            var negate = false
            if i < p.endIndex, p[i] == "!" || p[i] == "^" {
                negate = true
                i += 1
            }
            var matched = false
            var first = true
            while i < p.endIndex, p[i] != "]" || first {
                first = false
                if i + 2 < p.endIndex, p[i + 1] == "-", p[i + 2] != "]" {
                    if p[i] <= c && c <= p[i + 2] { matched = true }
                    i += 3
                } else {
                    if p[i] == c { matched = true }
                    i += 1
                }
            }
            guard i < p.endIndex else { return (p[pi] == c, pi + 1) }
            return (matched != negate, i + 1)
        default:
            return (p[pi] == c, pi + 1)
        }
    }
}
