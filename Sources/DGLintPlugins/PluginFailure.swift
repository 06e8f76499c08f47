import DGLintModel

/// Why a plugin could not answer a call. Every kind but ``error(_:)`` ends the plugin for the rest of the
/// run: it is killed, and each later call fails at once with the same failure.
public enum PluginFailure: Error, Sendable, Equatable {
    /// The program could not be started (not found, not executable, outside the pack folder).
    case startFailed(String)
    /// It started but its handshake was missing, late or wrong.
    case handshake(String)
    /// It did not answer within the timeout (seconds), and was killed.
    case timedOut(Double)
    /// It ended on its own: an exit status, or a signal.
    case ended(String)
    /// It wrote something that is not a reply of the protocol.
    case garbage(String)
    /// It answered the call with `{"error": …}`; the plugin keeps running.
    case error(String)

    /// Whether the plugin can take more calls after this failure.
    var isFatal: Bool {
        if case .error = self { false } else { true }
    }

    /// What went wrong, in Thai and English, without the function's name.
    var reason: LocalizedText {
        switch self {
        case .startFailed(let detail):
            LocalizedText(th: "เริ่มโปรแกรมไม่ได้ (\(detail))", en: "it could not be started (\(detail))")
        case .handshake(let detail):
            LocalizedText(th: "การตกลงโพรโทคอลล้มเหลว (\(detail))", en: "its handshake failed (\(detail))")
        case .timedOut(let seconds):
            LocalizedText(
                th: "ไม่ตอบภายใน \(Self.seconds(seconds)) วินาที จึงถูกหยุด",
                en: "it timed out after \(Self.seconds(seconds)) s and was stopped")
        case .ended(let detail):
            LocalizedText(th: "โปรแกรมจบการทำงานกลางคัน (\(detail))", en: "it \(detail)")
        case .garbage(let detail):
            LocalizedText(
                th: "ตอบกลับไม่ตรงโพรโทคอล (\(detail))", en: "it answered something that is not a reply (\(detail))")
        case .error(let detail):
            LocalizedText(th: "รายงานข้อผิดพลาด: \(detail)", en: "it reported an error: \(detail)")
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// A failure with what the plugin wrote on stderr just before, for messages.
struct PluginFailureReport: Error, Sendable, Equatable {
    var failure: PluginFailure
    /// The last few lines of the plugin's stderr (at most ``PluginConnection/stderrLimit`` bytes).
    var stderr: String

    /// The sentence a rule reports when its plugin function fails.
    func message(function: String, pack: String) -> LocalizedText {
        let reason = failure.reason
        let tail = stderr.trimmingSpaces
        let shownTail = tail.isEmpty ? nil : tail.split(separator: "\n").suffix(5).joined(separator: " | ")
        return LocalizedText(
            th: "ฟังก์ชันปลั๊กอิน '\(function)' ของชุดกฎ '\(pack)' ทำงานไม่สำเร็จ: \(reason.th)"
                + (shownTail.map { " — stderr: \($0)" } ?? ""),
            en: "the plugin function '\(function)' of pack '\(pack)' failed: \(reason.en)"
                + (shownTail.map { " — stderr: \($0)" } ?? ""))
    }
}
