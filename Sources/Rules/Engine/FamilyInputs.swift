import Ingest

/// What each family of rules reads, so that a report can say which checks could not run on a document
/// for lack of it: a family that found nothing because it had nothing to read must not look clean.
extension RuleFamily {
    /// Nil when the document holds what the family reads; otherwise why the family did not run on it.
    public func unmetNeed(in coverage: ReadingCoverage) -> Localized? {
        switch self {
        case .totals, .values:
            guard coverage.tables == 0 else { return nil }
            return Localized(id: "0 tabel angka terbaca: pemeriksaan \(title.id.lowercased()) tidak dijalankan",
                             en: "0 tables of figures read: \(title.en.lowercased()) checks not run")
        case .ratios:
            guard !coverage.hasYearTables else { return nil }
            return Localized(id: "tidak ada tabel berkolom tahun (target, realisasi, rasio): pemeriksaan rasio tidak dijalankan",
                             en: "no table with year columns (targets, realisation, ratios): ratio checks not run")
        case .crossTable:
            guard coverage.tablesWithYears + (coverage.planNodes > 0 ? 1 : 0) < 2 else { return nil }
            return Localized(id: "kurang dari dua tabel target terbaca: pemeriksaan antartabel tidak dijalankan",
                             en: "fewer than two target tables read: cross-table checks not run")
        case .duplicates:
            guard coverage.planNodes == 0 && coverage.tables == 0 else { return nil }
            return Localized(id: "tidak ada tabel maupun rencana program terbaca: pemeriksaan duplikasi tidak dijalankan",
                             en: "no table or programme plan read: duplicate checks not run")
        case .nomenclature, .counts:
            guard coverage.planNodes == 0 else { return nil }
            return Localized(id: "0 baris rencana program (program, kegiatan, subkegiatan) terbaca: pemeriksaan \(title.id.lowercased()) tidak dijalankan",
                             en: "0 programme plan rows (programmes, kegiatan, sub kegiatan) read: \(title.en.lowercased()) checks not run")
        case .numbering, .period, .references:
            return nil
        // Tree rules apply to performance trees only; a tree's cross-document checks say in a note of their
        // own whether its Renstra was given.
        case .tree, .crossDocument:
            return nil
        }
    }
}
