import DGLintModel

/// Turns libyaml's terse errors into diagnostics that say where, what and what to do.
///
/// libyaml's own sentence (`problem`) is kept, so it can be searched for, followed by the construct it was
/// reading (`context`) and its position, and a hint for the mistakes people make most.
extension LibYAMLError {
    /// The diagnostic for this error in `file`, positioned with `tracker`, in English and in Thai. libyaml's
    /// own sentence stays English in both (it is what one searches for); the Thai says what it means.
    func diagnostic(file: String, tracker: inout PositionTracker) -> Diagnostic {
        switch kind {
        case .memory:
            return Diagnostic(
                code: "yaml.memory", message: "libyaml ran out of memory while reading the file",
                thai: "libyaml มีหน่วยความจำไม่พอขณะอ่านไฟล์", location: SourceLocation(file: file, range: nil))
        case .reader:
            let broken = problem == "invalid trailing UTF-8 octet"
            let position = tracker.position(
                ofByte: broken ? tracker.startOfBrokenSequence(at: problemOffset) : problemOffset)
            let message = readerMessage(position: position)
            return Diagnostic(
                code: "yaml.encoding", message: message.en, thai: message.th,
                location: SourceLocation(file: file, range: SourceRange(at: position)))
        case .scanner, .parser, .other:
            // libyaml reports a bad `\u` escape just after the `\u`; point at the backslash instead.
            let back = problem == "found invalid Unicode character escape code" && problemMark.column >= 2 ? 2 : 0
            let position = tracker.position(
                index: problemMark.index - back, line: problemMark.line, column: problemMark.column - back)
            let character = tracker.byte(atMark: problemMark.index)
            var message = problem.isEmpty ? "the YAML is malformed" : problem
            var thai = problem.isEmpty ? "YAML เขียนไม่ถูกต้อง" : "libyaml แจ้งว่า \"\(problem)\""
            if let context {
                let where_ = tracker.position(
                    index: contextMark.index, line: contextMark.line, column: contextMark.column)
                message += " \(context) that starts at \(where_)"
                thai += " ขณะอ่านส่วนที่เริ่มที่ \(where_) (\(context))"
            }
            if let hint = Self.hint(problem: problem, character: character) {
                message += "; " + hint.en
                thai += "; " + hint.th
            }
            return Diagnostic(
                code: "yaml.syntax", message: message, thai: thai,
                location: SourceLocation(file: file, range: SourceRange(at: position)))
        }
    }

    /// The sentence for an encoding problem found by libyaml's reader.
    private func readerMessage(position: SourcePosition) -> LocalizedText {
        if problem.hasPrefix("control characters") {
            if problemValue == 0 {
                return LocalizedText(
                    th: "ไฟล์มีไบต์ NUL (U+0000) ซึ่ง YAML ไม่อนุญาต; ไฟล์อาจเป็น UTF-16 ที่ไม่มีเครื่องหมายลำดับไบต์ "
                        + "หรือไม่ใช่ไฟล์ข้อความเลย: บันทึกเป็นข้อความ UTF-8",
                    en: "the file contains a NUL byte (U+0000), which YAML does not allow; the file may be UTF-16 "
                        + "without a byte-order mark, or not a text file at all: save it as UTF-8 text")
            }
            let character = Self.codePoint(problemValue)
            return LocalizedText(
                th: "ไฟล์มีอักขระควบคุม \(character) ซึ่ง YAML ไม่อนุญาต; ลบอักขระนั้นออก",
                en: "the file contains the control character \(character), which YAML does not allow; remove it")
        }
        if problem.contains("UTF-8") || problem.contains("Unicode") {
            let advice = LocalizedText(
                th: "; ไฟล์อาจบันทึกด้วยรหัสอักขระอื่น เช่น TIS-620 (Windows-874) สำหรับภาษาไทย: บันทึกเป็น UTF-8",
                en:
                    "; it may have been saved in another encoding, such as TIS-620 (Windows-874) for Thai: save it as UTF-8"
            )
            if problem == "invalid trailing UTF-8 octet" && problemValue >= 0 {
                let byte = Self.hexByte(problemValue)
                return LocalizedText(
                    th: "ไฟล์ไม่ใช่ UTF-8 ที่ถูกต้อง: อักขระที่เริ่มที่ไบต์ \(position.offset) เสียเพราะไบต์ \(byte) "
                        + "(\(problem))" + advice.th,
                    en: "the file is not valid UTF-8: the character that starts at byte \(position.offset) is broken "
                        + "by the byte \(byte) (\(problem))" + advice.en)
            }
            let what = problemValue >= 0 ? " \(Self.hexByte(problemValue))" : ""
            return LocalizedText(
                th: "ไฟล์ไม่ใช่ UTF-8 ที่ถูกต้อง (\(problem)\(what) ที่ไบต์ \(position.offset))" + advice.th,
                en: "the file is not valid UTF-8 (\(problem)\(what) at byte \(position.offset))" + advice.en)
        }
        return LocalizedText(
            th: "อ่านไฟล์ไม่ได้: \(problem) ที่ไบต์ \(position.offset)",
            en: "cannot read the file: \(problem) at byte \(position.offset)")
    }

