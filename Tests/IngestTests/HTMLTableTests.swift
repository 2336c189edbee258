import Testing
@testable import Ingest
import TestSupport

/// HTML `<table>` blocks of OCR Markdown: spans laid out on the grid, captions above, plan rows by code.
@Suite struct HTMLTableTests {
    /// A header of two rows with `rowspan` and `colspan`, as the DKI Jakarta RPJMD writes them.
    static let snippet = """
    Tabel II.12 Realisasi Kinerja Urusan Kesehatan Tahun 2020-2024

    <table><tr><td rowspan="2">No.</td><td rowspan="2">Indikator</td><td rowspan="2">Satuan</td><td colspan="3">Tahun</td></tr><tr><td>2020</td><td>2021</td><td>2022</td></tr><tr><td>1.</td><td>Cakupan Kunjungan Ibu Hamil K4</td><td>Persen</td><td>96,1</td><td>99,18</td><td>98,82</td></tr>
    <tr><td>2.</td><td>Cakupan Komplikasi Kebidanan
    yang Ditangani</td><td>Persen</td><td>99,12</td><td>99,51</td><td>100</td></tr></table>
    """

    @Test func spansAreLaidOutOnTheGrid() throws {
        let document = ingestSnippet(Self.snippet, layout: .markdown)
        let table = try #require(document.tables.first)
        #expect(table.form == .htmlTable)
        #expect(table.caption?.title.containsLiteral("Realisasi Kinerja Urusan Kesehatan") == true)
        #expect(table.years == [2020, 2021, 2022])
        #expect(table.columns.map(\.role).prefix(3) == [.rowNumber, .indicator, .unit])
        #expect(table.rows.count == 2)
        #expect(table.rows[0].cells.map(\.text) == ["1.", "Cakupan Kunjungan Ibu Hamil K4", "Persen", "96,1", "99,18", "98,82"])
        // A cell whose text runs over a line break keeps the line it starts on.
        #expect(table.rows[1].cells[1].text == "Cakupan Komplikasi Kebidanan yang Ditangani")
        #expect(table.rows[1].cells[1].line == 4)
        #expect(table.rows[1].cells[5].line == 5)
    }

    @Test func hostileSpansStayBounded() throws {
        let document = ingestSnippet(#"<table><tr><td colspan="99999999">a</td><td rowspan="99999">b</td></tr><tr><td>1</td></tr></table>"#,
                                     layout: .markdown)
        let table = try #require(document.tables.first)
        #expect(table.columns.count <= HTMLTableParser.largestColumnSpan + 1)
    }

    @Test(.enabled(if: ExternalDocument.isAvailable, Comment(rawValue: ExternalDocument.absence)))
    func jakartaProgrammeTableGivesThePlanWithYearlyBudgets() throws {
        let document = ExternalDocument.jakartaRPJMD.document
        #expect(document.layout == .markdown)
        let table = try #require(document.tables.first { $0.caption?.label == "Tabel IV.1" })
        #expect(table.caption?.title.hasPrefix("Program Perangkat Daerah") == true)
        #expect(table.years == Array(2026...2030))
        let programme = try #require(document.allPlanNodes.first { $0.code == "1.01.01" })
        #expect(programme.level == .program)
        #expect(programme.name.hasPrefix("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI"))
        #expect(programme.budget(for: 2026)?.text == "8.757.518")
        #expect(programme.endOfPeriodBudget?.text == "42.513.937")
        // `(dalam juta rupiah)`: the amounts are rounded to millions.
        #expect(programme.budget(for: 2026)?.quantity?.isRoundedToUnit == true)
    }

    @Test(.enabled(if: ExternalDocument.isAvailable, Comment(rawValue: ExternalDocument.absence)))
    func twentyYearPlanTablesAreRead() throws {
        let document = ExternalDocument.jakartaRPJPD.document
        #expect(document.tables.count >= 50)
        #expect(document.tables.allSatisfy { $0.form == .htmlTable })
    }
}
