public import ArgumentParser
import DGLintEngine
import DGLintFunctions
import DGLintKit
import DGLintModel
public import DGLintReporters

extension PacksCommand {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check packs as they load, and warn about what a pack should have before it is published.",
            discussion: "Exit status: 0 clean, 1 warnings with --strict, 2 errors.")

        @Argument(
            help: ArgumentHelp(
                "Pack folders, or folders of packs (default: every pack on the rules path).", valueName: "dir"))
        var folders: [String] = []

        @Flag(help: "Exit 1 when there are warnings.")
        var strict = false

        @OptionGroup var packOptions: PackOptions

        func run() throws {
            var options = packOptions.lintOptions
            options.rulesPath = folders.map(PackFolders.searchEntry) + options.rulesPath
            let packFolders = try PackFolders.resolve(folders, options: options)
            let diagnostics = PackValidator(options: options, registry: BuiltinFunctions.registry)
                .validate(packFolders: packFolders)
            DiagnosticOutput.print(diagnostics, trailer: false)
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            Output.standardOutput(
                "\(packFolders.count) pack\(packFolders.count == 1 ? "" : "s") validated: "
                    + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
            if errors > 0 { throw ExitCode(2) }
            if warnings > 0, strict { throw ExitCode(1) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a pack: version, digest, folder and rules.")

        @Argument(help: ArgumentHelp("The pack id.", valueName: "id"))
        var id: String

        @OptionGroup var packOptions: PackOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let linter = try packOptions.makeLinter()
            guard let pack = linter.ruleSet.packs.first(where: { $0.id == id }) else {
                let suggestion = Suggestion.didYouMean(id, among: linter.ruleSet.packs.map(\.id))
                DiagnosticOutput.print(
                    [Diagnostic(code: "packs.unknown", message: "no pack '\(id)' is loaded\(suggestion)")])
                throw ExitCode(2)
            }
            let writer = PackDocWriter(format: .text, language: language.resolve(configured: nil))
            Output.standardOutput(writer.page(PackDocuments.document(pack, tester: PackTester(linter: linter))))
        }
    }

    struct Doc: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "doc",
            abstract: "Write a documentation page per pack: every rule with its why, fix, references and examples.")

        @Argument(
            help: ArgumentHelp(
                "Pack folders, or folders of packs (default: every pack on the rules path).", valueName: "dir"))
        var folders: [String] = []

        @Option(help: ArgumentHelp("markdown or html (default: markdown).", valueName: "format"))
        var format: PackDocWriter.Format = .markdown

        @Option(
            help: ArgumentHelp("Write one file per pack into this folder instead of standard output.", valueName: "dir")
        )
        var output: String?

        @OptionGroup var packOptions: PackOptions
        @OptionGroup var language: LanguageOption

        func validate() throws {
            if format == .text { throw ValidationError("--format must be markdown or html") }
        }

        func run() throws {
            var options = packOptions
            options.rulesPath = folders.map(PackFolders.searchEntry) + options.rulesPath
            let packFolders = try PackFolders.resolve(folders, options: options.lintOptions)
            let linter = try options.makeLinter()
            let tester = PackTester(linter: linter)
            let writer = PackDocWriter(format: format, language: language.resolve(configured: nil))
            let packs = linter.ruleSet.packs.filter { packFolders.isEmpty || packFolders.contains($0.folder) }
            for pack in packs {
                let page = writer.page(PackDocuments.document(pack, tester: tester))
                if let output {
                    let name = "\(output)/\(pack.id).\(format == .html ? "html" : "md")"
                    do {
                        try FileOutput.makeFolder(output)
                        try FileOutput.write(page, to: name)
                    } catch {
                        DiagnosticOutput.print([Diagnostic(code: "doc.write", message: "\(error)")])
                        throw ExitCode(2)
                    }
                } else {
                    Output.standardOutput(page)
                }
            }
        }
    }
}

extension PackDocWriter.Format: ExpressibleByArgument {}
