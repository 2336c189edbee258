import Ingest
import Rules

/// The four views of a comparison.
enum ComparisonView: String, CaseIterable, Sendable {
    case overview
    case programmes
    case indicators
    case findings
}

struct ComparisonColumn: Sendable {
    /// Stable identifier (CSV section readers, HTML classes); headers are localised.
    var key: String
    var header: String
}

struct ComparisonRow: Sendable {
    var values: [ComparisonValue]
    /// Rows of the same aligned group share a number, so renderers can set groups apart.
    var group: Int?
    /// A row a reviewer should look at (a name that differs from the official nomenclature).
    var flagged = false
}

/// A view laid out as a table whose rows are built only when a renderer reads them, so that the
/// comparison of thousands of plans is never held in memory a second time as text.
struct ComparisonTable {
    var view: ComparisonView
    var title: String
    var columns: [ComparisonColumn]
    var rowCount: Int
    var row: (Int) -> ComparisonRow

    var rows: LazyMapSequence<Range<Int>, ComparisonRow> { (0..<rowCount).lazy.map(row) }
}

/// Lays the comparison out as tables, one per view, in the chosen language; text, CSV and HTML render these.
struct ComparisonTabulator {
    var language: Language

    func table(_ view: ComparisonView, of comparison: Comparison) -> ComparisonTable {
        switch view {
        case .overview: return overview(comparison)
        case .programmes: return programmes(comparison)
        case .indicators: return indicators(comparison)
        case .findings: return findings(comparison)
        }
    }

    private func text(_ id: String, _ en: String) -> String { language.say(id, en) }

    private func column(_ key: String, _ id: String, _ en: String) -> ComparisonColumn {
        ComparisonColumn(key: key, header: text(id, en))
    }

    private func documentColumns() -> [ComparisonColumn] {
        [column("doc", "No", "No"), column("city", "Kota/Kabupaten", "City/Regency")]
    }

    private func documentValues(_ index: Int, _ comparison: Comparison) -> [ComparisonValue] {
        [.integer(index + 1), ComparisonValue(comparison.documents[index].city)]
    }

    private func yearColumns(_ years: [Int], key: String, id: String, en: String) -> [ComparisonColumn] {
        years.map { column("\(key)_\($0)", "\(id) \($0)", "\(en) \($0)") }
    }

    private func overview(_ comparison: Comparison) -> ComparisonTable {
        let years = Comparison.years(comparison.documents.flatMap { $0.budgetByYear.map(\.year) })
        let columns = documentColumns() + [
            column("file", "Berkas", "File"), column("agency", "Perangkat Daerah", "Agency"),
            column("kind", "Jenis dokumen", "Document kind"), column("period", "Periode", "Period"),
            column("years", "Kolom tahun", "Year columns"),
            column("nomenclature", "Generasi nomenklatur", "Nomenclature generation"),
            column("programmes_in_nomenclature", "Program dalam nomenklatur", "Programmes in nomenclature"),
            column("programmes", "Program", "Programmes"), column("kegiatan", "Kegiatan", "Kegiatan"),
            column("sub_kegiatan", "Sub kegiatan", "Sub kegiatan"),
        ] + yearColumns(years, key: "budget", id: "Pagu", en: "Budget") + [
            column("budget_period", "Pagu seluruh periode", "Budget, whole period"),
            column("errors", "Galat", "Errors"), column("warnings", "Peringatan", "Warnings"), column("infos", "Info", "Info"),
        ]
        return ComparisonTable(view: .overview, title: text("Ikhtisar dokumen", "Documents overview"), columns: columns,
                               rowCount: comparison.documents.count) { index in
            let document = comparison.documents[index]
            let budgets = Dictionary(uniqueKeysWithValues: document.budgetByYear.map { ($0.year, $0.amount) })
            let values: [ComparisonValue] = documentValues(index, comparison) + [
                .text(document.path), ComparisonValue(document.agency), .text(kindName(document.kind)),
                ComparisonValue(document.period.map { "\($0.start)–\($0.end)" }), .text(yearList(document.years)),
                .text(document.nomenclature.generation?.title ?? text("tidak dikenali", "not recognised")),
                .integer(document.nomenclature.recognisedInGeneration),
                .integer(document.programmeCount), .integer(document.kegiatanCount), .integer(document.subKegiatanCount),
            ] + years.map { ComparisonValue(budgets[$0]) } + [
                ComparisonValue(document.periodBudget),
                .integer(document.findingsBySeverity[.error] ?? 0), .integer(document.findingsBySeverity[.warning] ?? 0),
                .integer(document.findingsBySeverity[.info] ?? 0),
            ]
            return ComparisonRow(values: values)
        }
    }

