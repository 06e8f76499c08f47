import ArgumentParser
import DGLintEngine

/// The `dglint` command: checks Thai government digital-project proposals against rule packs.
struct DGLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dglint",
        abstract: "Check digital-government project proposals against the DGA standards and related law.",
        discussion: """
            Exit status: 0 when nothing reaches the fail level, 1 when findings do, 2 for a usage, \
            configuration or pack error.
            """,
        version: EngineInfo.version.description,
        subcommands: [
            CheckCommand.self, QueryCommand.self, EvalCommand.self, SchemaCommand.self, InitCommand.self,
            PacksCommand.self, RulesCommand.self,
        ],
        defaultSubcommand: nil
    )
}

@main
enum Main {
    static func main() {
        do {
            // `dglint check FILE`, as agency staff run it, needs no parsing (see `CheckRequest.plain`).
            if let request = CheckRequest.plain(CommandLine.arguments.dropFirst()) {
                try request.run()
            } else {
                var command = try DGLint.parseAsRoot()
                try command.run()
            }
        } catch let exit as ExitCode {
            Output.flush()
            Output.exit(exit.rawValue)
        } catch {
            Output.flush()
            let code = DGLint.exitCode(for: error)
            let message = DGLint.fullMessage(for: error)
            if code == .success {
                Output.standardOutput(message + "\n")
                Output.exit(0)
            }
            Output.standardError(message + "\n")
            // Usage errors exit 2, like configuration and pack errors (ArgumentParser's default is 64).
            Output.exit(code == .validationFailure ? 2 : code.rawValue)
        }
        Output.flush()
    }
}
