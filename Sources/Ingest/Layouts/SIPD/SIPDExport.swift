/// The Renstra export of SIPD (the national planning information system): a CSV with one row per sub
/// kegiatan indicator of every agency of one or more regions, its fields named by the system
/// (`kodeprogram`, `uraisubkegiatan`, `volume_1`, `pagu1`, `idperiode` …). This is what is specific to the
/// export: the field names, read as the headers a printed table would have, and the period written as
/// `20252029`. The rest is the common pipeline: the CSV tokenizer, the table interpreter, and the plan
/// built from rows that carry every level's code.
enum SIPDExport {
    /// The fields that mark the export.
    static let signature: Set<String> = ["kodesubkegiatan", "uraisubkegiatan", "pagu1"]

    static func matches(_ header: [String]) -> Bool { signature.isSubset(of: Set(header.map { $0.lowercased() })) }

    /// The plan period from the `idperiode` field (`20252029`).
    static func period(of draft: TableDraft) -> PlanPeriod? {
        guard let header = draft.lines.first, let column = header.cells.first(where: { $0.text.lowercased() == "idperiode" })?.column,
              let first = draft.lines.dropFirst().first, let cell = first.cells.first(where: { $0.column == column }),
              cell.text.count == 8, let start = Int(cell.text.prefix(4)), let end = Int(cell.text.suffix(4)),
              end > start, end - start <= 6 else { return nil }
        return PlanPeriod(start: start, end: end, line: cell.line)
    }

    /// The header as a printed table would word it: `pagu1` is the budget of the period's first year,
    /// `volume_1` its target, `volume_awal` and `pagu_awal` the baseline.
    static func renamingHeader(of draft: TableDraft, period: PlanPeriod?) -> TableDraft {
        var draft = draft
        guard !draft.lines.isEmpty else { return draft }
        draft.lines[0].cells = draft.lines[0].cells.map { cell in
            var renamed = cell
            renamed.text = heading(for: cell.text.lowercased(), period: period) ?? cell.text
            return renamed
        }
        return draft
    }

    static func heading(for field: String, period: PlanPeriod?) -> String? {
        switch field {
        case "volume_awal": return "Kondisi Kinerja Awal / Target"
        case "pagu_awal": return "Kondisi Kinerja Awal / Pagu"
        case "satuan": return "Satuan"
        case "uraisubkegiatan_indikator": return "Indikator Kinerja Sub Kegiatan"
        case "kodesubkegiatan_indikator": return "Kode Indikator"
        default: break
        }
        for (prefix, measure) in [("pagu", "Pagu"), ("volume_", "Target")] where field.hasPrefix(prefix) {
            guard let ordinal = Int(field.dropFirst(prefix.count)), ordinal >= 1 else { return nil }
            guard let period, period.start + ordinal - 1 <= period.end else { return "Tahun ke-\(ordinal) di luar periode / \(measure)" }
            return "\(period.start + ordinal - 1) / \(measure)"
        }
        return nil
    }

    /// The plan of the rows: agency (region and SKPD), programme, kegiatan, sub kegiatan.
    static func plan(of table: Table, header: [String]) -> [PlanNode] {
        let fields = header.map { $0.lowercased() }
        func column(_ name: String) -> Int? { fields.firstIndex(of: name) }
        let levels: [FlatPlanBuilder.LevelColumns] = [
            (PlanLevel.program, "kodeprogram", "uraiprogram"),
            (.kegiatan, "kodekegiatan", "uraikegiatan"),
            (.subKegiatan, "kodesubkegiatan", "uraisubkegiatan"),
        ].compactMap { level, code, name in
            column(code).flatMap { code in column(name).map { FlatPlanBuilder.LevelColumns(level: level, code: code, name: $0) } }
        }
        let agency = ["namapemda", "uraiskpd"].compactMap(column)
        return FlatPlanBuilder(table: table, levels: levels, agencyColumns: agency,
                               indicatorColumn: column("uraisubkegiatan_indikator"), unitColumn: column("satuan")).build()
    }

    /// What the rows say about the document: its regions and agencies, when there is one of each.
    static func metadata(of table: Table, header: [String], period: PlanPeriod?) -> DocumentMetadata {
        let fields = header.map { $0.lowercased() }
        func single(_ name: String) -> String? {
            guard let column = fields.firstIndex(of: name) else { return nil }
            let values = Set(table.rows.compactMap { $0[column]?.text }.filter { !$0.isEmpty })
            return values.count == 1 ? values.first : nil
        }
        return DocumentMetadata(city: single("namapemda"), agency: single("uraiskpd"), kind: .renstra, period: period)
    }
}
