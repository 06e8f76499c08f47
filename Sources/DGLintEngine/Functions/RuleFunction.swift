public import DGLintModel

/// A compiled rule function: options already checked, ready to evaluate targets from several threads.
public protocol RuleFunction: Sendable {
    /// Checks `target` (nil when the field is missing) and returns one result per problem; empty when it passes.
    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult]
}

/// Everything a function may look at besides its target.
///
/// The paths are built when read (see ``NodeLocation``): most functions read ``path`` only to say what they
/// report.
public struct FunctionContext: Sendable {
    /// The whole document.
    public var root: Value
    /// The node the rule's `given` selected; the target is at or below it.
    public var given: Value
    /// The data of the rule's pack and the packs it depends on (`data` in expressions).
    public var data: Value
    /// Where `given` is.
    var givenLocation: NodeLocation
    /// Where the target is (for a missing field, where it would be).
    var location: NodeLocation

    /// The path of the target (for a missing field, the path it would have).
    public var path: [PathElement] {
        get { location.path }
        set { location = .path(newValue) }
    }

    /// The path of the node the rule's `given` selected.
    public var givenPath: [PathElement] {
        get { givenLocation.path }
        set { givenLocation = .path(newValue) }
    }

    public init(root: Value, path: [PathElement], given: Value, givenPath: [PathElement], data: Value = [:]) {
        self.init(root: root, given: given, at: .path(givenPath), data: data)
        location = .path(path)
    }

    /// The context of the checks at `given`, which is at `givenLocation`; the target is `given` itself until
    /// ``location`` is set.
    init(root: Value, given: Value, at givenLocation: NodeLocation, data: Value) {
        self.root = root
        self.given = given
        self.data = data
        self.givenLocation = givenLocation
        location = givenLocation
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
