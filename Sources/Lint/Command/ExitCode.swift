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
    var message: String
    init(_ message: String) { self.message = message }
}
