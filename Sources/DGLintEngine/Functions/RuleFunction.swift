public import DGLintModel

/// A compiled rule function: options already checked, ready to evaluate targets from several threads.
public protocol RuleFunction: Sendable {
    /// Checks `target` (nil when the field is missing) and returns one result per problem; empty when it passes.
    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult]
}

/// Everything a function may look at besides its target.
public struct FunctionContext: Sendable {
    /// The whole document.
    public var root: Value
    /// The path of the target (for a missing field, the path it would have).
    public var path: [PathElement]
    /// The node the rule's `given` selected, and its path; the target is at or below it.
    public var given: Value
    public var givenPath: [PathElement]
    /// The data of the rule's pack and the packs it depends on (`data` in expressions).
    public var data: Value

    public init(root: Value, path: [PathElement], given: Value, givenPath: [PathElement], data: Value = [:]) {
        self.root = root
        self.path = path
        self.given = given
        self.givenPath = givenPath
        self.data = data
    }
}

/// One problem a function found: a sentence in both languages and, when it concerns a node other than
/// the target, that node's path.
public struct FunctionResult: Hashable, Sendable {
    public var message: LocalizedText
    /// An absolute path; nil means the target's own path.
    public var path: [PathElement]?

    public init(_ message: LocalizedText, path: [PathElement]? = nil) {
        self.message = message
        self.path = path
    }

    public init(th: String, en: String, path: [PathElement]? = nil) {
        self.init(LocalizedText(th: th, en: en), path: path)
    }
}

/// A function's declaration together with how to compile it from options.
public struct FunctionDefinition: Sendable {
    public var declaration: FunctionDeclaration
    public var compile: @Sendable (FunctionOptions) throws(OptionError) -> any RuleFunction

    public init(
        _ declaration: FunctionDeclaration,
        compile: @escaping @Sendable (FunctionOptions) throws(OptionError) -> any RuleFunction
    ) {
        self.declaration = declaration
        self.compile = compile
    }

    public var name: String { declaration.name }
}

/// A problem with a function's options, found when its pack loads.
public struct OptionError: Error, Hashable, Sendable {
    public var message: String
    /// The option concerned, so the error points at it; nil for the options as a whole.
    public var option: String?
    /// Where inside the option's text the problem is (0-based, in Unicode scalars), for expressions and
    /// patterns.
    public var offset: Int?

    public init(_ message: String, option: String? = nil, offset: Int? = nil) {
        self.message = message
        self.option = option
        self.offset = offset
    }
}

/// The functions rules may call, by name. Built explicitly from a list; never global.
public struct FunctionRegistry: Sendable {
    public private(set) var definitions: [String: FunctionDefinition] = [:]

    public init(_ definitions: [FunctionDefinition] = []) {
        for definition in definitions { self.definitions[definition.name] = definition }
    }

    public subscript(name: String) -> FunctionDefinition? { definitions[name] }

    /// All names, sorted.
    public var names: [String] { definitions.keys.sorted() }

    /// A registry with `other`'s functions added (replacing those of the same name).
    public func merging(_ other: [FunctionDefinition]) -> FunctionRegistry {
        var copy = self
        for definition in other { copy.definitions[definition.name] = definition }
        return copy
    }
}
