/// The languages dglint speaks.
public enum Language: String, Sendable, CaseIterable, Codable {
    case th, en

    /// The language a `LANG`-style locale names (`en_US.UTF-8` → `.en`), or nil when it is neither.
    public init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: code) else { return nil }
        self = language
    }
}

/// A text given in Thai and in English.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var th: String
    public var en: String

    public init(th: String, en: String) {
        self.th = th
        self.en = en
    }

    /// The same text in both languages (for names, numbers and other untranslated strings).
    public init(_ both: String) {
        self.init(th: both, en: both)
    }

    /// The text in `language`, falling back to the other language when it is empty.
    public func text(_ language: Language) -> String {
        switch language {
        case .th: th.isEmpty ? en : th
        case .en: en.isEmpty ? th : en
        }
    }

    /// Applies `transform` to both languages.
    public func map(_ transform: (String, Language) -> String) -> LocalizedText {
        LocalizedText(th: transform(th, .th), en: transform(en, .en))
    }
}