    /// Advice for a libyaml problem, given the byte where it happened.
    static func hint(problem: String, character: UInt8?) -> LocalizedText? {
        if character == UInt8(ascii: "\t") || problem.hasPrefix("found a tab character") {
            return LocalizedText(
                th: "YAML ไม่อนุญาตให้ย่อหน้าด้วยแท็บ; ใช้ช่องว่างแทน",
                en: "YAML does not allow tabs for indentation; use spaces")
        }
        switch problem {
        case "found character that cannot start any token":
            if let character, character == UInt8(ascii: "@") || character == UInt8(ascii: "`") {
                let shown = Character(Unicode.Scalar(character))
                return LocalizedText(
                    th: "'\(shown)' เป็นอักขระสงวนของ YAML และใช้ขึ้นต้นค่าไม่ได้; ใส่ค่านั้นไว้ในเครื่องหมายคำพูด",
                    en: "'\(shown)' is reserved in YAML and cannot start a value; put the value in quotes")
            }
            return LocalizedText(th: "ใส่ค่านั้นไว้ในเครื่องหมายคำพูด", en: "put the value in quotes")
        case "mapping values are not allowed in this context":
            return LocalizedText(
                th: "': ' ที่อยู่ในค่าจะเริ่มคีย์ใหม่; ใส่ค่านั้นไว้ในเครื่องหมายคำพูด หรือตรวจการย่อหน้า",
                en: "a ': ' inside a value starts a new key; put the value in quotes, or check the indentation")
        case "did not find expected key":
            return LocalizedText(
                th: "ตรวจการย่อหน้า: คีย์ของแมปปิงเดียวกันต้องเริ่มที่คอลัมน์เดียวกัน",
                en: "check the indentation: the keys of one mapping must start in the same column")
        case "did not find expected '-' indicator":
            return LocalizedText(
                th: "ตรวจการย่อหน้า: รายการของลิสต์เดียวกันต้องเริ่มที่คอลัมน์เดียวกัน",
                en: "check the indentation: the items of one list must start in the same column")
        case "could not find expected ':'":
            return LocalizedText(
                th: "คีย์ต้องตามด้วย ': '; เติมโคลอน หรือใส่ข้อความไว้ในเครื่องหมายคำพูด",
                en: "a key must be followed by ': '; add the colon, or put the text in quotes")
        case "found unexpected end of stream":
            return LocalizedText(
                th: "ค่าที่อยู่ในเครื่องหมายคำพูดยังไม่ได้ปิด; เติมเครื่องหมายคำพูดปิด",
                en: "a quoted value is not closed; add the closing quote")
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return LocalizedText(
                th: "คั่นรายการด้วย ',' และปิดวงเล็บให้ครบ", en: "separate the items with ',' and close the bracket")
        case "found undefined tag handle":
            return LocalizedText(
                th: "ลบแท็กออก; dglint เข้าใจเฉพาะ \(YAMLProblem.knownTagsThai)",
                en: "remove the tag; dglint understands only \(YAMLProblem.knownTags)")
        case "found unknown escape character":
            return LocalizedText(
                th: "ในเครื่องหมายคำพูดคู่ แบ็กสแลชเริ่มลำดับหลีก (escape); เขียน '\\\\' แทนแบ็กสแลชหนึ่งตัว "
                    + "หรือใช้เครื่องหมายคำพูดเดี่ยวแทน",
                en: "in double quotes a backslash starts an escape; write '\\\\' for a backslash, or use single quotes")
        case "found invalid Unicode character escape code":
            return LocalizedText(
                th: "\\u escape นี้ระบุเพียงครึ่งหนึ่งของคู่ surrogate ของ UTF-16 หรือไม่ได้ระบุอักขระใดเลย; "
                    + "เขียนให้ครบคู่ (\\ud83d\\ude00) หรือเขียนอักขระนั้นลงไปตรง ๆ",
                en: "a \\u escape names half of a UTF-16 surrogate pair, or no character; "
                    + "write the whole pair (\\ud83d\\ude00) or the character itself")
        case "did not find expected node content":
            return LocalizedText(th: "ขาดค่าตรงนี้", en: "a value is missing here")
        case "block sequence entries are not allowed in this context":
            return LocalizedText(
                th: "รายการ '- ' ต่อจากคีย์ในบรรทัดเดียวกันไม่ได้; ขึ้นลิสต์ในบรรทัดถัดไปโดยย่อหน้าเข้าไป",
                en: "a '- ' item cannot follow a key on the same line; start the list on the next line, indented")
        default:
            return nil
        }
    }

    private static func codePoint(_ value: Int) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func hexByte(_ value: Int) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
    }
}
