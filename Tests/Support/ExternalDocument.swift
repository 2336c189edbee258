import Foundation
import Ingest

/// Real documents from other regions, kept beside the repository in `../shared/external/` (not in it:
/// they are not ours to redistribute). Tests that read them are skipped where the folder is absent.
public enum ExternalDocument: String, CaseIterable, Sendable {
    case jemberLayout = "jember_dpmptsp_renstra-2021-2026.txt"
    case jemberReadingOrder = "jember_dpmptsp_renstra-2021-2026.raw-order.txt"
    case jemberPDF = "pdf/jember_dpmptsp_renstra-2021-2026.pdf"
    case semarangSatpolLayout = "semarang_satpolpp_renstra-2021-2026.txt"
    case semarangSatpolReadingOrder = "semarang_satpolpp_renstra-2021-2026.raw-order.txt"
    case cianjurLayout = "cianjur_dkp_renstra-2011-2016.txt"
    case jakartaRPJMD = "dki-jakarta_pemprov_rpjmd-2025-2029.md"
    case jakartaRPJPD = "dki-jakarta_pemprov_rpjpd-2025-2045.md"
    case jakartaPerda = "dki-jakarta_pemprov_perda-rpjmd-2025-2029.md"
    case yogyakartaSIPD = "diy_sipd_renstra-subkegiatan-kab-kota-2025-2029.csv"

    public static let folder = Corpus.root + "/../shared/external"

    /// Whether the shared folder of external documents is present on this machine.
    public static let isAvailable = FileManager.default.fileExists(atPath: folder + "/README.md")

    /// Why the tests that need the folder did not run.
    public static let absence = "../shared/external is absent: tests on other regions' documents are skipped"

    public var path: String { Self.folder + "/" + rawValue }

    /// The ingested document, read once per test process.
    public var document: RenstraDocument { DocumentCache.shared.document(at: path) }
}
