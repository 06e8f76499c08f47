public import DGLintModel

/// A rule message with `{{placeholders}}`, parsed once when the pack loads.
///
/// Placeholders: `{{path}}` (the RFC 9535 normalized path), `{{field}}` (the same as a short dotted path,
/// easier to read), `{{pointer}}` (JSON pointer), `{{value}}` (the node's value), `{{property}}` (the last
/// member name of the path), `{{error}}` (the function's own sentence), `{{rule}}` (the rule id).
public struct MessageTemplate: Sendable {
    enum Part: Sendable, Equatable {
        case text(String)
        case placeholder(Placeholder)
    }

    public enum Placeholder: String, Sendable, CaseIterable {
        case path, field, pointer, value, property, error, rule
    }

    let th: [Part]
    let en: [Part]

    /// Parses both languages; the error names the unknown or unclosed placeholder.
    public init(_ text: LocalizedText) throws(MessageTemplateError) {
        th = try Self.parse(text.th)
        en = try Self.parse(text.en)
    }

    static func parse(_ text: String) throws(MessageTemplateError) -> [Part] {
        // Braces are ASCII, and no byte of a multi-byte UTF-8 character is, so the text is scanned as bytes
        // and the literal runs between placeholders are copied whole (appending scalar by scalar made
        // parsing the packs' messages take 16 M instructions at every start).
        var parts: [Part] = []
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        var literalStart = 0
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == open, bytes[i + 1] == open else {
                i += 1
                continue
            }
            var j = i + 2
            while j + 1 < bytes.count, !(bytes[j] == close && bytes[j + 1] == close) { j += 1 }
            guard j + 1 < bytes.count else { throw MessageTemplateError(message: "'{{' is not closed with '}}'") }
            let name = String(decoding: bytes[(i + 2)..<j], as: UTF8.self).trimmingSpaces
            guard let placeholder = Placeholder(rawValue: name) else {
                let known = Placeholder.allCases.map(\.rawValue)
                throw MessageTemplateError(
                    message: "unknown placeholder '{{\(name)}}'" + Suggestion.didYouMean(name, among: known)
                        + "; known placeholders: " + known.map { "{{\($0)}}" }.joined(separator: ", "))
            }
            if i > literalStart { parts.append(.text(String(decoding: bytes[literalStart..<i], as: UTF8.self))) }
            parts.append(.placeholder(placeholder))
            i = j + 2
            literalStart = i
        }
        if bytes.count > literalStart {
            parts.append(.text(String(decoding: bytes[literalStart...], as: UTF8.self)))
        }
        return parts
    }

    /// The message for one finding.
    public func render(path: [PathElement], value: Value?, error: LocalizedText, rule: String) -> LocalizedText {
        LocalizedText(
            th: Self.render(th, path: path, value: value, error: error.th, rule: rule),
            en: Self.render(en, path: path, value: value, error: error.en, rule: rule))
    }

    static func render(_ parts: [Part], path: [PathElement], value: Value?, error: String, rule: String) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .placeholder(.path): out += PathFormat.normalized(path)
            case .placeholder(.field): out += PathFormat.dotted(path)
            case .placeholder(.pointer): out += PathFormat.pointer(path)
            case .placeholder(.value): out += Self.describe(value)
            case .placeholder(.property):
                if case .key(let key) = path.last(where: { if case .key = $0 { true } else { false } }) { out += key }
            case .placeholder(.error): out += error
            case .placeholder(.rule): out += rule
            }
        }
        return out
    }

    /// A value as a message shows it: strings as they are, other values as compact JSON, long ones cut.
    static func describe(_ value: Value?) -> String {
        guard let value else { return "(missing)" }
        let text = value.stringValue ?? value.jsonText()
        let scalars = text.unicodeScalars
        guard scalars.count > 80 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(77))) + "…"
    }
}

/// A message template that does not parse.
public struct MessageTemplateError: Error, Sendable {
    public var message: String
}
