import Ingest
import Rules

/// A usage or input problem the tool cannot work around: the command prints it as one line on standard
/// error and exits with status 2. The library only throws it; it never prints.
public struct UsageError: Error, Equatable {
    public var message: Localized
    /// Whether the line ends with a pointer to `--help` (for command-line mistakes, not for bad files).
    public var showsUsageHint: Bool

    public init(id: String, en: String, showsUsageHint: Bool = true) {
        message = Localized(id: id, en: en)
        self.showsUsageHint = showsUsageHint
    }

    /// A problem with a file the user named (configuration, baseline, output): no usage hint.
    public static func file(id: String, en: String) -> UsageError { UsageError(id: id, en: en, showsUsageHint: false) }
}
