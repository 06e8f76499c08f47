import ArgumentParser
import DGLintEngine
import DGLintFunctions
import DGLintKit
import DGLintModel
import DGLintReporters

/// `dglint rules`: the rules of the loaded packs.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the rules of the loaded packs.",
        subcommands: [List.self, Explain.self, Functions.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List every rule: id, severity, pack and title.")

        @OptionGroup var packOptions: PackOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let linter = try packOptions.makeLinter()
            let lang = language.resolve(configured: nil)
            let rules = linter.ruleSet.rules
            let idWidth = rules.map(\.id.count).max() ?? 0
            let packWidth = rules.map(\.pack.count).max() ?? 0
            var text = ""
            for rule in rules {
                text +=
                    rule.id.padding(idWidth) + "  " + rule.severity.rawValue.padding(7) + "  "
                    + rule.pack.padding(packWidth) + "  " + rule.title.text(lang) + "\n"
            }
            let count = rules.count
            text += lang == .th ? "กฎทั้งหมด \(count) ข้อ\n" : "\(count) rule\(count == 1 ? "" : "s")\n"
            Output.standardOutput(text)
        }
    }
}

extension RulesCommand {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Everything about one rule: what it checks, why, how to fix it, its sources and examples.")

        @Argument(help: ArgumentHelp("The rule id, such as STRUCT-01.", valueName: "id"))
        var id: String

        @OptionGroup var packOptions: PackOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let linter = try packOptions.makeLinter()
            guard let rule = linter.ruleSet.rule(id.uppercased()),
                let pack = linter.ruleSet.packs.first(where: { $0.id == rule.pack })
            else {
                let suggestion = Suggestion.didYouMean(id, among: linter.ruleSet.rules.map(\.id))
                DiagnosticOutput.print([
                    Diagnostic(code: "rules.unknown", message: "no loaded pack defines the rule '\(id)'\(suggestion)")
                ])
                throw ExitCode(2)
            }
            let document = PackDocuments.document(pack, tester: PackTester(linter: linter))
            guard let ruleDocument = document.rules.first(where: { $0.rule.id == rule.id }) else { return }
            let writer = PackDocWriter(format: .text, language: language.resolve(configured: nil))
            Output.standardOutput(writer.rule(ruleDocument, in: pack.summary))
        }
    }

    struct Functions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "functions",
            abstract: "List the functions rules can call in `then`, with their options.")

        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.resolve(configured: nil)
            var text = ""
            for name in BuiltinFunctions.registry.names {
                guard let declaration = BuiltinFunctions.registry[name]?.declaration else { continue }
                text += name + "\n    " + declaration.summary.text(lang) + "\n"
                for option in declaration.options.properties {
                    text += "    with.\(option.name): \(option.type) — \(option.summary)\n"
                }
            }
            Output.standardOutput(text)
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
