import ArgumentParser
import DGLintEngine
import DGLintKit
import DGLintModel

/// `dglint packs`: the packs on the search path, and their tests.
struct PacksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs", abstract: "List and test rule packs.",
        subcommands: [List.self, Show.self, Validate.self, Test.self, Doc.self, New.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the packs: id, version, rules, where each came from.")

        @OptionGroup var packOptions: PackOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let linter = try packOptions.makeLinter(inspectPlugins: true)
            let lang = language.resolve(configured: nil)
            let packs = linter.ruleSet.packs
            let origins = PackOrigins(linter: linter)
            let idWidth = packs.map(\.id.count).max() ?? 0
            var text = ""
            for pack in packs {
                text +=
                    pack.id.padding(idWidth) + "  " + pack.version.description.padding(8) + "  "
                    + (pack.rules.count == 1 ? "1 rule" : "\(pack.rules.count) rules").padding(9) + "  "
                    + pack.title.text(lang) + "  (" + pack.folder + origins.describe(pack)
                    + ")\n"
            }
            for note in linter.notes where note.code == "pack.shadowed" { text += "note: \(note.message)\n" }
            Output.standardOutput(text)
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run the packs' tests (tests/*.test.yaml in each pack folder).",
            discussion: "Ends with the line 'N passed, M failed'; the exit status is 1 when any test fails.")

        @Argument(
            help: ArgumentHelp(
                "Pack folders, or folders of packs (default: every pack on the rules path).", valueName: "dir"))
        var folders: [String] = []

        @OptionGroup var packOptions: PackOptions

        func run() throws {
            var options = packOptions
            options.rulesPath = folders.map(PackFolders.searchEntry) + options.rulesPath
            let packFolders = try PackFolders.resolve(folders, options: options.lintOptions)
            let linter = try options.makeLinter()
            let tester = PackTester(linter: linter)
            let targets = packFolders
            let (outcomes, diagnostics) = tester.run(packFolders: targets)
            var text = ""
            for outcome in outcomes {
                text += (outcome.passed ? "PASS  " : "FAIL  ") + "\(outcome.pack): \(outcome.name)  (\(outcome.file))\n"
                for missing in outcome.missing {
                    text += "        - expected \(missing.rule) at \(missing.path), but it was not reported\n"
                }
                for extra in outcome.unexpected {
                    text += "        + reported \(extra.rule) at \(extra.path), which the test does not expect\n"
                }
            }
            Output.standardOutput(text)
            DiagnosticOutput.print(diagnostics, trailer: false)
            let errors = diagnostics.filter { $0.severity == .error }.count
            let passed = outcomes.filter(\.passed).count
            let failed = outcomes.count - passed + errors
            Output.standardOutput("\(passed) passed, \(failed) failed\n")
            if failed > 0 { throw ExitCode(1) }
        }
    }
}

/// Interprets the folders given to `packs test`, `validate` and `doc`: a pack folder, or a folder of packs.
enum PackFolders {
    /// The pack folders `folders` name, or every pack on the rules path when none is given; exits 2 for a
    /// folder that holds no pack.
    static func resolve(_ folders: [String], options: LintOptions) throws -> [String] {
        if folders.isEmpty {
            let searchPath = PackSearchPath(
                commandLine: options.rulesPath, environment: options.environmentRulesPath, builtin: options.builtinRules
            )
            return PackLocator.discover(searchPath).packs.map(\.folder)
        }
        var result: [String] = []
        for folder in folders {
            let found = expand(folder)
            if found.isEmpty {
                DiagnosticOutput.print(
                    [
                        Diagnostic(
                            code: "packs.no-pack",
                            message: "\(folder) holds no pack (no pack.yaml in it or in its sub-folders); "
                                + "give a pack folder or a folder of packs",
                            location: SourceLocation(file: folder, range: nil))
                    ], trailer: false)
                throw ExitCode(2)
            }
            result += found
        }
        return result
    }

    static func expand(_ folder: String) -> [String] {
        if fileExists(join(folder, "pack.yaml")) { return [trimmed(folder)] }
        return PackDirectory.subfolders(of: folder).filter { fileExists(join($0, "pack.yaml")) }
    }

    /// The rules-path entry that makes the packs in `folder` load first.
    static func searchEntry(_ folder: String) -> String { trimmed(folder) }

    static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }

    static func trimmed(_ folder: String) -> String {
        folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }

    static func fileExists(_ path: String) -> Bool { PackDirectory.isFile(path) }
}
