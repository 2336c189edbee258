/// The two review tables of the Permendagri 86/2017 template that the Depok export prints after its
/// last chapter. Their group headers are in embedded pictures (`image3.emf`), so the text keeps only
/// the year line (`2016 … 2020` three times) and the column-number row; the template's fixed column
/// order supplies the group names.
enum AppendixTemplate {
    /// T-C.23 Pencapaian Kinerja Pelayanan: (1) No, (2) indicator, (3)–(5) reference targets,
    /// (6)–(10) targets, (11)–(15) realisations, (16)–(20) achievement ratios.
    case performance
    /// T-C.24 Anggaran dan Realisasi Pendanaan Pelayanan: (1) uraian, (2)–(6) budgets,
    /// (7)–(11) realisations, (12)–(16) ratios, (17)–(18) averages of budget and realisation.
    case budget

    /// Recognised from the column-number row and the years printed above it (three runs of five).
    init?(columnCount: Int, years: [Int], trailingWords: [String]) {
        guard years.count == 15 else { return nil }
        switch columnCount {
        case 20 where trailingWords.isEmpty: self = .performance
        case 18 where trailingWords.map { $0.lowercased() } == ["anggaran", "realisasi"]: self = .budget
        default: return nil
        }
    }

    /// The template's table number, as captions write it.
    var number: String { self == .performance ? "T-C.23" : "T-C.24" }

    var label: String { "Tabel " + number }

    var title: String {
        switch self {
        case .performance: return "Pencapaian Kinerja Pelayanan Perangkat Daerah"
        case .budget: return "Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah"
        }
    }

    /// Columns before the year runs: the row number (T-C.23 only) and the label.
    var hasRowNumber: Bool { self == .performance }

    /// Reference-target columns printed in the header but never filled: NSPK, IKK, other indicators.
    var referenceColumns: [String] {
        self == .performance ? ["Target NSPK", "Target IKK", "Target Indikator Lainnya"] : []
    }

    /// Where the reference-target columns sit: after the row number and the indicator.
    var referenceColumnIndices: Range<Int> { 2..<(2 + referenceColumns.count) }

    /// How many values a complete row carries after its label.
    var valueCount: Int { self == .performance ? 15 : 17 }

    /// The header grid for `ColumnClassifier`: group names from the template over the document's years.
    func headerGrid(years: [Int], trailingWords: [String]) -> [[String]] {
        let groups: [String]
        var leading: [String]
        switch self {
        case .performance:
            groups = ["Target Renstra Perangkat Daerah Tahun ke-", "Realisasi Capaian Tahun ke-", "Rasio Capaian pada Tahun ke-"]
            leading = ["No", "Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah"] + referenceColumns
        case .budget:
            groups = ["Anggaran pada Tahun ke-", "Realisasi Anggaran pada Tahun ke-", "Rasio antara Realisasi dan Anggaran Tahun ke-"]
            leading = ["Uraian"]
        }
        let yearGroups = years.indices.map { groups[min($0 / 5, groups.count - 1)] }
        let trailingGroup = trailingWords.map { _ in "Rata-rata" }
        let top = leading + yearGroups + trailingGroup
        let bottom = leading.map { _ in "" } + years.map(String.init) + trailingWords
        return [top, bottom]
    }
}
