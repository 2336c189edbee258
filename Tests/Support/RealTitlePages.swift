/// Title pages copied from real documents, for tests of what a document says it is and of text that
/// refers to its plan.
public enum RealTitlePage {
    /// Renstra DPMPTSP Jember 2021–2026 (`pdftotext -layout`, lines 1–9 and the foreword's heading): a
    /// logo's column beside the agency name.
    public static let jember = """
            Dinas Penanaman Modal dan
     LOGO   Pelayanan Terpadu Satu Pintu
            Kabupaten Jember

    Rencana Strategis (Renstra)
    Perangkat Daerah
    Tahun 2021 - 2026

                             KATA PENGANTAR

    """
}
