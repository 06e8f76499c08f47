/// One lexical token of an expression, with where it starts and ends (offsets in Unicode scalars).
struct Token: Sendable, Equatable {
    /// What kind of token, with its value.
    enum Kind: Sendable, Equatable {
        /// A decimal or hexadecimal integer literal, as its magnitude (a leading `-` is an operator).
        case int(UInt64)
        case double(Double)
        case string(String)
        /// A name: an identifier, a keyword such as `true`, `null` or `in`, or a reserved word.
        case ident(String)
        /// An operator or punctuation mark: `(`, `&&`, `<=`, `?`.
        case punct(Punct)
        case end
    }

    var kind: Kind
    var start: Int
    var end: Int

    /// Whether the token is the punctuation `mark`.
    func isPunct(_ mark: Punct) -> Bool {
        if case .punct(let p) = kind { p == mark } else { false }
    }

    /// How the token reads in a message: `')'`, `identifier 'foo'`, `end of expression`.
    var display: String {
        switch kind {
        case .int(let i): "number \(i)"
        case .double(let d): "number \(d)"
        case .string: "a string"
        case .ident(let name): "'\(name)'"
        case .punct(let p): "'\(p.rawValue)'"
        case .end: "the end of the expression"
        }
    }
}

/// An operator or punctuation mark, as its text. An enum rather than a string, so that the parser tells marks
/// apart by comparing integers: matching strings (`BinaryOperator(rawValue:)` on every token between operands)
/// was an eighth of compiling an expression.
enum Punct: String, Sendable, CaseIterable {
    case openParen = "("
    case closeParen = ")"
    case openBracket = "["
    case closeBracket = "]"
    case openBrace = "{"
    case closeBrace = "}"
    case dot = "."
    case comma = ","
    case colon = ":"
    case question = "?"
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case percent = "%"
    case bang = "!"
    case less = "<"
    case greater = ">"
    case and = "&&"
    case or = "||"
    case lessOrEqual = "<="
    case greaterOrEqual = ">="
    case equal = "=="
    case notEqual = "!="

    /// The binary operator the mark spells, if it is one (`in` is a name, not a mark).
    var binaryOperator: BinaryOperator? {
        switch self {
        case .plus: .add
        case .minus: .subtract
        case .star: .multiply
        case .slash: .divide
        case .percent: .remainder
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        case .equal: .equal
        case .notEqual: .notEqual
        default: nil
        }
    }
}

/// The words CEL reserves: they may not be used as identifiers.
let reservedWords: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package",
    "namespace", "return", "var", "void", "while",
]
