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
        case punct(String)
        case end
    }

    var kind: Kind
    var start: Int
    var end: Int

    /// Whether the token is the punctuation `text`.
    func isPunct(_ text: String) -> Bool { kind == .punct(text) }

    /// How the token reads in a message: `')'`, `identifier 'foo'`, `end of expression`.
    var display: String {
        switch kind {
        case .int(let i): "number \(i)"
        case .double(let d): "number \(d)"
        case .string: "a string"
        case .ident(let name): "'\(name)'"
        case .punct(let p): "'\(p)'"
        case .end: "the end of the expression"
        }
    }
}

/// The words CEL reserves: they may not be used as identifiers.
let reservedWords: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package",
    "namespace", "return", "var", "void", "while",
]
