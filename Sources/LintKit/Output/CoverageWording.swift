import Ingest

/// What was read of a file, in one sentence for every report: the form, the kind and period, the tables
/// (with year columns, rebuilt from spacing), the plan rows (with budgets) and the lines left unplaced.
enum CoverageWording {
    static func sentence(_ coverage: ReadingCoverage, language: Language) -> String {
        let english = language == .en
        var parts: [String] = []
        let forms = coverage.forms.map(\.rawValue).joined(separator: ", ")
        parts.append((coverage.layout == .unknown
                      ? language.say("bentuk teks tidak dikenali (dibaca sebagai prosa)", "text form not recognised (read as prose)")
                      : language.say("dibaca sebagai \(coverage.layout.rawValue)", "read as \(coverage.layout.rawValue)"))
                     + (forms.isEmpty ? "" : " (\(forms))"))
        var kind = coverage.kind == .unknown ? language.say("jenis dokumen tidak dikenali", "document kind not recognised")
            : coverage.kind.name(english: english)
        if let period = coverage.period { kind += " \(period.start)–\(period.end)" }
        else { kind += language.say(", periode tidak ditemukan", ", period not found") }
        parts.append(kind)
        var tables = language.say("\(coverage.tables) tabel", "\(coverage.tables) \(coverage.tables == 1 ? "table" : "tables")")
        if coverage.tables > 0 {
            tables += language.say(" (\(coverage.tablesWithYears) berkolom tahun", " (\(coverage.tablesWithYears) with year columns")
            if coverage.reconstructedTables > 0 {
                tables += language.say(", \(coverage.reconstructedTables) dibangun dari spasi teks",
                                       ", \(coverage.reconstructedTables) rebuilt from the text's spacing")
            }
            tables += ")"
        }
        parts.append(tables)
        parts.append(language.say("\(coverage.planNodes) baris rencana program (\(coverage.planNodesWithBudgets) beranggaran)",
                                  "\(coverage.planNodes) programme plan rows (\(coverage.planNodesWithBudgets) with budgets)"))
        parts.append(language.say("\(coverage.unplacedLines) baris tidak ditempatkan", "\(coverage.unplacedLines) lines not placed"))
        return parts.joined(separator: "; ")
    }
}

extension CoverageWording {
    /// The same facts for JSON and SARIF: `{"layout", "forms", "kind", "tables", "tablesWithYears",
    /// "rebuiltTables", "planRows", "planRowsWithBudgets", "unplacedLines"}`.
    static func json(_ coverage: ReadingCoverage) -> JSONValue {
        .object([
            ("layout", .string(coverage.layout.rawValue)),
            ("forms", .array(coverage.forms.map { .string($0.rawValue) })),
            ("kind", .string(coverage.kind.rawValue)),
            ("tables", .int(coverage.tables)),
            ("tablesWithYears", .int(coverage.tablesWithYears)),
            ("rebuiltTables", .int(coverage.reconstructedTables)),
            ("planRows", .int(coverage.planNodes)),
            ("planRowsWithBudgets", .int(coverage.planNodesWithBudgets)),
            ("unplacedLines", .int(coverage.unplacedLines)),
        ])
    }
}
