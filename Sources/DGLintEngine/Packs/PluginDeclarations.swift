public import DGLintModel

/// One function a pack declares under `functions:`, provided by an external program.
///
/// The engine only decodes and checks the declaration; whoever decodes packs supplies a
/// ``PluginFunctionFactory`` that knows how (and whether) to run programs.
public struct PluginFunctionSpec: Sendable {
    /// The name, description and option schema rules are checked against when the pack loads.
    public var declaration: FunctionDeclaration
    /// The program and its arguments; a word containing `/` is a path relative to the pack folder.
    public var command: [String]
    /// How long one call may take, in seconds.
    public var timeout: Double
    /// Where the function is declared (its key under `functions:`).
    public var location: SourceLocation

    public init(declaration: FunctionDeclaration, command: [String], timeout: Double, location: SourceLocation) {
        self.declaration = declaration
        self.command = command
        self.timeout = timeout
        self.location = location
    }

    public var name: String { declaration.name }
}

/// The plugin functions of one pack, with the folder their programs live in.
public struct PackPlugins: Sendable {
    public var pack: String
    /// The pack folder, as the user would name it; the programs run there.
    public var folder: String
    public var functions: [PluginFunctionSpec]
    /// Where `functions:` is, for errors about the pack's plugins as a whole.
    public var location: SourceLocation

    public init(pack: String, folder: String, functions: [PluginFunctionSpec], location: SourceLocation) {
        self.pack = pack
        self.folder = folder
        self.functions = functions
        self.location = location
    }

    /// The distinct commands, in declaration order (one program may serve several functions).
    public var commands: [[String]] {
        var seen: [[String]] = []
        for function in functions where !seen.contains(function.command) { seen.append(function.command) }
        return seen
    }
}

/// Makes the ``FunctionDefinition``s of a pack's plugin functions — or refuses, when the pack may not run
/// programs. Given to ``PackDecoder``; the engine itself never starts a process.
public protocol PluginFunctionFactory: Sendable {
    func definitions(for plugins: PackPlugins) -> Result<[FunctionDefinition], PluginRefusal>
}

/// Why a pack's plugin functions may not be used, in a sentence that says what to do.
public struct PluginRefusal: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
