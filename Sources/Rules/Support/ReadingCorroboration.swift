import Ingest

/// Whether a table's reading is trustworthy enough to report its arithmetic. Tables reconstructed from
/// the spacing of `pdftotext -layout` text may have a column or a row boundary wrong; a sum or ratio that
/// fails there is reported only when checks of the same kind pass in the same table, which shows that
/// its columns and rows were read as printed. Elsewhere every failing check is reported.
enum ReadingCorroboration {
    /// The failures worth reporting, given how many checks passed in the same table.
    static func reportable<T>(_ failures: [T], passed: Int, in table: Table?) -> [T] {
        guard let table, table.readingIsReconstructed else { return failures }
        return passed >= 1 ? failures : []
    }

    /// The table a plan node was read from.
    static func table(named name: String, in document: RenstraDocument) -> Table? {
        document.tables.first { $0.displayName == name }
    }
}