    private func programmes(_ comparison: Comparison) -> ComparisonTable {
        let years = Comparison.years(comparison.planGroups.flatMap { $0.members.flatMap { comparison.item($0).budgets.map(\.year) } })
        let columns = [
            column("group", "Kelompok", "Group"), column("level", "Tingkat", "Level"),
            column("aligned_name", "Nama selaras", "Aligned name"), column("official_code", "Kode resmi", "Official code"),
            column("documents_in_group", "Jumlah dokumen", "Documents"),
        ] + documentColumns() + [
            column("name", "Nama dalam dokumen", "Name in document"), column("code", "Kode dalam dokumen", "Code in document"),
            column("nomenclature_match", "Kesesuaian nomenklatur", "Nomenclature match"),
            column("closest_official_name", "Nama resmi terdekat", "Closest official name"),
            column("similarity", "Kemiripan", "Similarity"), column("line", "Baris", "Line"),
        ] + yearColumns(years, key: "budget", id: "Pagu", en: "Budget") + [
            column("end_of_period_budget", "Pagu akhir periode", "End-of-period budget"),
        ]
        let positions = comparison.planGroups.indices.flatMap { group in
            comparison.planGroups[group].members.indices.map { (group: group, member: $0) }
        }
        return ComparisonTable(view: .programmes, title: text("Penyelarasan program dan kegiatan",
                                                              "Programme and kegiatan alignment"),
                               columns: columns, rowCount: positions.count) { index in
            let (groupIndex, memberIndex) = positions[index]
            let group = comparison.planGroups[groupIndex], member = group.members[memberIndex]
            let item = comparison.item(member)
            let budgets = Dictionary(item.budgets.map { ($0.year, $0.amount) }, uniquingKeysWith: { first, _ in first })
            let closest = item.match.flatMap { $0.kind == .exact ? nil : $0.entry }
            let values: [ComparisonValue] = [
                .integer(groupIndex + 1), .text(levelName(group.level)), .text(group.title),
                ComparisonValue(group.official?.code), .integer(group.documentCount),
            ] + documentValues(member.document, comparison) + [
                .text(item.name), ComparisonValue(item.code), .text(matchName(item.match)),
                ComparisonValue(closest.map { "\($0.code) \($0.name)" }),
                closest == nil ? .empty : .number((item.match!.similarity * 100).rounded() / 100), .integer(item.line),
            ] + years.map { ComparisonValue(budgets[$0]) } + [ComparisonValue(item.endOfPeriodBudget)]
            return ComparisonRow(values: values, group: groupIndex, flagged: item.match.map { $0.kind != .exact } ?? false)
        }
    }

