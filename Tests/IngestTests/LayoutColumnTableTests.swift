import Testing
import Ingest
import TestSupport

/// Tables of `pdftotext -layout` text, read from the real Renstra of Jember's DPMPTSP and of Semarang's
/// Satpol PP: columns from the column-number row or the gutters, headers over their columns, wrapped
/// cells and numbers split over lines joined.
@Suite(.enabled(if: ExternalDocument.isAvailable, Comment(rawValue: ExternalDocument.absence)))
struct LayoutColumnTableTests {
    func table(_ document: RenstraDocument, startingAt line: Int) throws -> Table {
        try #require(document.tables.first { $0.lines.first == line })
    }

    func cell(_ row: Row, _ table: Table, year: Int, measure: Measure) -> Cell? {
        table.columns.first { $0.role == .year(year, measure: measure) }.flatMap { row[$0.index] }
    }

    @Test func jemberIsReadAsLayoutText() {
        let document = ExternalDocument.jemberLayout.document
        #expect(document.layout == .pdfLayout)
        #expect(document.tables.allSatisfy { $0.form == .layoutColumns })
    }

    /// T-C 24: budgets 2016–2020, realisation 2017–2020 and ratios 2017–2021, every number printed over
    /// three lines (`2.614.` / `545.` / `100`) and centred in rows several lines tall.
    @Test func budgetRealisationTableJoinsNumbersSplitOverThreeLines() throws {
        let table = try table(ExternalDocument.jemberLayout.document, startingAt: 1579)
        #expect(table.caption?.title.containsLiteral("Anggaran dan Realisasi Pendanaan") == true)
        #expect(table.years == [2016, 2017, 2018, 2019, 2020, 2021])
        let total = try #require(table.rows.first { $0.label == "Total Belanja" })
        #expect(total.lines == LineSpan(1619, 1623))
        #expect(cell(total, table, year: 2018, measure: .budget)?.text == "4.799.552.531")
        #expect(cell(total, table, year: 2018, measure: .budget)?.lines == [1619, 1621, 1623])
        #expect(cell(total, table, year: 2018, measure: .realisation)?.text == "2.206.544.664")
        #expect(cell(total, table, year: 2018, measure: .ratio)?.quantity?.value == 86)
        // The digits of 2.614.545.100 in 2017 stand under a cut without its dot (`2.614` over `545.`).
        let langsung = try #require(table.rows.first { $0.label == "Belanja Langsung" })
        #expect(cell(langsung, table, year: 2018, measure: .budget)?.text == "2.614.545.100")
    }

    /// Tabel 6.2 (T-C 27): 23 numbered columns, each year's `Target` and `Rupiah` under it.
    @Test func programmeTableTakesItsColumnsFromTheColumnNumbers() throws {
        let table = try table(ExternalDocument.jemberLayout.document, startingAt: 3068)
        #expect(table.columnNumberRow?.numbers == Array(1...23))
        #expect(table.years == Array(2021...2026))
        let first = try #require(table.rows.first)
        #expect(first.lines.first == 3073)
        #expect(cell(first, table, year: 2022, measure: .target)?.text == "90%")
        #expect(first.cells[10].text == "755.630.000")
        #expect(table.columns.first { $0.role == .endOfPeriod(measure: .target) }?.index == 19)
        #expect(first.cells[20].text == "4.613.196.713")
    }

    /// Semarang Satpol PP, T-C 27: years headed `Tahun 1` … `Tahun 5` in a 2021–2026 plan whose first
    /// year is the baseline column.
    @Test func planYearOrdinalsBecomeTheYearsAfterTheBaseline() throws {
        let document = ExternalDocument.semarangSatpolLayout.document
        #expect(document.metadata.period?.start == 2021 && document.metadata.period?.end == 2026)
        let table = try table(document, startingAt: 3168)
        #expect(table.caption?.label == "Tabel T-C.27")
        #expect(table.years == Array(2022...2026))
        #expect(table.columns.contains { if case .baseline = $0.role { return true } else { return false } })
        let programme = try #require(table.rows.first)
        #expect(programme.lines.first == 3191)
        #expect(cell(programme, table, year: 2022, measure: .budget)?.text == "23.014.137.000")
        #expect(cell(programme, table, year: 2026, measure: .budget)?.text == "29.605.193.000")
    }

    /// Running headers and page numbers stand at the edges of the pages; they are no table rows.
    @Test func runningHeadersStayOutOfTables() throws {
        let document = ExternalDocument.jemberLayout.document
        for table in document.tables {
            for row in table.rows {
                #expect(!row.cells.contains { $0.text.containsLiteral("Dokumen Rencana Strategis") }, "\(table.displayName) \(row.lines)")
            }
        }
    }

    /// `pdftotext` without `-layout` leaves no alignment to read columns from: the document says so.
    @Test func readingOrderTextIsProseWithANote() {
        let document = ExternalDocument.jemberReadingOrder.document
        #expect(document.layout == .pdfReadingOrder)
        #expect(document.warnings.contains { $0.containsLiteral("urutan baca") })
    }
}
