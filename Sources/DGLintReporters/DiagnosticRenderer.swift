public import DGLintModel

/// Renders a ``Diagnostic`` (a problem with a pack, a configuration, a query) the way compilers do:
/// `file:line:col: severity: message`, the source line with a caret, then its notes.
public enum DiagnosticRenderer {
    /// The diagnostic as text ending in a newline; `source` is the text of its file, when readable.
    public static func render(_ diagnostic: Diagnostic, source: String?, color: Bool) -> String {
        let style = TextReporter.style(diagnostic.severity)
        var text = ""
        if let location = diagnostic.location {
            text += ANSIStyle.bold.apply(TerminalText.line(location.description) + ":", enabled: color) + " "
        }
        text += style.word.apply(diagnostic.severity.rawValue + ":", enabled: color) + " "
        text += TerminalText.line(diagnostic.message) + "\n"
        if let range = diagnostic.location?.range, let source,
            let snippet = SourceSnippet(range, in: SourceLines(source))
        {
            let reporter = TextReporter(options: ReportOptions(color: color))
            text += reporter.snippetLines(snippet, line: range.start.line, severity: diagnostic.severity)
        }
        for note in diagnostic.notes {
            if let location = note.location { text += TerminalText.line(location.description) + ": " }
            text += ANSIStyle.grey.apply("note:", enabled: color) + " " + TerminalText.line(note.message) + "\n"
        }
        return text
    }
}
