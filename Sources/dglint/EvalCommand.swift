import ArgumentParser
import DGLintExpression
import DGLintJSONPath
import DGLintKit
import DGLintModel
import DGLintReporters
import DGLintYAML

/// `dglint eval`: evaluates an expression exactly as rules do and prints the value.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Print the value of an expression (CEL, see docs/expressions.md) over a YAML or JSON file.",
        discussion: """
            Without --at, `self` and `root` are the whole document and the value is printed as JSON. With --at, \
            `self` is each node the JSONPath selects, and a JSON array gives one {"path", "value"} (or \
            {"path", "error"}) per node. Exit status: 0, 1 when an evaluation fails, 2 for an invalid expression, \
            JSONPath or file. Put `--` before an expression that starts with `-`: dglint eval -- '-self.x' f.yaml.
            """)

    @Argument(
        help: ArgumentHelp("The expression, such as 'sum(self.budget.items.map(i, i.amount))'.", valueName: "expr"))
    var expression: String

    @Argument(help: ArgumentHelp("The YAML or JSON file; - for standard input.", valueName: "file"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "Evaluate once for each node this JSONPath selects, with `self` bound to it.", valueName: "jsonpath"))
    var at: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let compiled: DGLintExpression.Expression
        do throws(ExpressionError) {
            compiled = try DGLintExpression.Expression.compile(expression)
        } catch {
            Output.standardError(Caret.describe("invalid expression", error.message, at: error.offset, in: expression))
            throw ExitCode(2)
        }
        var query: JSONPathQuery?
        if let at {
            do throws(JSONPathError) {
                query = try JSONPathQuery.parse(at)
            } catch {
                Output.standardError(Caret.describe("invalid JSONPath", error.message, at: error.offset, in: at))
                throw ExitCode(2)
            }
        }
        let root = try InputDocument.read(file)
        let lang = language.resolve(configured: nil)
        guard let query else {
            switch compiled.evaluate(current: root, root: root) {
            case .success(let value):
                Output.standardOutput(value.json.jsonText(pretty: true) + "\n")
            case .failure(let failure):
                Output.standardError("dglint: \(failure.message.text(lang))\n")
                throw ExitCode(1)
            }
            return
        }
        var results: [Value] = []
        var failed = false
        for node in query.select(root) {
            let path = Value.string(PathFormat.normalized(node.path))
            switch compiled.evaluate(current: node.value, root: root) {
            case .success(let value): results.append(["path": path, "value": value.json])
            case .failure(let failure):
                failed = true
                results.append(["path": path, "error": .string(failure.message.text(lang))])
            }
        }
        Output.standardOutput(Value.array(results).jsonText(pretty: true) + "\n")
        if failed { throw ExitCode(1) }
    }
}

/// Reads the one document `dglint query` and `dglint eval` work on.
enum InputDocument {
    static func read(_ file: String) throws -> Value {
        let bytes: [UInt8]
        do {
            bytes =
                file == "-"
                ? StandardInput.readAll() : try FileOutput.read(file, limit: YAMLLoader.Limits().maxFileSize)
        } catch {
            Output.standardError("dglint: \(error)\n")
            throw ExitCode(2)
        }
        do throws(Diagnostic) {
            return try YAMLLoader().load(bytes, file: file == "-" ? "<stdin>" : file).first?.value ?? .null
        } catch {
            DiagnosticOutput.print([error])
            throw ExitCode(2)
        }
    }
}

/// An error inside a one-line expression, with the text and a caret under the offending character.
enum Caret {
    static func describe(_ what: String, _ message: String, at offset: Int, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars.prefix(max(0, min(offset, scalars.count)))))
        let pad = String(repeating: " ", count: DisplayWidth.of(before))
        return "dglint: \(what): \(message) (at column \(offset + 1))\n  \(text)\n  \(pad)^\n"
    }
}
