import ArgumentParser
import DGLintKit
import DGLintModel

/// `dglint init`: writes a commented proposal template that already passes STRUCT-00.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented proposal template that explains every field (never overwrites a file).")

    @Argument(help: ArgumentHelp("The file to write (default: proposal.yaml).", valueName: "file"))
    var file: String = "proposal.yaml"

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.resolve(configured: nil)
        if PackDirectory.exists(file) {
            Output.standardError(
                "dglint: \(file) already exists; dglint init never overwrites a file — give another name\n")
            throw ExitCode(2)
        }
        let template = try ProposalFiles.path("template.\(lang.rawValue).yaml")
        do {
            let text = String(decoding: try FileOutput.read(template, limit: 1 << 20), as: UTF8.self)
            try FileOutput.write(text, to: file)
        } catch {
            Output.standardError("dglint: \(error)\n")
            throw ExitCode(2)
        }
        Output.standardOutput(
            lang == .th
                ? "เขียน \(file) แล้ว แก้ไขข้อความในแบบฟอร์ม แล้วตรวจด้วย dglint check \(file)\n"
                : "wrote \(file); fill it in, then run dglint check \(file)\n")
    }
}
