import Ingest

/// Whether a table's reading is trustworthy enough to report its arithmetic. Tables reconstructed from
/// the spacing of `pdftotext -layout` text may have a column or a row boundary wrong, and each page of
/// the PDF places the columns anew; a sum or ratio that fails there is reported only when checks of the
/// same kind pass on the same page of the same table, which shows that its columns and rows were read as
/// printed there; a check that would pass however the columns were read (100% of 100%) does not count.
/// Elsewhere every failing check is reported.
struct ReadingCorroboration {
    let source: SourceText

    init(_ document: RenstraDocument) { source = document.source }

    /// The failures worth reporting, given the lines of the checks that passed in the same table.
    func reportable<T>(_ failures: [T], at line: (T) -> Int, passedAt passed: [Int], in table: Table?) -> [T] {
        guard let table, table.readingIsReconstructed else { return failures }
        let pages = Set(passed.map(page))
        return failures.filter { pages.contains(page(line($0))) }
    }

    /// A line's page, or one page for a text without page breaks.
    private func page(_ line: Int) -> Int { source.page(ofLine: line) ?? 1 }

    /// The table a plan node was read from.
    static func table(named name: String, in document: RenstraDocument) -> Table? {
        document.tables.first { $0.displayName == name }
    }
}
