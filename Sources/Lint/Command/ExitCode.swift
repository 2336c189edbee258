import Rules

/// Exit statuses, as linters use them.
enum ExitCode {
    /// Nothing at or above the failing severity.
    static let clean: Int32 = 0
    /// Findings at or above the failing severity.
    static let findings: Int32 = 1
    /// Usage or input error: the tool could not do its job.
    static let failure: Int32 = 2
}

/// A usage or input problem reported as one line on standard error with exit status 2.
struct UsageError: Error, Equatable {
    var message: Localized
    /// Whether the line ends with a pointer to `--help` (for command-line mistakes, not for bad files).
    var showsUsageHint: Bool

    init(id: String, en: String, showsUsageHint: Bool = true) {
        message = Localized(id: id, en: en)
        self.showsUsageHint = showsUsageHint
    }

    /// A problem with a file the user named (configuration, baseline, output): no usage hint.
    static func file(id: String, en: String) -> UsageError { UsageError(id: id, en: en, showsUsageHint: false) }
}
