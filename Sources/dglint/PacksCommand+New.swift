import ArgumentParser
import DGLintKit
import DGLintModel

extension PacksCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract:
                "Create a new pack with one example rule and its tests, ready for `packs validate` and `packs test`.")

        @Argument(help: ArgumentHelp("The new pack's id: lowercase letters, digits and '-'.", valueName: "id"))
        var id: String

        @Option(help: ArgumentHelp("The folder to create the pack in (default: the current folder).", valueName: "dir"))
        var dir: String = "."

        func run() throws {
            if let problem = PackScaffold.problem(with: id) {
                DiagnosticOutput.print([
                    Diagnostic(code: "packs.new", message: "'\(id)' cannot be a pack id: \(problem)")
                ])
                throw ExitCode(2)
            }
            let folder = dir == "." ? id : PackFolders.join(dir, id)
            if PackDirectory.exists(folder) {
                DiagnosticOutput.print(
                    [Diagnostic(code: "packs.new", message: "\(folder) already exists; choose another id or folder")])
                throw ExitCode(2)
            }
            do {
                for (path, text) in PackScaffold(id: id).files {
                    let file = PackFolders.join(folder, path)
                    try FileOutput.makeFolder(String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)]))
                    try FileOutput.write(text, to: file)
                }
            } catch {
                DiagnosticOutput.print([Diagnostic(code: "packs.new", message: "\(error)")])
                throw ExitCode(2)
            }
            Output.standardOutput(
                "created \(folder)/pack.yaml and \(folder)/tests/example.test.yaml\n"
                    + "next: dglint packs validate \(folder) && dglint packs test \(folder)\n")
        }
    }
}
