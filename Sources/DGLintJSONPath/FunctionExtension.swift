/// The RFC 9535 type system for function extensions (section 2.4.1).
enum FunctionType: Sendable, Equatable {
    /// A JSON value or Nothing.
    case value
    /// LogicalTrue or LogicalFalse.
    case logical
    /// A nodelist.
    case nodes

    /// The name used in messages.
    var phrase: String {
        switch self {
        case .value: "a single value (ValueType)"
        case .logical: "a logical result (LogicalType)"
        case .nodes: "a nodelist (NodesType)"
        }
    }
}

/// The function extensions RFC 9535 defines (section 2.4.4–2.4.8), declared as data: name, parameter
/// types and result type. Their evaluation lives in `Evaluator+Functions.swift`.
enum FunctionExtension: String, Sendable, CaseIterable {
    case count
    case length
    case match
    case search
    case value

    /// The declared parameter types, in order.
    var parameters: [FunctionType] {
        switch self {
        case .length: [.value]
        case .count: [.nodes]
        case .match, .search: [.value, .value]
        case .value: [.nodes]
        }
    }

    /// The declared result type.
    var result: FunctionType {
        switch self {
        case .length, .count, .value: .value
        case .match, .search: .logical
        }
    }

    /// `name()`, for messages.
    var display: String { "\(rawValue)()" }

    /// `expects 1 argument` / `expects 2 arguments`, for messages.
    var arityPhrase: String {
        let count = parameters.count
        return "function \(display) expects \(count) argument\(count == 1 ? "" : "s")"
    }

    /// The list of known functions, for messages.
    static let knownList = "length(), count(), match(), search() and value()"
}
