/// The table openings the nomenclature rules' examples share, so that each example shows only its rows.
enum NomenclatureExamples {
    /// Bekasi's programme table (Tabel 4.2, one row per line, tab-separated) for two plan years, with `rows`
    /// under its header and `title` lines (the document's title or agency) above it.
    static func bekasiTable(_ rows: String, title: String? = nil, years: (Int, Int) = (2025, 2026)) -> String {
        (title.map { $0 + "\n\n" } ?? "") + """
        Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

        BIDANG URUSAN/PROGRAM/KEGIATAN/SUBKEGIATAN\tINDIKATOR\tBASE LINE \(years.0 - 1)\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN
        \t\t\t\t\(years.0)\t\t\(years.1)\t
        \t\t\t\tT\tPAGU\tT\tPAGU

        """ + rows
    }

    /// A table with a code column (as Semarang prints one) for two plan years, with `rows` under its header.
    static func codedTable(_ rows: String, years: (Int, Int)) -> String {
        """
        Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\t\(years.0)\t\t\(years.1)\t
        \t\t\tTarget\t(Rp)\tTarget\t(Rp)

        """ + rows
    }
}
