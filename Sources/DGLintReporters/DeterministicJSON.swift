#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Encodes the reporters' Codable records the same way every time, and cuts the result into pieces that
/// streaming reporters write one at a time.
///
/// The encoder sorts keys, pretty-prints with two-space indentation and leaves slashes and non-ASCII text
/// unescaped, so Thai stays readable and the same run gives the same bytes. Streaming reporters (SARIF,
/// GitLab) write the head of a document, then each record as it arrives, then the tail; ``encode(_:indent:)``
/// indents a record to the depth it is written at, so the whole reads as if encoded in one go.
enum DeterministicJSON {
    /// `value` as pretty JSON, every line after the first indented by `indent` more levels of two spaces.
    ///
    /// Encoding the reporters' records (strings, integers, booleans, nested records) cannot fail; should
    /// it ever, the result is `null`, which keeps the document well-formed.
    static func encode(_ value: some Encodable, indent: Int = 0) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return indented(String(decoding: data, as: UTF8.self), by: indent)
    }

    /// The members of an encoded object without its braces, each line indented by `indent` levels in all,
    /// so that more members can be written after them; empty for `{}` or non-objects.
    static func members(of value: some Encodable, indent: Int) -> String {
        let object = encode(value, indent: indent - 1)
        guard object.hasPrefix("{\n"), object.hasSuffix("}") else { return "" }
        var body = object.dropFirst(2).dropLast()
        while body.last == " " || body.last == "\n" { body = body.dropLast() }
        return String(body)
    }

    /// `text` with every line after the first indented by `levels` × two spaces.
    static func indented(_ text: String, by levels: Int) -> String {
        guard levels > 0 else { return text }
        let pad = String(repeating: "  ", count: levels)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : pad + $0.element }
            .joined(separator: "\n")
    }
}
