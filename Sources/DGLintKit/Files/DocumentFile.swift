import DGLintEngine
import DGLintModel
import DGLintYAML

/// Reads a YAML or JSON file that holds one settings document (a configuration, a baseline), with every
/// problem as a positioned diagnostic.
enum DocumentFile {
    /// The file's first document, or nil when it holds none.
    /// - Parameter unreadable: the sentence for a file that cannot be read.
    static func first(
        _ path: String, limit: Int, code: String, unreadable: (FileError) -> String
    ) throws(DiagnosticList) -> SourceDocument? {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path, limit: limit)
        } catch {
            throw DiagnosticList([
                Diagnostic(code: code, message: unreadable(error), location: SourceLocation(file: path, range: nil))
            ])
        }
        let documents: [LoadedDocument]
        do {
            documents = try YAMLLoader(limits: .init(maxFileSize: limit)).load(bytes, file: path)
        } catch {
            throw DiagnosticList([error])
        }
        return documents.first.map { SourceDocument(file: path, value: $0.value, sourceMap: $0.sourceMap) }
    }
}
