public import DGLintEngine
public import DGLintModel
import DGLintYAML

extension Linter {
    /// Checks one input: reads it, parses every document and evaluates the packs. Never throws: a file that
    /// cannot be read or parsed is a finding of its own.
    public func check(_ input: InputCollector.Input) throws(DiagnosticList) -> FileReport {
        switch input {
        case .unreadable(let path, let reason):
            return FileReport(
                file: path,
                findings: [CoreRules.fileFinding(CoreRules.unreadable, file: path, detail: reason, range: nil)],
                source: nil, timings: unread(reading: 0))
        case .file(let path):
            var watch = options.measureTimings ? Stopwatch() : nil
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.read(path, limit: options.limits.maxFileSize)
            } catch {
                return FileReport(
                    file: path,
                    findings: [
                        CoreRules.fileFinding(CoreRules.unreadable, file: path, detail: error.reason, range: nil)
                    ],
                    source: nil, timings: unread(reading: watch?.lap() ?? 0))
            }
            let reading = watch?.lap()
            var report = check(bytes: bytes, file: path, evaluator: try evaluator(for: path))
            if let reading { report.timings?.reading += reading }
            return report
        }
    }

    /// The timings of a file that could not be read, when measuring: it counts among the files, with the time
    /// spent trying.
    private func unread(reading: UInt64) -> CheckTimings? {
        guard options.measureTimings else { return nil }
        var timings = CheckTimings()
        timings.files = 1
        timings.reading = reading
        return timings
    }

    /// Checks text that did not come from a file of its own (standard input, tests, an editor buffer).
    public func check(text: String, file: String) -> FileReport {
        check(bytes: Array(text.utf8), file: file, evaluator: defaultEvaluator)
    }

    func check(bytes: [UInt8], file: String, evaluator: Evaluator) -> FileReport {
        var timings = options.measureTimings ? CheckTimings() : nil
        var watch = options.measureTimings ? Stopwatch() : nil
        timings?.files = 1
        // The text is made only for a file with findings, whose lines reporters quote: for every file, checking
        // its UTF-8 and copying it cost 2 % of checking a proposal, and most files pass. UTF-16 is quoted as the
        // UTF-8 it was converted to, which is what the positions describe.
        var source: String? { YAMLLoader.text(of: bytes) }
        let documents: [LoadedDocument]
        do {
            documents = try YAMLLoader(limits: options.limits).load(bytes, file: file)
            if let lap = watch?.lap() { timings?.parsing = lap }
        } catch {
            if let lap = watch?.lap() { timings?.parsing = lap }
            let detail = error.text.map { text, language in
                error.notes.reduce(into: text) { text, note in
                    let location = note.location.map { language == .th ? " ที่ \($0)" : " at \($0)" } ?? ""
                    text += " (\(note.text.text(language))\(location))"
                }
            }
            let finding = CoreRules.fileFinding(
                CoreRules.syntax, file: file, detail: detail, range: error.location?.range)
            return FileReport(file: file, findings: [finding], source: source, timings: timings)
        }
        guard !documents.isEmpty else {
            let finding = CoreRules.fileFinding(
                CoreRules.empty, file: file,
                detail: LocalizedText(th: "ไม่มีเอกสาร YAML หรือ JSON อยู่ในไฟล์", en: "it holds no YAML or JSON document"),
                range: nil)
            return FileReport(file: file, findings: [finding], source: source, timings: timings)
        }
        var findings: [Finding] = []
        for document in documents {
            findings += evaluator.check(
                SourceDocument(file: file, index: document.index, value: document.value, sourceMap: document.sourceMap),
                timings: &timings)
        }
        return FileReport(file: file, findings: findings, source: findings.isEmpty ? nil : source, timings: timings)
    }
}
