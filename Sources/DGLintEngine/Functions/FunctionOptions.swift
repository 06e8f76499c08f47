public import DGLintModel

/// The options a rule passes to a function (its `with:` mapping), already checked against the function's
/// ``OptionsSchema``, with typed accessors for compiling.
public struct FunctionOptions: Sendable {
    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) {
        self.values = values
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
