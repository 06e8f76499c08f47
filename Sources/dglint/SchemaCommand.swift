import ArgumentParser
import DGLintKit
import DGLintModel
import DGLintSchema
import DGLintYAML

/// `dglint schema`: prints the proposal schema; `dglint schema check` validates documents against a schema.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the proposal JSON Schema (for editors), or check documents against a schema.",
        subcommands: [Print.self, Check.self], defaultSubcommand: Print.self)

    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "print", abstract: "Print the proposal JSON Schema (draft 2020-12).")

        func run() throws {
            let path = try ProposalFiles.path("proposal.schema.json")
            do {
                Output.standardOutput(String(decoding: try FileOutput.read(path, limit: 16 << 20), as: UTF8.self))
            } catch {
                Output.standardError("dglint: \(error)\n")
                throw ExitCode(2)
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract:
                "Validate documents against a JSON Schema (draft 2020-12); a JSON array, one object per document.",
            discussion: "Exit status: 0 when every document is valid, 1 when any is not, 2 for an invalid schema.")

        @Option(
            help: ArgumentHelp(
                "The schema file (JSON or YAML); $ref to other local files beside it.", valueName: "file"))
        var schema: String

        @Argument(help: ArgumentHelp("The documents to check.", valueName: "doc"))
        var documents: [String]

        @Flag(name: .customLong("assert-format"), help: "Check `format` (date, email, uri, …) too.")
        var assertFormat = false

        @Option(
            name: .customLong("map"),
            help: ArgumentHelp(
                "Serve schemas whose URI starts with PREFIX from the local folder DIR (repeatable); nothing is ever "
                    + "fetched from the network.", valueName: "prefix=dir"))
        var maps: [String] = []

        func validate() throws {
            for entry in maps where !entry.contains("=") {
                throw ValidationError(
                    "--map takes PREFIX=DIR, such as --map https://example.go.th/schemas/=schemas; got '\(entry)'")
            }
        }

        func run() throws {
            let compiled = try compileSchema()
            var results: [Value] = []
            var allValid = true
            for file in documents {
                var errors: [Value] = []
                let loaded: [LoadedDocument]
                do {
                    loaded = try YAMLLoader().load(try FileOutput.read(file, limit: 16 << 20), file: file)
                } catch {
                    allValid = false
                    results.append([
                        "file": .string(file), "valid": false, "errors": [["message": .string("\(error)")]],
                    ])
                    continue
                }
                for document in loaded {
                    for violation in compiled.validate(document.value) {
                        let range = document.sourceMap.range(at: violation.instancePath, in: document.value)
                        errors.append([
                            "instancePath": .string(PathFormat.pointer(violation.instancePath)),
                            "keywordPath": .string(violation.keywordPath),
                            "message": .string(violation.message.en),
                            "line": range.map { .int($0.start.line) } ?? .null,
                            "column": range.map { .int($0.start.column) } ?? .null,
                        ])
                    }
                }
                if !errors.isEmpty { allValid = false }
                results.append(["file": .string(file), "valid": .bool(errors.isEmpty), "errors": .array(errors)])
            }
            Output.standardOutput(Value.array(results).jsonText(pretty: true) + "\n")
            if !allValid { throw ExitCode(1) }
        }

        private func compileSchema() throws -> JSONSchema {
            let value: Value
            do {
                value =
                    try YAMLLoader().load(try FileOutput.read(schema, limit: 16 << 20), file: schema).first?.value
                    ?? .null
            } catch {
                Output.standardError("dglint: the schema \(schema) cannot be read: \(error)\n")
                throw ExitCode(2)
            }
            let folder = schema.contains("/") ? String(schema[..<(schema.lastIndex(of: "/") ?? schema.endIndex)]) : "."
            let mapped: [(prefix: String, folder: String)] = maps.compactMap { entry in
                guard let equals = entry.firstIndex(of: "=") else { return nil }
                return (String(entry[..<equals]), String(entry[entry.index(after: equals)...]))
            }
            let loader: @Sendable (String) -> Value? = { uri in
                var path: String?
                if uri.hasPrefix("file://") { path = String(uri.dropFirst("file://".count)) }
                for (prefix, folder) in mapped where uri.hasPrefix(prefix) {
                    let rest = uri.dropFirst(prefix.count)
                    guard !rest.split(separator: "/").contains("..") else { return nil }
                    path = FileOutput.join(folder, String(rest))
                }
                guard let path else { return nil }
                return (try? FileOutput.read(path, limit: 16 << 20)).flatMap {
                    try? YAMLLoader().load($0, file: path).first?.value
                }
            }
            do throws(SchemaError) {
                return try JSONSchema.compile(
                    value, uri: "file://" + (FileOutput.absolutePath(schema) ?? FileOutput.join(folder, schema)),
                    loader: loader, options: SchemaOptions(assertFormat: assertFormat))
            } catch {
                Output.standardError(
                    "dglint: the schema \(schema) is not valid: \(error.message) (at \(error.schemaPath))\n")
                throw ExitCode(2)
            }
        }
    }
}

/// Files of the built-in proposal pack: the schema and the templates.
enum ProposalFiles {
    static func path(_ name: String) throws -> String {
        guard let rules = BuiltinRules.locate() else {
            Output.standardError("dglint: the built-in rules folder was not found beside the dglint executable\n")
            throw ExitCode(2)
        }
        return rules + "/proposal/" + name
    }
}
