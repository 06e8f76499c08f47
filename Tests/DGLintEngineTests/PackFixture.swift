import DGLintEngine
import DGLintFunctions
import DGLintModel
import DGLintTestSupport
import Testing

/// A YAML fixture parsed into the engine's ``SourceDocument``s; records a test issue when it is not valid YAML.
func sourceDocuments(_ text: String, file: String = "test.yaml") -> (documents: [SourceDocument], marks: MarkedText) {
    do {
        let fixture = try MarkedYAML(text, file: file)
        let documents = fixture.documents.map {
            SourceDocument(file: file, index: $0.index, value: $0.value, sourceMap: $0.sourceMap)
        }
        return (documents, fixture.marked)
    } catch {
        Issue.record("fixture \(file) is not valid YAML: \(error)")
        return ([], MarkedText(text))
    }
}

/// The outcome of decoding a pack fixture: the pack (nil on any error), every diagnostic, and the markers.
struct PackResult {
    var pack: Pack?
    var diagnostics: [Diagnostic]
    /// The markers of `pack.yaml`.
    var marks: MarkedText
    /// The markers of each included file, by file name.
    var includedMarks: [String: MarkedText]
    /// The patterns the decoder asked the include resolver for, in order.
    var resolved: [String]

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// Where the first error starts.
    var errorStart: SourcePosition? { errors.first?.location?.range?.start }
}

/// One file an include pattern resolves to.
struct IncludedFile {
    var name: String
    var text: String
}

/// Decodes a `pack.yaml` given inline (with `1️⃣` … markers) with the built-in functions.
///
/// - Parameters:
///   - includes: what each include pattern resolves to: files (with markers of their own), or a failure.
func decodePack(
    _ manifest: String, folderName: String = "demo", engineVersion: SemanticVersion = SemanticVersion(0, 1, 0),
    includes: [String: Result<[IncludedFile], PackDecoder.IncludeError>] = [:]
) -> PackResult {
    let (documents, marks) = sourceDocuments(manifest, file: "rules/\(folderName)/pack.yaml")
    var includedMarks: [String: MarkedText] = [:]
    var loaded: [String: Result<[SourceDocument], PackDecoder.IncludeError>] = [:]
    for (pattern, outcome) in includes {
        loaded[pattern] = outcome.map { files in
            files.flatMap { file in
                let (documents, marks) = sourceDocuments(file.text, file: file.name)
                includedMarks[file.name] = marks
                return documents
            }
        }
    }
    var resolved: [String] = []
    let decoder = PackDecoder(registry: BuiltinFunctions.registry, engineVersion: engineVersion)
    guard let manifestDocument = documents.first else {
        return PackResult(pack: nil, diagnostics: [], marks: marks, includedMarks: [:], resolved: [])
    }
    let result = decoder.decode(
        manifest: manifestDocument, folderName: folderName, folder: "rules/\(folderName)", digest: "0123abcd"
    ) { pattern in
        resolved.append(pattern)
        return loaded[pattern] ?? .failure(PackDecoder.IncludeError("no file matches it"))
    }
    return PackResult(
        pack: result.pack, diagnostics: result.diagnostics, marks: marks, includedMarks: includedMarks,
        resolved: resolved)
}

/// The head of a valid pack `demo` with one rule file's worth of room: append `rules:` and rules to it.
let packHead = """
    pack: demo
    version: 1.0.0
    title: {th: ทดสอบ, en: Demo}

    """

/// A minimal valid rule body, indented for a rule under `rules:`.
let validRule = """
        severity: error
        title: {th: ชื่อกฎ, en: A rule}
        evidence: inferred
        then: {field: name, function: defined}

    """
