import DGLintModel

/// A problem the loader finds itself (rather than libyaml), with where it is.
///
/// Each case becomes one ``Diagnostic`` with a stable code and a sentence that says what is wrong and
/// what to do; ``diagnostic(file:)`` is the only place those sentences are written.
enum YAMLProblem {
    case tooLarge(size: Int, limit: Int)
    /// Not valid text in the encoding its byte-order mark names ("UTF-16", "UTF-32").
    case invalidEncoding(String, detail: String)
    case duplicateKey(String, at: SourceRange, first: SourceRange)
    case complexKey(kind: String, at: SourceRange)
    case unsupportedTag(String, at: SourceRange)
    case tagMismatch(tag: String, text: String, expected: String, at: SourceRange)
    case aliasBudget(limit: Int, at: SourceRange)
    case tooDeep(limit: Int, throughAlias: Bool, at: SourceRange)
    case tooManyNodes(limit: Int, at: SourceRange)
    case undefinedAlias(String, cycle: Bool, at: SourceRange)

    /// The diagnostic for this problem in `file`.
    func diagnostic(file: String) -> Diagnostic {
        func here(_ range: SourceRange) -> SourceLocation { SourceLocation(file: file, range: range) }
        switch self {
        case .tooLarge(let size, let limit):
            return Diagnostic(
                code: "yaml.size",
                message:
                    "file is \(Self.mebibytes(size)), larger than the \(Self.mebibytes(limit, exact: true)) limit; "
                    + "split it into smaller files",
                location: SourceLocation(file: file, range: nil))
        case .invalidEncoding(let encoding, let detail):
            return Diagnostic(
                code: "yaml.encoding",
                message: "the file starts with a \(encoding) byte-order mark but is not valid \(encoding) (\(detail)); "
                    + "save it as UTF-8",
                location: SourceLocation(
                    file: file, range: SourceRange(at: SourcePosition(line: 1, column: 1, offset: 0))))
        case .duplicateKey(let key, let range, let first):
            return Diagnostic(
                code: "yaml.duplicate-key",
                message: "duplicate key '\(key)' in this mapping; it was first given at \(first.start); "
                    + "remove one of them or merge their contents",
                location: here(range),
                notes: [Diagnostic.Note("'\(key)' is first given here", at: here(first))])
        case .complexKey(let kind, let range):
            return Diagnostic(
                code: "yaml.key",
                message: "a mapping key must be a plain value such as a name or a number, not \(kind); "
                    + "write the key as text",
                location: here(range))
        case .unsupportedTag(let tag, let range):
            return Diagnostic(
                code: "yaml.tag",
                message: "the tag '\(Self.shortTag(tag))' is not supported; remove it (dglint reads plain YAML 1.2 "
                    + "and understands only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq)",
                location: here(range))
        case .tagMismatch(let tag, let text, let expected, let range):
            return Diagnostic(
                code: "yaml.tag",
                message:
                    "'\(text)' is tagged \(Self.shortTag(tag)) but is not \(expected); fix the value or remove the tag",
                location: here(range))
        case .aliasBudget(let limit, let range):
            return Diagnostic(
                code: "yaml.alias-budget",
                message: "aliases expand to more than \(limit) nodes (an \"alias bomb\"); "
                    + "remove the aliases or write the data out",
                location: here(range))
        case .tooDeep(let limit, let throughAlias, let range):
            let how = throughAlias ? "this alias makes the data nest" : "the data nests"
            return Diagnostic(
                code: "yaml.depth",
                message: "\(how) more than \(limit) levels deep; flatten the structure",
                location: here(range))
        case .tooManyNodes(let limit, let range):
            return Diagnostic(
                code: "yaml.nodes",
                message: "the file holds more than \(limit) values (scalars, mappings and lists); "
                    + "split it into smaller files",
                location: here(range))
        case .undefinedAlias(let name, let cycle, let range):
            let message =
                cycle
                ? "the alias '*\(name)' refers to the node that contains it, which would repeat forever; remove the alias"
                : "found undefined alias '*\(name)'; define the anchor '&\(name)' before this alias, or fix its name"
            return Diagnostic(code: "yaml.alias", message: message, location: here(range))
        }
    }

    /// `!!int` for a standard tag, the tag itself otherwise.
    static func shortTag(_ tag: String) -> String {
        tag.hasPrefix(CoreSchema.standardPrefix) ? "!!" + tag.dropFirst(CoreSchema.standardPrefix.count) : tag
    }

    /// A size in MiB with one decimal ("20.0 MiB"), or without decimals when `exact` and it is whole.
    static func mebibytes(_ bytes: Int, exact: Bool = false) -> String {
        let mebibyte = 1 << 20
        if exact && bytes % mebibyte == 0 { return "\(bytes / mebibyte) MiB" }
        if bytes < mebibyte / 10 { return "\(bytes) bytes" }
        let tenths = (bytes * 10 + mebibyte / 2) / mebibyte
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
