/// One whole-CLI scenario, read from a `.scenario` file (the format is described in ScenarioTests.swift and
/// in Scenarios/README.md).
///
/// The file is kept as its preamble and its sections in order, so that recording can replace the bodies
/// of the expected sections and write everything else back unchanged.
struct Scenario {
    /// A `## kind` or `## kind: argument` header and the lines after it.
    struct Section {
        var kind: String
        var argument: String?
        /// The section's text: its lines, each ending with a newline, without trailing blank lines.
        var body: String

        var header: String { "## " + kind + (argument.map { ": " + $0 } ?? "") }
    }

    /// A problem with the scenario file itself.
    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    static let kinds = ["command", "file", "stdin", "env", "exit", "stdout", "stdout-end", "stderr"]

    /// The lines before the first section (`# name: …` and other comments).
    var preamble: String
    var sections: [Section]

    /// The `# name:` line of the preamble, if any.
    var name: String? {
        preamble.split(separator: "\n").first { $0.hasPrefix("# name:") }.map {
            String($0.dropFirst("# name:".count)).trimming(" ")
        }
    }

    init(parsing text: String) throws(FormatError) {
        var preambleLines: [Substring] = []
        var sections: [Section] = []
        var lines: [Substring] = []
        func close() {
            guard !sections.isEmpty else { return }
            while lines.last?.isEmpty == true { lines.removeLast() }
            sections[sections.count - 1].body = lines.map { $0 + "\n" }.joined()
            lines = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                close()
                let header = line.dropFirst(3)
                let kind = String(header.prefix { $0 != ":" }).trimming(" ")
                let argument = header.contains(":") ? String(header.drop { $0 != ":" }.dropFirst()).trimming(" ") : nil
                guard Self.kinds.contains(kind) else {
                    throw FormatError(
                        description: "unknown section '\(line)'; the sections are \(Self.kinds.joined(separator: ", "))"
                    )
                }
                guard (kind == "file") == (argument?.isEmpty == false) else {
                    throw FormatError(description: "'\(line)': only 'file' takes a name after a colon, and it must")
                }
                sections.append(Section(kind: kind, argument: argument, body: ""))
            } else if sections.isEmpty {
                preambleLines.append(line)
            } else {
                lines.append(line)
            }
        }
        close()
        while preambleLines.last?.isEmpty == true { preambleLines.removeLast() }
        self.preamble = preambleLines.map { $0 + "\n" }.joined()
        self.sections = sections
        for kind in Self.kinds where kind != "file" && self.sections(kind).count > 1 {
            throw FormatError(description: "more than one '## \(kind)' section")
        }
        guard self.sections("command").count == 1 else { throw FormatError(description: "no '## command' section") }
    }

    func sections(_ kind: String) -> [Section] { sections.filter { $0.kind == kind } }

    func body(_ kind: String) -> String? { sections(kind).first?.body }

    /// The command line, without its final newline.
    var command: String { (body("command") ?? "").trimming("\n ") }

    /// The files to write before running: relative path and content.
    var files: [(path: String, content: String)] { sections("file").map { ($0.argument ?? "", $0.body) } }

    /// `NAME=value` lines of the `env` section.
    var environment: [String: String] {
        var result: [String: String] = [:]
        for line in (body("env") ?? "").split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            result[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        return result
    }

    /// The expected exit status; nil when the section is missing or not a number.
    var exitStatus: Int32? { body("exit").flatMap { Int32($0.trimming("\n ")) } }

    /// Sets the body of the `kind` section, adding the section at the end when it is missing.
    mutating func set(_ kind: String, _ body: String) {
        let trimmed = Self.withoutTrailingBlankLines(body)
        if let index = sections.firstIndex(where: { $0.kind == kind }) {
            sections[index].body = trimmed
        } else {
            sections.append(Section(kind: kind, argument: nil, body: trimmed))
        }
    }

    /// The scenario as text again: preamble, then each section after a blank line.
    var text: String {
        var out = preamble
        for section in sections {
            if !out.isEmpty { out += "\n" }
            out += section.header + "\n" + section.body
        }
        return out
    }

    /// `text` with every line ending in a newline and no blank lines at the end.
    static func withoutTrailingBlankLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0 + "\n" }.joined()
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    func trimming(_ set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
