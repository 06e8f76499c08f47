public import DGLintEngine
public import DGLintModel

/// The `--timings` table: where the time of a run went, by phase, then the slowest rules first.
///
/// ```
/// Timings: 1000 files, 1000 documents; 1.57 s wall clock, 1.49 s measured.
/// phase                       time   share
/// reading files            32.9 ms   2.2 %
/// …
/// rule       pack            time  share  per document  findings
/// STRUCT-00  proposal     67.0 ms  4.5 %       67.0 µs         0
/// …
/// ```
///
/// Shares are of the measured time (every phase of every file together). With several jobs that is time
/// spent on all threads, so it can exceed the wall-clock time.
public enum TimingsTable {
    /// The table for `timings`; `wallSeconds` is the run's wall-clock time, `limit` how many rules are listed
    /// (the rest are summed on one line; by default every rule is listed).
    public static func render(
        _ timings: CheckTimings, wallSeconds: Double?, language: Language, limit: Int = .max
    )
        -> String
    {
        let words = Wording(language: language)
        let total = max(timings.total, 1)
        var lines = [words.heading(timings, wallSeconds: wallSeconds)]

        let phases: [(String, UInt64)] = [
            (words.reading, timings.reading), (words.parsing, timings.parsing),
            (words.packConditions, timings.packConditions), (words.rules, timings.ruleTotal),
            (words.waivers, timings.waivers),
        ]
        lines += table(
            header: [words.phase, words.time, words.share],
            rows: phases.map { [$0.0, duration($0.1), share($0.1, of: total)] },
            rightAligned: [1, 2])

        var folded = CheckTimings()
        folded.add(timings)
        let rules = folded.rules.sorted { ($1.nanoseconds, $0.rule) < ($0.nanoseconds, $1.rule) }
        guard !rules.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        let shown = rules.prefix(max(0, limit))
        lines.append("")
        lines += table(
            header: [words.rule, words.pack, words.time, words.share, words.perDocument, words.findings],
            rows: shown.map { time in
                [
                    time.rule, time.pack, duration(time.nanoseconds), share(time.nanoseconds, of: total),
                    duration(time.nanoseconds / UInt64(max(time.documents, 1))), String(time.findings),
                ]
            },
            rightAligned: [2, 3, 4, 5])
        let rest = rules.dropFirst(shown.count)
        if !rest.isEmpty {
            let nanoseconds = rest.reduce(0) { $0 + $1.nanoseconds }
            lines.append(words.more(rest.count, duration(nanoseconds), share(nanoseconds, of: total)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `nanoseconds` in the unit that keeps three or four significant figures: `850 ns`, `120.3 µs`,
    /// `12.3 ms`, `1.08 s`.
    static func duration(_ nanoseconds: UInt64) -> String {
        let value = Double(nanoseconds)
        switch value {
        case ..<1e3: return "\(nanoseconds) ns"
        case ..<1e6: return fixed(value / 1e3, decimals: 1) + " µs"
        case ..<1e9: return fixed(value / 1e6, decimals: 1) + " ms"
        default: return fixed(value / 1e9, decimals: 2) + " s"
        }
    }

    /// `part` as a percentage of `whole`, to one decimal: `11.4 %`.
    static func share(_ part: UInt64, of whole: UInt64) -> String {
        fixed(Double(part) * 100 / Double(max(whole, 1)), decimals: 1) + " %"
    }

    /// `value` rounded to `decimals` places, always with that many: `0.5` with 2 is `0.50`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite, value >= 0, value < 1e15 else { return "0" }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        guard decimals > 0 else { return String(scaled) }
        let fraction = String(scaled % scale)
        return "\(scaled / scale)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// Columns padded to their widest cell (by display width, so Thai headings line up), two spaces apart;
    /// the columns in `rightAligned` are padded on the left.
    static func table(header: [String], rows: [[String]], rightAligned: Set<Int>) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return all.map { row in
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                cells.append(rightAligned.contains(column) ? padding + cell : cell + padding)
            }
            var line = cells.joined(separator: "  ")
            while line.utf8.last == UInt8(ascii: " ") { line.removeLast() }
            return line
        }
    }

    /// The table's words in Thai and in English.
    struct Wording {
        var language: Language

        private func pick(_ th: String, _ en: String) -> String { language == .th ? th : en }

        func heading(_ timings: CheckTimings, wallSeconds: Double?) -> String {
            let measured = TimingsTable.duration(timings.total)
            let wall = wallSeconds.map { TimingsTable.duration(UInt64(max(0, $0) * 1e9)) }
            switch language {
            case .en:
                let files = "\(timings.files) file\(timings.files == 1 ? "" : "s")"
                let documents = "\(timings.documents) document\(timings.documents == 1 ? "" : "s")"
                return "Timings: \(files), \(documents); " + (wall.map { "\($0) wall clock, " } ?? "")
                    + "\(measured) measured."
            case .th:
                return "เวลาที่ใช้: \(timings.files) ไฟล์ \(timings.documents) เอกสาร; "
                    + (wall.map { "เวลาจริง \($0) " } ?? "") + "เวลาที่วัดได้ \(measured)"
            }
        }

        var phase: String { pick("ขั้นตอน", "phase") }
        var time: String { pick("เวลา", "time") }
        var share: String { pick("สัดส่วน", "share") }
        var rule: String { pick("กฎ", "rule") }
        var pack: String { pick("ชุดกฎ", "pack") }
        var perDocument: String { pick("ต่อเอกสาร", "per document") }
        var findings: String { pick("ปัญหาที่พบ", "findings") }
        var reading: String { pick("อ่านไฟล์", "reading files") }
        var parsing: String { pick("แยกวิเคราะห์ YAML และ JSON", "parsing YAML and JSON") }
        var packConditions: String { pick("เงื่อนไข when ของชุดกฎ", "pack conditions (when)") }
        var rules: String { pick("กฎ", "rules") }
        var waivers: String { pick("ข้อยกเว้นและการเรียงลำดับ", "waivers and ordering") }

        func more(_ count: Int, _ time: String, _ share: String) -> String {
            pick(
                "… อีก \(count) กฎ: \(time), \(share)", "… \(count) more rule\(count == 1 ? "" : "s"): \(time), \(share)"
            )
        }
    }
}
