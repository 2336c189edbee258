import Foundation

/// The real documents from other regions kept beside the repository in `../shared/external/` (or where
/// `RENSTRA_LINT_EXTERNAL` points). They are not part of the repository: tests that read them are
/// enabled only where the folder exists.
public enum ExternalDocuments {
    public static let folder: String = {
        if let override = ProcessInfo.processInfo.environment["RENSTRA_LINT_EXTERNAL"], !override.isEmpty { return override }
        return URL(fileURLWithPath: Corpus.root).deletingLastPathComponent().appendingPathComponent("shared/external").path
    }()

    public static var available: Bool {
        FileManager.default.fileExists(atPath: folder + "/jember_dpmptsp_renstra-2021-2026.txt")
    }

    /// The reason shown when the tests are skipped.
    public static let absence = "../shared/external is absent (set RENSTRA_LINT_EXTERNAL to its folder to run these tests)"

    public static func path(_ name: String) -> String { folder + "/" + name }
}
