import Ingest
import Rules

/// The human-readable view of a `RenstraDocument` printed by `inspect`.
struct InspectTextRenderer {
    var language: Language

    func render(_ document: RenstraDocument) -> String {
        var out = "== \(document.path)\n"
        let meta = document.metadata
        out += language.say("tata letak", "layout") + ": \(document.layout.rawValue) (\(document.source.encoding.rawValue))\n"
        out += language.say("kota", "city") + ": \(meta.city ?? "-")\n"
        out += language.say("perangkat daerah", "agency") + ": \(meta.agency ?? "-")\n"
        out += language.say("jenis", "kind") + ": \(meta.kind.rawValue)\n"
        if let period = meta.period {
            out += language.say("periode", "period") + ": \(period.start)–\(period.end) (" + language.say("baris", "line") + " \(period.line))\n"
        } else {
            out += language.say("periode", "period") + ": -\n"
        }
        if let signatory = meta.signatory {
            out += language.say("penandatangan", "signatory") + ": \(signatory.name), NIP \(signatory.nip ?? "-") (" + language.say("baris", "line") + " \(signatory.line))\n"
        }
        if let date = meta.date { out += language.say("tanggal", "date") + ": \(date)\n" }
        for warning in document.warnings { out += language.say("peringatan", "warning") + ": \(warning)\n" }

        out += "\n" + language.say("kerangka", "outline") + ":\n"
        for heading in document.headings {
            let indent = String(repeating: "  ", count: max(0, heading.level - 1))
            out += "  \(heading.lines.first): \(indent)\(heading.number.map { $0 + " " } ?? "")\(heading.title)\n"
        }
        if !document.tableList.isEmpty {
            out += "\n" + language.say("daftar tabel", "list of tables") + ": \(document.tableList.count) " + language.say("entri", "entries") + "\n"
        }
        out += "\n" + language.say("tabel", "tables") + ": \(document.tables.count)\n"
        for table in document.tables { out += renderTable(table) }
        if !document.plan.isEmpty {
            out += "\n" + language.say("hierarki rencana", "plan hierarchy") + ":\n"
            for node in document.plan { out += renderNode(node, depth: 1) }
        }
        if let chart = document.chart { out += InspectChartRenderer(language: language).render(chart) }
        out += "\n" + language.say("baris tak terbaca", "uninterpreted lines") + ": \(document.uninterpreted.count)\n"
        for line in document.uninterpreted { out += "  \(line.line): [\(line.reason)] \(line.text.prefix(100))\n" }
        return out
    }

    func renderTable(_ table: Table) -> String {
        var out = "  \(table.lines.first)-\(table.lines.last): \(table.caption?.label ?? language.say("(tanpa nomor)", "(unnumbered)"))"
        if let title = table.caption?.title, !title.isEmpty { out += " — \(title.prefix(80))" }
        out += "\n    " + language.say("kolom", "columns") + ": "
        out += table.columns.map { column -> String in
            switch column.role {
            case .year(let year, let measure): return "\(year)/\(measure.rawValue)"
            case .baseline(let year, let measure): return "baseline\(year.map { " \($0)" } ?? "")/\(measure.rawValue)"
            case .endOfPeriod(let measure): return language.say("akhir", "end") + "/\(measure.rawValue)"
            default: return String(describing: column.role)
            }
        }.joined(separator: ", ")
        if !table.years.isEmpty { out += "\n    " + language.say("tahun", "years") + ": " + table.years.map(String.init).joined(separator: " ") }
        if let numbers = table.columnNumberRow {
            out += "\n    " + language.say("nomor kolom", "column numbers") + " (" + language.say("baris", "line") + " \(numbers.line)): "
                + numbers.numbers.map(String.init).joined(separator: " ")
        }
        out += "\n    " + language.say("baris data", "body rows") + ": \(table.rows.count)\n"
        return out
    }

    func renderNode(_ node: PlanNode, depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth)
        var out = "\(indent)\(node.lines.first): [\(node.level.rawValue)] \(node.code.map { $0 + " " } ?? "")\(node.name.prefix(90))\n"
        let budgets = node.budgets.compactMap { figure in figure.budget.map { "\(figure.year)=\($0.text)" } }
        if !budgets.isEmpty || node.endOfPeriodBudget != nil {
            out += "\(indent)  pagu: " + budgets.joined(separator: " ")
            if let end = node.endOfPeriodBudget { out += " " + language.say("akhir", "end") + "=\(end.text)" }
            out += "\n"
        }
        for child in node.children { out += renderNode(child, depth: depth + 1) }
        return out
    }
}
