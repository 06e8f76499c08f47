import DGLintEngine
import DGLintModel

/// The text reporter's own sentences, in Thai and in English.
struct TextWording {
    var language: Language

    init(_ language: Language) {
        self.language = language
    }

    /// The note on a finding in a later document of a stream; `index` is 0-based, people count from 1.
    func document(_ index: Int) -> String {
        switch language {
        case .en: "(document \(index + 1))"
        case .th: "(เอกสารที่ \(index + 1))"
        }
    }

    /// The note on a waived finding.
    func waived(_ reason: String) -> String {
        switch language {
        case .en: "(waived: \(reason))"
        case .th: "(ได้รับการยกเว้น: \(reason))"
        }
    }

    /// The note on a finding in the baseline.
    var baselined: String {
        switch language {
        case .en: "(baselined)"
        case .th: "(อยู่ใน baseline)"
        }
    }

    /// The closing line: files checked, active findings by severity, the files they are in, then waived
    /// and baselined counts and the time taken when there are any.
    ///
    /// English: `3 files checked: 2 errors, 1 warning, 0 info in 2 files; 1 waived (0.25 s)`.
    /// Thai: `ตรวจ 3 ไฟล์: ข้อผิดพลาด 2, คำเตือน 1, ข้อมูล 0 ใน 2 ไฟล์; ได้รับการยกเว้น 1 (0.25 วินาที)`.
    /// Hints are counted only when there are some.
    func summary(_ summary: RunSummary, filesWithFindings: Int) -> String {
        func count(_ severity: Severity) -> Int { summary.bySeverity[severity] ?? 0 }
        var severities: [Severity] = [.error, .warning, .info]
        if count(.hint) > 0 { severities.append(.hint) }
        var extras: [String] = []
        var text: String
        switch language {
        case .en:
            let counts = severities.map { severity in
                let n = count(severity)
                return severity == .info ? "\(n) info" : plural(n, severity.rawValue)
            }
            text = "\(plural(summary.files, "file")) checked: " + counts.joined(separator: ", ")
            text += " in " + plural(filesWithFindings, "file")
            if summary.waived > 0 { extras.append("\(summary.waived) waived") }
            if summary.baselined > 0 { extras.append("\(summary.baselined) baselined") }
            if summary.baselineGone > 0 {
                extras.append("\(plural(summary.baselineGone, "baselined finding")) gone")
            }
        case .th:
            let counts = severities.map { "\($0.name(in: .th)) \(count($0))" }
            text = "ตรวจ \(summary.files) ไฟล์: " + counts.joined(separator: ", ") + " ใน \(filesWithFindings) ไฟล์"
            if summary.waived > 0 { extras.append("ได้รับการยกเว้น \(summary.waived)") }
            if summary.baselined > 0 { extras.append("อยู่ใน baseline \(summary.baselined)") }
            if summary.baselineGone > 0 { extras.append("แก้ไขแล้วจาก baseline \(summary.baselineGone)") }
        }
        if !extras.isEmpty { text += "; " + extras.joined(separator: ", ") }
        if let seconds = summary.seconds {
            text += " (" + Self.seconds(seconds) + (language == .en ? " s)" : " วินาที)")
        }
        return text
    }

    /// The second closing line when findings come from several packs, most first:
    /// `by pack: cybersecurity 4, proposal 3`.
    func byPack(_ summary: RunSummary) -> String {
        let counts = summary.byPack.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return (language == .en ? "by pack: " : "แยกตามชุดกฎ: ") + counts
    }

    private func plural(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)" + (n == 1 ? "" : "s")
    }

    /// `seconds` rounded to hundredths, always with two decimals: `0.25`, `12.00`.
    static func seconds(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0, seconds < 1e12 else { return "0.00" }
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
