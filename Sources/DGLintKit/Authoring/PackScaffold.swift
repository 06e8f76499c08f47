/// The files of a new pack (`dglint packs new`): a `pack.yaml` with one example rule, written in both
/// languages with every key a rule may have, and a test file whose two tests pass — so the new pack passes
/// `dglint packs validate` and `dglint packs test` at once, and the author edits from there.
public struct PackScaffold: Sendable {
    public var id: String

    public init(id: String) {
        self.id = id
    }

    /// Why `id` cannot name a pack, or nil when it can.
    public static func problem(with id: String) -> String? {
        let scalars = Array(id.unicodeScalars)
        let valid =
            scalars.first.map { ("a"..."z").contains($0) } == true
            && scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return valid ? nil : "a pack id is lowercase letters, digits and '-', starting with a letter, such as my-agency"
    }

    /// The rule id prefix: the pack id in capitals without dashes, at most 8 letters.
    var prefix: String { String(id.uppercased().filter { $0 != "-" }.prefix(8)) }

    /// The files to write, as paths relative to the new pack folder and their text.
    public var files: [(path: String, text: String)] {
        [("pack.yaml", manifest), ("tests/example.test.yaml", tests)]
    }

    var manifest: String {
        """
        # The \(id) pack. Documentation: docs/authoring.md; the functions: `dglint rules functions`.
        pack: \(id)
        version: 0.1.0
        engine: ">=0.1.0"
        title:
          th: ชุดกฎ \(id)
          en: The \(id) pack
        description:
          th: อธิบายว่าชุดกฎนี้ตรวจอะไร และใช้กับข้อเสนอโครงการแบบใด
          en: Say what this pack checks and which proposals it applies to.
        depends: [proposal]
        references:
          proposal-format:
            title: {th: รูปแบบข้อเสนอโครงการของ dglint, en: The dglint proposal format}
        rules:
          \(prefix)-01:
            name: officer-email
            severity: warning
            evidence: inferred
            title:
              th: ระบุอีเมลของผู้ประสานงานโครงการ
              en: The project officer gives an e-mail address
            message:
              th: "กรุณาระบุอีเมลของผู้ประสานงานที่ {{field}}"
              en: "Give the project officer's e-mail address at {{field}}."
            why:
              th: ผู้พิจารณาต้องติดต่อผู้ประสานงานได้ (ตัวอย่าง ยังไม่พบบทบัญญัติโดยตรง หลักฐานระดับอนุมาน)
              en: Reviewers must be able to reach the officer (an example; no binding text found, so the evidence is inferred).
            fix:
              th: เพิ่ม agency.officer.email
              en: Add agency.officer.email.
            references: [proposal-format]
            tags: [contact]
            given: "$.agency.officer"
            then:
              - field: email
                function: defined
              - field: email
                function: email

        """
    }

    var tests: String {
        """
        # Each test gives a proposal and exactly what this pack must report on it (or `clean: true`).
        tests:
          - name: an officer without e-mail
            document:
              agency: {officer: {name: สมชาย ใจดี, phone: "02-000-0000"}}
            expect:
              - {rule: \(prefix)-01, path: $.agency.officer.email}
          - name: an officer with e-mail
            document:
              agency: {officer: {name: สมชาย ใจดี, email: somchai@example.go.th}}
            clean: true

        """
    }
}
