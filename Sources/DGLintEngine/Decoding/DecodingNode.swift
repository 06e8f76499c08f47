public import DGLintModel

/// Collects the diagnostics of one decoding pass, so that a broken pack reports all its errors at once.
public final class DiagnosticCollector {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public func error(_ code: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        add(Diagnostic(code: code, severity: .error, message: message, location: location, notes: notes))
    }

    public func warning(_ code: String, _ message: String, at location: SourceLocation?) {
        add(Diagnostic(code: code, severity: .warning, message: message, location: location))
    }
}

/// A node of a document being decoded into a typed structure (a pack, a configuration), which knows its
/// path and can say where it is.
public struct DecodingNode {
    public let document: SourceDocument
    public let path: [PathElement]
    public let value: Value

    public init(document: SourceDocument) {
        self.init(document: document, path: [], value: document.value)
    }

    init(document: SourceDocument, path: [PathElement], value: Value) {
        self.document = document
        self.path = path
        self.value = value
    }

    /// Where the node's value is.
    public var location: SourceLocation { document.location(of: path) }
    /// Where the key naming the node is (the value's location for a top-level node or an element).
    public var keyLocation: SourceLocation { document.keyLocation(of: path) }

    /// The member `key`, when this is a mapping that has it.
    public func child(_ key: String) -> DecodingNode? {
        guard let child = value[key] else { return nil }
        return DecodingNode(document: document, path: path + [.key(key)], value: child)
    }

    /// The elements of a sequence (empty for anything else).
    public var elements: [DecodingNode] {
        guard case .array(let array) = value else { return [] }
        return array.enumerated().map { DecodingNode(document: document, path: path + [.index($0)], value: $1) }
    }

    /// The members of a mapping in document order (empty for anything else).
    public var members: [(key: String, node: DecodingNode)] {
        guard case .object(let object) = value else { return [] }
        return object.map {
            (key: $0.key, node: DecodingNode(document: document, path: path + [.key($0.key)], value: $0.value))
        }
    }

    /// A word for the node's kind, for messages: "a string", "a mapping", "a list" …
    public var kindDescription: String { Self.describe(value.kind) }

    public static func describe(_ kind: Value.Kind) -> String {
        switch kind {
        case .null: "nothing (null)"
        case .boolean: "true/false"
        case .integer: "a whole number"
        case .number: "a number"
        case .string: "a text"
        case .array: "a list"
        case .object: "a mapping"
        }
    }
}

extension DecodingNode {
    /// Checks that the node is a mapping whose keys are all in `allowed` and that has every key in `required`.
    /// - Parameter what: how messages name the mapping, such as "rule PDPA-04" (built only for a message, as in
    ///   the other functions here: decoding the packs asks thousands of times and reports nothing).
    /// - Returns: false (after reporting) when the node is not a mapping.
    @discardableResult
    public func checkMapping(
        _ collector: DiagnosticCollector, what: @autoclosure () -> String, allowed: [String], required: [String] = [],
        code: String = "decode"
    ) -> Bool {
        guard case .object(let object) = value else {
            collector.error("\(code).type", "\(what()) must be a mapping, but it is \(kindDescription)", at: location)
            return false
        }
        for key in object.keys where !allowed.contains(key) {
            let hint = Suggestion.didYouMean(key, among: allowed)
            let known =
                hint.isEmpty ? "; the keys allowed here are " + allowed.map { "'\($0)'" }.joined(separator: ", ") : hint
            collector.error(
                "\(code).unknown-key", "unknown key '\(key)' in \(what())\(known)",
                at: document.keyLocation(of: path + [.key(key)]))
        }
        for key in required where object[key] == nil {
            collector.error("\(code).missing-key", "\(what()) has no '\(key)'; add it", at: keyLocation)
        }
        return true
    }

    /// The node as a string that is not all spaces (``Swift/String/isBlank``), or nil after reporting.
    public func string(
        _ collector: DiagnosticCollector, what: @autoclosure () -> String, code: String = "decode"
    ) -> String? {
        switch value {
        case .string(let s) where !s.isBlank: return s
        case .string: collector.error("\(code).empty", "\(what()) is empty; write a text", at: location)
        default:
            collector.error("\(code).type", "\(what()) must be a text, but it is \(kindDescription)", at: location)
        }
        return nil
    }

    /// The node as a list of strings (a single string counts as a list of one), or nil after reporting.
    public func strings(
        _ collector: DiagnosticCollector, what: @autoclosure () -> String, code: String = "decode"
    ) -> [String]? {
        if case .string = value { return string(collector, what: what(), code: code).map { [$0] } }
        guard case .array = value else {
            collector.error(
                "\(code).type", "\(what()) must be a list of texts, but it is \(kindDescription)", at: location)
            return nil
        }
        let items = elements.map { $0.string(collector, what: "each entry of \(what())", code: code) }
        return items.contains(nil) ? nil : items.compactMap { $0 }
    }

    /// The node as a text in Thai and English: `{th: …, en: …}`; a plain string counts as Thai only when
    /// `plainIsThai` (proposal texts), and is an error otherwise (pack texts must give both).
    public func localizedText(
        _ collector: DiagnosticCollector, what: @autoclosure () -> String, code: String = "decode",
        plainIsThai: Bool = false
    ) -> LocalizedText? {
        if case .string(let s) = value, plainIsThai { return LocalizedText(th: s, en: "") }
        guard case .object = value else {
            collector.error(
                "\(code).type", "\(what()) must give both languages as {th: …, en: …}, but it is \(kindDescription)",
                at: location)
            return nil
        }
        checkMapping(collector, what: what(), allowed: ["th", "en"], code: code)
        var th = child("th")?.string(collector, what: "the Thai text of \(what())", code: code)
        var en = child("en")?.string(collector, what: "the English text of \(what())", code: code)
        if value["th"] == nil {
            collector.error("\(code).missing-language", "\(what()) has no Thai text; add 'th'", at: location)
            th = nil
        }
        if value["en"] == nil {
            collector.error("\(code).missing-language", "\(what()) has no English text; add 'en'", at: location)
            en = nil
        }
        guard let th, let en else { return nil }
        return LocalizedText(th: th, en: en)
    }

    /// The node as one of `choices`, or nil after reporting (with a did-you-mean).
    public func choice(
        _ choices: [String], _ collector: DiagnosticCollector, what: @autoclosure () -> String, code: String = "decode"
    ) -> String? {
        guard let text = string(collector, what: what(), code: code) else { return nil }
        guard choices.contains(text) else {
            let options = choices.joined(separator: ", ")
            collector.error(
                "\(code).value",
                "\(what()) is '\(text)', which is not one of \(options)"
                    + Suggestion.didYouMean(text, among: choices), at: location)
            return nil
        }
        return text
    }
}

extension DecodingNode {
    /// The location of the character at `offset` (0-based, in Unicode scalars) inside this node's string
    /// value, for errors inside an expression. Exact for strings on one line written plain or quoted without
    /// escapes; otherwise the start of the node.
    public func location(atOffset offset: Int) -> SourceLocation {
        var location = self.location
        guard case .string(let text) = value, var range = location.range, range.start.line == range.end.line
        else { return location }
        let length = text.unicodeScalars.count
        let width = range.end.column - range.start.column
        let quote = width == length + 2 ? 1 : 0
        guard width == length || quote == 1 else { return location }
        let clamped = max(0, min(offset, length))
        let bytes = text.unicodeScalars.prefix(clamped).reduce(0) { $0 + UTF8.width($1) }
        range.start.column += quote + clamped
        range.start.offset += quote + bytes
        range.end = range.start
        location.range = range
        return location
    }
}
