import Ingest

/// One inconsistency found in a document, pointing at real lines of the input file.
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    public var family: RuleFamily
    public var severity: Severity
    /// The input file path as given on the command line.
    public var file: String
    public var line: Int
    public var endLine: Int
    /// The page `line` is printed on, for text extracted from a PDF (or any text with form feeds); set by
    /// `RuleRunner` from the document's page breaks.
    public var page: Int?
    /// The label of the table concerned (`Tabel 4.2`), when the finding is about a table.
    public var table: String?
    /// Both languages, unless a runner told the report's language has kept that one alone
    /// (`RuleRunner.reportLanguage`): then only `message.text(thatLanguage)` is meaningful.
    public var message: Localized
    /// The value the document's own figures imply, in Indonesian (numbers in Indonesian format).
    public var expected: String?
    /// The value the document states, in Indonesian.
    public var found: String?
    /// `expected` in English where the wording differs (numbers in English format: `1,234.5`); nil when
    /// `expected` reads the same in both languages.
    public var expectedInEnglish: String?
    /// `found` in English where the wording differs; nil when `found` serves both languages.
    public var foundInEnglish: String?
    /// Line-independent words that identify the finding across edits (row name, year, column…),
    /// used with the rule and table for baseline fingerprints.
    public var subject: String
    /// For a finding that compares two documents (a performance tree and its Renstra): the place in the
    /// other document it is about, so that a report names both.
    public var placeInOtherDocument: DocumentPlace?
    /// The cells and places the finding rests on (see `Evidence`), in the order the rule names them.
    public var evidence: [Evidence] = []

    public init(ruleID: String, family: RuleFamily, severity: Severity, file: String, line: Int, endLine: Int? = nil,
                table: String? = nil, message: Localized, expected: String? = nil, found: String? = nil, subject: String) {
        self.ruleID = ruleID
        self.family = family
        self.severity = severity
        self.file = file
        self.line = line
        self.endLine = max(line, endLine ?? line)
        self.table = table
        self.message = message
        self.expected = expected
        self.found = found
        self.subject = subject
    }

    /// A finding whose expected and found values read differently in the two languages (numbers, above all).
    public init(ruleID: String, family: RuleFamily, severity: Severity, file: String, line: Int, endLine: Int? = nil,
                table: String? = nil, message: Localized, expected: Localized?, found: Localized?, subject: String) {
        self.init(ruleID: ruleID, family: family, severity: severity, file: file, line: line, endLine: endLine, table: table,
                  message: message, expected: expected?.id, found: found?.id, subject: subject)
        expectedInEnglish = expected.flatMap { $0.en == $0.id ? nil : $0.en }
        foundInEnglish = found.flatMap { $0.en == $0.id ? nil : $0.en }
    }

    /// The expected value in `language`.
    public func expected(in language: Language) -> String? { language == .en ? expectedInEnglish ?? expected : expected }

    /// The found value in `language`.
    public func found(in language: Language) -> String? { language == .en ? foundInEnglish ?? found : found }

    /// Keeps the message in `language` alone, as the text of both: the other language's text is dropped.
    public mutating func keepMessage(in language: Language) {
        let text = message.text(language)
        message = Localized(id: text, en: text)
    }
}

/// A line of another input file, named by a finding that compares two documents.
public struct DocumentPlace: Sendable, Hashable {
    /// The file path as given on the command line (or to `--with`).
    public var file: String
    public var line: Int
    /// The page of `line`, for text extracted from a PDF.
    public var page: Int?

    public init(file: String, line: Int, page: Int? = nil) {
        self.file = file
        self.line = line
        self.page = page
    }
}