    private func indicators(_ comparison: Comparison) -> ComparisonTable {
        let years = Comparison.years(comparison.indicatorGroups.flatMap { $0.members.flatMap { comparison.indicator($0).targets.map(\.year) } })
        let columns = [
            column("group", "Kelompok", "Group"), column("aligned_indicator", "Indikator selaras", "Aligned indicator"),
            column("documents_in_group", "Jumlah dokumen", "Documents"),
        ] + documentColumns() + [
            column("level", "Tingkat", "Level"), column("measures", "Program/kegiatan", "Programme/kegiatan"),
            column("indicator", "Indikator dalam dokumen", "Indicator in document"), column("unit", "Satuan", "Unit"),
            column("baseline", "Kondisi awal", "Baseline"),
        ] + yearColumns(years, key: "target", id: "Target", en: "Target") + [
            column("end_of_period_target", "Target akhir periode", "End-of-period target"), column("line", "Baris", "Line"),
        ]
        let positions = comparison.indicatorGroups.indices.flatMap { group in
            comparison.indicatorGroups[group].members.indices.map { (group: group, member: $0) }
        }
        return ComparisonTable(view: .indicators, title: text("Indikator bersama", "Shared indicators"),
                               columns: columns, rowCount: positions.count) { index in
            let (groupIndex, memberIndex) = positions[index]
            let group = comparison.indicatorGroups[groupIndex], member = group.members[memberIndex]
            let indicator = comparison.indicator(member)
            let values: [ComparisonValue] = [.integer(groupIndex + 1), .text(group.title), .integer(group.documentCount)]
                + documentValues(member.document, comparison) + [
                    .text(levelName(indicator.ownerLevel)), .text(indicator.ownerName), .text(indicator.name),
                    ComparisonValue(indicator.unit), indicator.baseline,
                ] + years.map { indicator.target(for: $0) } + [indicator.endOfPeriodTarget, .integer(indicator.line)]
            return ComparisonRow(values: values, group: groupIndex)
        }
    }

    private func findings(_ comparison: Comparison) -> ComparisonTable {
        let columns = documentColumns() + [column("file", "Berkas", "File")]
            + RuleFamily.allCases.map { ComparisonColumn(key: $0.rawValue, header: $0.title.text(language)) }
            + [column("total", "Semua temuan", "All findings")]
        return ComparisonTable(view: .findings, title: text("Matriks temuan per keluarga aturan", "Findings by rule family"),
                               columns: columns, rowCount: comparison.documents.count) { index in
            let document = comparison.documents[index]
            let counts = RuleFamily.allCases.map { document.findingsByFamily[$0] ?? 0 }
            return ComparisonRow(values: documentValues(index, comparison) + [.text(document.path)]
                                 + counts.map(ComparisonValue.integer) + [.integer(counts.reduce(0, +))])
        }
    }

    func kindName(_ kind: DocumentKind) -> String {
        switch kind {
        case .renstra: return "Renstra"
        case .perubahanRenstra: return text("Perubahan Renstra", "Revised Renstra")
        case .performanceChart: return text("Pohon kinerja", "Performance chart")
        case .unknown: return ""
        case .rpjmd, .rpjpd, .rkpd, .renja, .lkjip: return text(kind.name(english: false), kind.name(english: true))
        }
    }

    func levelName(_ level: PlanLevel) -> String {
        switch level {
        case .program: return text("Program", "Programme")
        case .kegiatan: return "Kegiatan"
        case .subKegiatan: return "Sub kegiatan"
        case .outcome: return "Outcome"
        case .urusan: return "Urusan"
        case .bidangUrusan: return "Bidang urusan"
        case .agency: return text("Perangkat daerah", "Agency")
        case .detail: return text("Rincian", "Detail")
        }
    }

    func matchName(_ match: NomenclatureMatch?) -> String {
        switch match?.kind {
        case .exact: return text("sesuai", "matches")
        case .similar: return text("beda penulisan", "worded differently")
        case .unrecognised: return text("tidak ada dalam nomenklatur", "not in the nomenclature")
        case nil: return text("tidak diperiksa", "not checked")
        }
    }

    /// `2025–2029` for a run of consecutive years, otherwise the years listed.
    func yearList(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        if years.count > 2, last - first == years.count - 1 { return "\(first)–\(last)" }
        return years.map(String.init).joined(separator: ", ")
    }
}
