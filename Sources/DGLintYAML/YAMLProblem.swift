import DGLintModel

/// A problem the loader finds itself (rather than libyaml), with where it is.
///
/// Each case becomes one ``Diagnostic`` with a stable code and a sentence that says what is wrong and
/// what to do; ``diagnostic(file:)`` is the only place those sentences are written.
enum YAMLProblem {
    case tooLarge(size: Int, limit: Int)
    /// Not valid text in the encoding its byte-order mark names ("UTF-16", "UTF-32").
    case invalidEncoding(String, detail: LocalizedText)
    case duplicateKey(String, at: SourceRange, first: SourceRange)
    case complexKey(kind: LocalizedText, at: SourceRange)
    case unsupportedTag(String, at: SourceRange)
    case tagMismatch(tag: String, text: String, expected: LocalizedText, at: SourceRange)
    case aliasBudget(limit: Int, at: SourceRange)
    case tooDeep(limit: Int, throughAlias: Bool, at: SourceRange)
    case tooManyNodes(limit: Int, at: SourceRange)
    case undefinedAlias(String, cycle: Bool, at: SourceRange)

    /// The diagnostic for this problem in `file`, in English and in Thai (a proposal's author reads it as
    /// the finding INPUT-02).
    func diagnostic(file: String) -> Diagnostic {
        func here(_ range: SourceRange) -> SourceLocation { SourceLocation(file: file, range: range) }
        switch self {
        case .tooLarge(let size, let limit):
            let (shown, limitShown) = (Self.mebibytes(size), Self.mebibytes(limit, exact: true))
            return Diagnostic(
                code: "yaml.size",
                message: "file is \(shown), larger than the \(limitShown) limit; split it into smaller files",
                thai: "ไฟล์มีขนาด \(shown) เกินขีดจำกัด \(limitShown); แบ่งเป็นไฟล์ที่เล็กลง",
                location: SourceLocation(file: file, range: nil))
        case .invalidEncoding(let encoding, let detail):
            return Diagnostic(
                code: "yaml.encoding",
                message: "the file starts with a \(encoding) byte-order mark but is not valid \(encoding) "
                    + "(\(detail.en)); save it as UTF-8",
                thai: "ไฟล์ขึ้นต้นด้วยเครื่องหมายลำดับไบต์ (BOM) ของ \(encoding) แต่ไม่ใช่ \(encoding) ที่ถูกต้อง "
                    + "(\(detail.th)); บันทึกไฟล์เป็น UTF-8",
                location: SourceLocation(
                    file: file, range: SourceRange(at: SourcePosition(line: 1, column: 1, offset: 0))))
        case .duplicateKey(let key, let range, let first):
            return Diagnostic(
                code: "yaml.duplicate-key",
                message: "duplicate key '\(key)' in this mapping; it was first given at \(first.start); "
                    + "remove one of them or merge their contents",
                thai: "คีย์ '\(key)' ซ้ำในแมปปิงนี้ (ระบุไว้ครั้งแรกที่ \(first.start)); "
                    + "ลบคีย์ใดคีย์หนึ่งออก หรือรวมเนื้อหาของทั้งสองเข้าด้วยกัน",
                location: here(range),
                notes: [Diagnostic.Note("'\(key)' is first given here", thai: "ระบุ '\(key)' ครั้งแรก", at: here(first))])
        case .complexKey(let kind, let range):
            return Diagnostic(
                code: "yaml.key",
                message: "a mapping key must be a plain value such as a name or a number, not \(kind.en); "
                    + "write the key as text",
                thai: "คีย์ของแมปปิงต้องเป็นค่าธรรมดา เช่น ชื่อหรือตัวเลข ไม่ใช่\(kind.th); เขียนคีย์เป็นข้อความ",
                location: here(range))
        case .unsupportedTag(let tag, let range):
            let tag = Self.shortTag(tag)
            return Diagnostic(
                code: "yaml.tag",
                message: "the tag '\(tag)' is not supported; remove it (dglint reads plain YAML 1.2 "
                    + "and understands only \(Self.knownTags))",
                thai: "ไม่รองรับแท็ก '\(tag)'; ลบแท็กออก (dglint อ่าน YAML 1.2 แบบธรรมดา "
                    + "และเข้าใจเฉพาะ \(Self.knownTagsThai))",
                location: here(range))
        case .tagMismatch(let tag, let text, let expected, let range):
            let tag = Self.shortTag(tag)
            return Diagnostic(
                code: "yaml.tag",
                message: "'\(text)' is tagged \(tag) but is not \(expected.en); fix the value or remove the tag",
                thai: "'\(text)' มีแท็ก \(tag) แต่ไม่ใช่\(expected.th); แก้ค่า หรือลบแท็กออก",
                location: here(range))
        case .aliasBudget(let limit, let range):
            return Diagnostic(
                code: "yaml.alias-budget",
                message: "aliases expand to more than \(limit) nodes (an \"alias bomb\"); "
                    + "remove the aliases or write the data out",
                thai: "alias ขยายออกเป็นมากกว่า \(limit) โหนด (\"alias bomb\"); ลบ alias ออก หรือเขียนข้อมูลออกมาตรง ๆ",
                location: here(range))
        case .tooDeep(let limit, let throughAlias, let range):
            let how = throughAlias ? "this alias makes the data nest" : "the data nests"
            let howThai = throughAlias ? "alias นี้ทำให้ข้อมูลซ้อนกัน" : "ข้อมูลซ้อนกัน"
            return Diagnostic(
                code: "yaml.depth",
                message: "\(how) more than \(limit) levels deep; flatten the structure",
                thai: "\(howThai)ลึกเกิน \(limit) ชั้น; ลดระดับการซ้อนของโครงสร้างลง",
                location: here(range))
        case .tooManyNodes(let limit, let range):
            return Diagnostic(
                code: "yaml.nodes",
                message: "the file holds more than \(limit) values (scalars, mappings and lists); "
                    + "split it into smaller files",
                thai: "ไฟล์มีค่ามากกว่า \(limit) ค่า (สเกลาร์ แมปปิง และลิสต์รวมกัน); แบ่งเป็นไฟล์ที่เล็กลง",
                location: here(range))
        case .undefinedAlias(let name, let cycle, let range):
            if cycle {
                return Diagnostic(
                    code: "yaml.alias",
                    message: "the alias '*\(name)' refers to the node that contains it, which would repeat forever; "
                        + "remove the alias",
                    thai: "alias '*\(name)' อ้างถึงโหนดที่มีตัวมันเองอยู่ข้างใน ซึ่งจะวนซ้ำไม่รู้จบ; ลบ alias ออก",
                    location: here(range))
            }
            return Diagnostic(
                code: "yaml.alias",
                message: "found undefined alias '*\(name)'; define the anchor '&\(name)' before this alias, "
                    + "or fix its name",
                thai: "ไม่พบ anchor ของ alias '*\(name)'; กำหนด anchor '&\(name)' ไว้ก่อน alias นี้ หรือแก้ชื่อให้ถูกต้อง",
                location: here(range))
        }
    }

    /// The tags dglint understands, as the messages list them.
    static let knownTags = "!!str, !!int, !!float, !!bool, !!null, !!map and !!seq"
    static let knownTagsThai = "!!str, !!int, !!float, !!bool, !!null, !!map และ !!seq"

    /// `!!int` for a standard tag, the tag itself otherwise.
    static func shortTag(_ tag: String) -> String {
        tag.hasPrefix(CoreSchema.standardPrefix) ? "!!" + tag.dropFirst(CoreSchema.standardPrefix.count) : tag
    }

    /// A size in MiB with one decimal ("20.0 MiB"), or without decimals when `exact` and it is whole.
    static func mebibytes(_ bytes: Int, exact: Bool = false) -> String {
        let mebibyte = 1 << 20
        if exact && bytes % mebibyte == 0 { return "\(bytes / mebibyte) MiB" }
        if bytes < mebibyte / 10 { return "\(bytes) bytes" }
        let tenths = (bytes * 10 + mebibyte / 2) / mebibyte
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
