import DGLintEngine
import DGLintModel

/// `email`: a plausible e-mail address, `local@domain.tld`, with no spaces.
struct Email: RuleFunction {
    static let definition = FunctionDefinition(
        FunctionDeclaration(
            name: "email",
            summary: LocalizedText(
                th: "ค่าต้องเป็นที่อยู่อีเมลที่เป็นไปได้ในรูปแบบ ชื่อ@โดเมน.นามสกุล และไม่มีช่องว่าง ผ่านเมื่อไม่พบฟิลด์",
                en: "The value must be a plausible e-mail address, local@domain.tld, with no spaces; passes when "
                    + "the field is missing."),
            accepts: [.string],
            examples: [
                .pass("dpo@dms.go.th"),
                .pass("somjai.j+pdpa@moph.go.th"),
                .fail("dpo@dms"),
                .fail("dpo at dms.go.th"),
                .fail("dpo@@dms.go.th"),
                .fail("dpo@dms..go.th"),
                .fail(12),
            ])
    ) { _ throws(OptionError) in Email() }

    /// Whether `text` looks like an e-mail address.
    ///
    /// An ASCII text is read by its bytes (``isPlausibleASCII(_:)``), any other by its characters
    /// (``isPlausibleUnicode(_:)``), which classify letters and white space by their Unicode properties at many
    /// times the cost. Both give the same answer for an ASCII text (a test compares them).
    static func isPlausible(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }),
            let answer = text.utf8.withContiguousStorageIfAvailable(isPlausibleASCII)
        {
            return answer
        }
        return isPlausibleUnicode(text)
    }

    /// ``isPlausible(_:)`` for a text of ASCII bytes.
    static func isPlausibleASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
        // Control characters and white space (all of ASCII's is at or below the space).
        guard !bytes.contains(where: { $0 <= 0x20 }) else { return false }
        let parts = bytes.split(separator: 0x40, omittingEmptySubsequences: false)  // @
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let labels = parts[1].split(separator: 0x2E, omittingEmptySubsequences: false)  // .
        guard labels.count >= 2,
            labels.allSatisfy({ label in
                !label.isEmpty && label.first != 0x2D && label.last != 0x2D
                    && label.allSatisfy { isLetter($0) || isDigit($0) || $0 == 0x2D }
            }),
            let tld = labels.last, tld.count >= 2, tld.allSatisfy(isLetter)
        else { return false }
        return true
    }

    /// ``isPlausible(_:)`` for any text, character by character.
    static func isPlausibleUnicode(_ text: String) -> Bool {
        guard !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) else {
            return false
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2,
            labels.allSatisfy({ label in
                !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
            }),
            let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
        else { return false }
        return true
    }

    func evaluate(_ target: Value?, in context: FunctionContext) -> [FunctionResult] {
        guard let target else { return [] }
        if let text = target.stringValue, Self.isPlausible(text) { return [] }
        let here = Describe.field(context.path)
        return [
            FunctionResult(
                th: "\(here) (\(Describe.value(target))) ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง เช่น name@agency.go.th",
                en: "\(here) (\(Describe.value(target))) is not a valid e-mail address, such as name@agency.go.th.")
        ]
    }
}
