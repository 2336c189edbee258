/// Text in the two languages the tool speaks: Indonesian (default) and English.
public struct Localized: Sendable, Hashable, Codable {
    public var id: String
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .en ? en : id }
}

public enum Language: String, Sendable, CaseIterable {
    case id
    case en
}
