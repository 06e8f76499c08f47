public import DGLintExpression
public import DGLintJSONPath
public import DGLintModel

/// A loaded, fully checked rule pack.
public struct Pack: Sendable {
    public var id: String
    public var version: SemanticVersion
    public var engine: VersionRequirement?
    public var title: LocalizedText
    public var description: LocalizedText?
    public var depends: [String]
    /// The pack applies only to documents where this condition holds.
    public var when: Condition?
    public var references: [String: Reference]
    /// Data the pack's rules read as `data` in expressions (a taxonomy, a vocabulary, a list of names),
    /// kept in files so that rules authors change it without touching rules.
    public var data: [String: Value]
    public var rules: [Rule]
    /// The folder it was loaded from, as the user would name it.
    public var folder: String
    /// SHA-256 over the pack's files, computed by whoever read them when first asked for.
    public var digest: PackDigest
    /// Where `pack:` is declared, for messages about the pack as a whole.
    public var location: SourceLocation
    /// The functions the pack declares under `functions:`, run by external programs; nil when none.
    public var plugins: PackPlugins? = nil

    /// SHA-256 over the pack's files.
    public var sha256: String { digest.value }

    public var summary: PackSummary {
        PackSummary(id: id, version: version.description, digest: digest, title: title, source: folder)
    }
}

/// One rule of a pack.
public struct Rule: Sendable {
    public var id: String
    public var name: String
    public var pack: String
    public var packVersion: String
    public var severity: Severity
    public var title: LocalizedText
    public var message: MessageTemplate?
    public var why: LocalizedText?
    public var fix: LocalizedText?
    public var references: [Reference]
    public var evidence: Evidence
    public var tags: [String]
    public var when: Condition?
    /// The nodes the checks apply to; the document root when the rule gives none.
    public var given: [JSONPathQuery]
    public var then: [Check]
    /// Where the rule is defined (its id key).
    public var location: SourceLocation

    public var summary: RuleSummary {
        RuleSummary(
            id: id, name: name, pack: pack, severity: severity, title: title, why: why, fix: fix,
            references: references, evidence: evidence, tags: tags)
    }
}

/// One check of a rule: a function applied to a field of each given node.
public struct Check: Sendable {
    public var field: FieldPath
    public var functionName: String
    public var function: any RuleFunction {
        get { owner.function }
        set {
            owner = CompiledFunction(newValue)
            compiled = Unmanaged.passUnretained(owner)
        }
    }
    public var options: Value
    /// The function, behind one reference that the check owns.
    private var owner: CompiledFunction
    /// The same reference, unretained, for the engine to call the function through. Held in place, the existential
    /// was copied for every target the check ran at (a `memcpy` and a retain of each reference the function holds,
    /// 177 times a proposal), and a class reference read from the check would be retained and released for each:
    /// the engine calls the function from a closure that writes the function's context, and Swift cannot tell that
    /// the check stays as it is. `owner` keeps the function alive as long as the check.
    private(set) var compiled: Unmanaged<CompiledFunction>

    public init(field: FieldPath, functionName: String, function: any RuleFunction, options: Value) {
        self.field = field
        self.functionName = functionName
        owner = CompiledFunction(function)
        compiled = Unmanaged.passUnretained(owner)
        self.options = options
    }
}

/// A check's function (see ``Check/compiled``).
final class CompiledFunction: Sendable {
    let function: any RuleFunction

    init(_ function: any RuleFunction) {
        self.function = function
    }

    /// The function's results for `target`.
    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        function.evaluate(target, in: context)
    }
}

/// When a pack or rule applies: a JSONPath that must select at least one node, or an expression
/// (`{expr: "..."}`, with `self` and `root` both the document) that must be true.
public enum Condition: Sendable {
    case path(JSONPathQuery)
    case expression(Expression)

    /// Whether the condition holds for the document `root`; a failing expression says why, in both languages.
    public func evaluate(in root: Value, data: Value = [:]) -> Result<Bool, ExpressionFailure> {
        evaluate(in: JSONPathDocument(root), data: data)
    }

    /// Whether the condition holds for the prepared document `document`, whose nodelists a path condition
    /// shares with the other rules (`when: "$.security"` of four CYBER rules, whose `given` it is as well).
    public func evaluate(in document: JSONPathDocument, data: Value = [:]) -> Result<Bool, ExpressionFailure> {
        switch self {
        case .path(let query): .success(!query.select(in: document).isEmpty)
        case .expression(let expression): expression.test(current: document.root, root: document.root, data: data)
        }
    }
}
