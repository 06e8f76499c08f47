import DGLintEngine
import DGLintModel

/// `url`: an absolute http or https URL with a host; optionally https only, and a host under given suffixes.
struct URLFunction: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "url",
            summary: LocalizedText(
                th: "ค่าต้องเป็น URL แบบเต็มที่ขึ้นต้นด้วย http:// หรือ https:// และมีชื่อโฮสต์ (อาจบังคับ https และโดเมนท้าย "
                    + "เช่น .go.th) ผ่านเมื่อไม่พบฟิลด์",
                en: "The value must be an absolute http or https URL with a host (optionally https only, and a "
                    + "host ending in one of `hostSuffix`, such as .go.th); passes when the field is missing."),
            accepts: [.string],
            options: OptionsSchema([
                OptionProperty("https", .boolean, "Require https."),
                OptionProperty("hostSuffix", .list(.string), "Allowed host endings, such as [.go.th, .ac.th]."),
            ]),
            examples: [
                .pass("https://appointment.dms.go.th"),
                .pass("https://www.mahidol.ac.th/th/", options: ["https": true, "hostSuffix": [".go.th", ".ac.th"]]),
                .pass("http://localhost:8080/x"),
                .fail("appointment.dms.go.th"),
                .fail("http://appointment.dms.go.th", options: ["https": true]),
                .fail("https://appointment.example.com", options: ["hostSuffix": [".go.th"]]),
                .fail("https:// dms.go.th"),
            ])
    ) { options throws(OptionError) in
        let suffixes = (options.strings("hostSuffix") ?? []).map { $0.lowercased() }
        if suffixes.contains(where: { $0.isEmpty || $0 == "." }) {
            throw OptionError("'hostSuffix' entries must not be empty", option: "hostSuffix")
        }
        return URLFunction(httpsOnly: options.bool("https") ?? false, hostSuffixes: suffixes)
    }

    let httpsOnly: Bool
    let hostSuffixes: [String]

    /// The scheme and lowercased host of an absolute http(s) URL without spaces, or nil.
    ///
    /// An ASCII text — almost every URL — is read by its bytes (``asciiParts(_:)``); any other by its characters
    /// (``unicodeParts(_:)``), which classify letters and white space by their Unicode properties and cost some
    /// fifty times as much. Both give the same answer for an ASCII text (a test compares them).
    static func parts(_ text: String) -> (scheme: String, host: String)? {
        if text.utf8.allSatisfy({ $0 < 0x80 }), let answer = text.utf8.withContiguousStorageIfAvailable(asciiParts) {
            return answer
        }
        return unicodeParts(text)
    }

    /// ``parts(_:)`` for a text of ASCII bytes.
    static func asciiParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (scheme: String, host: String)? {
        // White space (U+0009-U+000D, U+0020). Other control characters are not, as in unicodeParts.
        guard !bytes.contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) }) else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        func starts(with prefix: StaticString) -> Bool {
            prefix.utf8CodeUnitCount <= bytes.count
                && (0..<prefix.utf8CodeUnitCount).allSatisfy { lower(bytes[$0]) == prefix.utf8Start[$0] }
        }
        let scheme = starts(with: "https://") ? "https" : starts(with: "http://") ? "http" : nil
        guard let scheme else { return nil }
        var start = scheme.utf8.count + 3
        var end = start
        while end < bytes.count, bytes[end] != 0x2F, bytes[end] != 0x3F, bytes[end] != 0x23 { end += 1 }  // / ? #
        if let at = (start..<end).last(where: { bytes[$0] == 0x40 }) { start = at + 1 }  // @
        var hostEnd = end
        if let colon = (start..<end).last(where: { bytes[$0] == 0x3A }) {  // :
            guard end - colon - 1 <= 5, (colon + 1..<end).allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else {
                return nil
            }
            hostEnd = colon
        }
        let host = UnsafeBufferPointer(rebasing: bytes[start..<hostEnd])
        let labels = host.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard !host.isEmpty,
            labels.allSatisfy({ !$0.isEmpty && $0.first != 0x2D && $0.last != 0x2D }),
            host.allSatisfy({ byte in
                let b = lower(byte)
                return (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x2D || b == 0x2E
            })
        else { return nil }
        return (scheme, String(decoding: host.lazy.map(lower), as: UTF8.self))
    }

    /// ``parts(_:)`` for any text, character by character.
    static func unicodeParts(_ text: String) -> (scheme: String, host: String)? {
        guard !text.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else { return nil }
        let lower = text.lowercased()
        let scheme: String
        if lower.hasPrefix("https://") {
            scheme = "https"
        } else if lower.hasPrefix("http://") {
            scheme = "http"
        } else {
            return nil
        }
        var authority = lower.dropFirst(scheme.count + 3).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var host = authority
        if let colon = authority.lastIndex(of: ":") {
            let port = authority[authority.index(after: colon)...]
            guard port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber), port.count <= 5 else { return nil }
            host = authority[..<colon]
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !host.isEmpty,
            labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
            host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." })
        else { return nil }
        return (scheme, String(host))
    }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        // Messages describe the path only when they are written: most URLs pass.
        var here: String { Describe.field(context.path) }
        guard let text = target.stringValue, let (scheme, host) = Self.parts(text) else {
            return [
                FunctionResult(
                    th: "\(here) (\(Describe.value(target))) ต้องเป็น URL แบบเต็ม เช่น https://www.example.go.th",
                    en: "\(here) (\(Describe.value(target))) must be a full URL, such as https://www.example.go.th.")
            ]
        }
        var results: [FunctionResult] = []
        if httpsOnly, scheme != "https" {
            results.append(
                FunctionResult(th: "\(here) ต้องใช้ https", en: "\(here) must use https, not \(scheme)."))
        }
        if !hostSuffixes.isEmpty, !hostSuffixes.contains(where: { Self.host(host, isUnder: $0) }) {
            let allowed = hostSuffixes.joined(separator: ", ")
            results.append(
                FunctionResult(
                    th: "โฮสต์ \(host) ของ \(here) ต้องลงท้ายด้วย \(allowed)",
                    en: "The host \(host) of \(here) must end in \(allowed)."))
        }
        return results
    }

    /// Whether `host` is the domain `suffix` names or below it (`.go.th` and `go.th` both allow `dms.go.th`).
    static func host(_ host: String, isUnder suffix: String) -> Bool {
        let domain = suffix.hasPrefix(".") ? String(suffix.dropFirst()) : suffix
        return host == domain || host.hasSuffix("." + domain)
    }
}
