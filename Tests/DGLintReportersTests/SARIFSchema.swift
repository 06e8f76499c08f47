import Foundation

/// Validates SARIF files against the OASIS schema with Python's `jsonschema`, until DGLintSchema lands.
///
/// The schema is `../shared/conformance/sarif/sarif-schema-2.1.0.json` beside the repository. It declares
/// draft-04, so the validator class is chosen from its `$schema` (`validator_for`) rather than assumed.
enum SARIFSchema {
    /// The schema file.
    static let url = goldenURL("../../../../shared/conformance/sarif/sarif-schema-2.1.0.json")

    /// Why validation cannot run here, or nil when python3, jsonschema and the schema are all present.
    static let unavailable: String? = {
        guard FileManager.default.fileExists(atPath: url.path) else { return "no schema at \(url.path)" }
        guard let result = python(["-c", "import jsonschema"]), result.status == 0 else {
            return "python3 with the jsonschema module is not installed"
        }
        return nil
    }()

    static let script = """
        import json, sys
        import jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
        errors = 0
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                errors += 1
                print(path, "/".join(map(str, error.absolute_path)), error.message)
        print(cls.__name__, len(sys.argv) - 2, "files", errors, "errors")
        sys.exit(1 if errors else 0)
        """

    /// Validates `files`; the exit status is 0 when all are valid, and the output names each error.
    static func validate(_ files: [URL]) -> (status: Int32, output: String)? {
        python(["-c", script, url.path] + files.map(\.path))
    }

    /// Runs `python3` with `arguments`, or nil when it cannot be started.
    static func python(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
