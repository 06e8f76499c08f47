/// A one-line progress bar on standard error for long runs at a terminal: done/total, rate and time left.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    private var done = 0
    private var shown = false
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
        start = clock.now
        lastDraw = start
    }

    /// Counts one more file done and redraws, at most ten times a second.
    mutating func advance() {
        done += 1
        guard enabled else { return }
        let now = clock.now
        guard done == total || now - lastDraw >= .milliseconds(100) else { return }
        lastDraw = now
        let seconds = max(Self.seconds(now - start), 0.001)
        let rate = Double(done) / seconds
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Output.standardError("\r\(bar) \(done)/\(total)  \(Int(rate)) files/s  \(Self.duration(left)) left ")
        shown = true
    }

    /// Removes the bar so other output starts on a clean line.
    mutating func clear() {
        guard shown else { return }
        Output.standardError("\r\u{1B}[2K")
        shown = false
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
    }
}
