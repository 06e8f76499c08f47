import DGLintKit
import DGLintModel
import DGLintReporters

/// Prints pack, configuration and usage diagnostics to standard error, each with its source line and a
/// caret where the file can be read.
enum DiagnosticOutput {
    /// - Parameter trailer: whether to close with the count of errors that stopped the command.
    static func print(_ diagnostics: [Diagnostic], trailer: Bool = true) {
        guard !diagnostics.isEmpty else { return }
        let color = Output.isTerminal(2) && Environment.value("NO_COLOR") == nil
        var sources: [String: String?] = [:]
        var text = ""
        for diagnostic in diagnostics {
            let file = diagnostic.location?.file
            if let file, sources[file] == nil {
                sources[file] = (try? FileOutput.read(file, limit: 16 << 20)).flatMap {
                    String(validating: $0, as: UTF8.self)
                }
            }
            let source = file.flatMap { sources[$0] ?? nil }
            text += DiagnosticRenderer.render(diagnostic, source: source, color: color)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0, trailer {
            text += "dglint: stopped by \(errors) error\(errors == 1 ? "" : "s") above.\n"
        }
        Output.standardError(text)
    }
}
