/// Exit statuses, as linters use them.
enum ExitCode {
    /// Nothing at or above the failing severity.
    static let clean: Int32 = 0
    /// Findings at or above the failing severity.
    static let findings: Int32 = 1
    /// Usage or input error: the tool could not do its job.
    static let failure: Int32 = 2
}
