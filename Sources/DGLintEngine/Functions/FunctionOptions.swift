public import DGLintModel

/// The options a rule passes to a function (its `with:` mapping), already checked against the function's
/// ``OptionsSchema``, with typed accessors for compiling.
public struct FunctionOptions: Sendable {
    public var values: [String: Value]
    /// Reads a file of the rule's pack (such as a schema given by `ref:`), when the pack has a folder.
    public var resources: ResourceLoader?

    public init(_ values: [String: Value] = [:], resources: ResourceLoader? = nil) {
        self.values = values
        self.resources = resources
    }

    public subscript(name: String) -> Value? { values[name] }

    public func has(_ name: String) -> Bool { values[name] != nil }

    public func string(_ name: String) -> String? { values[name]?.stringValue }

    public func bool(_ name: String) -> Bool? { values[name]?.boolValue }

    public func int(_ name: String) -> Int? { values[name]?.intValue }

    public func double(_ name: String) -> Double? { values[name]?.doubleValue }

    /// A list of strings; a single string counts as a list of one.
    public func strings(_ name: String) -> [String]? {
        switch values[name] {
        case .string(let s): [s]
        case .array(let a): a.compactMap(\.stringValue)
        default: nil
        }
    }
}

/// Reads a YAML or JSON file of a pack by its path relative to the pack folder; the engine calls it while a
/// pack loads and never touches the file system itself.
public typealias ResourceLoader = @Sendable (_ path: String) -> Result<Value, ResourceError>

/// Why a pack's file could not be read, in a sentence.
public struct ResourceError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
