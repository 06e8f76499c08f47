/// How serious a finding is. Ordered: `hint < info < warning < error`.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case hint, info, warning, error

    private var rank: Int {
        switch self {
        case .hint: 0
        case .info: 1
        case .warning: 2
        case .error: 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The severity's name in `language`, for people.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.info, .en): "info"
        case (.hint, .en): "hint"
        case (.error, .th): "ข้อผิดพลาด"
        case (.warning, .th): "คำเตือน"
        case (.info, .th): "ข้อมูล"
        case (.hint, .th): "คำแนะนำ"
        }
    }
}
