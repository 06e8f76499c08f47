/// A problem with something a user gave dglint — a pack, a configuration, a query, a flag — with where
/// it is and what to do. Rendered as `file:line:col: severity: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable code naming the kind of problem, such as `pack.unknown-key`.
    public var code: String
    public var severity: Severity
    /// The sentence in English, as the command line prints it.
    public var message: String
    /// The sentence in Thai, for the problems a proposal's author reads as a finding (a proposal that is not
    /// valid YAML or cannot be read); nil for those only rules authors and operators see.
    public var thai: String?
    public var location: SourceLocation?
    /// Further places and explanations ("first defined here", "did you mean …").
    public var notes: [Note]

    public struct Note: Hashable, Sendable {
        public var message: String
        public var thai: String?
        public var location: SourceLocation?

        public init(_ message: String, thai: String? = nil, at location: SourceLocation? = nil) {
            self.message = message
            self.thai = thai
            self.location = location
        }

        /// The note in both languages (English where there is no Thai).
        public var text: LocalizedText { LocalizedText(th: thai ?? message, en: message) }
    }

    public init(
        code: String, severity: Severity = .error, message: String, thai: String? = nil,
        location: SourceLocation? = nil, notes: [Note] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.thai = thai
        self.location = location
        self.notes = notes
    }

    /// The sentence in both languages (English where there is no Thai).
    public var text: LocalizedText { LocalizedText(th: thai ?? message, en: message) }

    /// `file:line:col: severity: message`, one line per note after it.
    public var description: String {
        var out = ""
        if let location { out += "\(location): " }
        out += "\(severity.rawValue): \(message)"
        for note in notes {
            out += "\n"
            if let location = note.location { out += "\(location): " }
            out += "note: \(note.message)"
        }
        return out
    }
}

/// Several diagnostics thrown together, such as every error of a broken pack.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
