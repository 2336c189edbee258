import Ingest

/// The machine-readable view of a `RenstraDocument` printed by `inspect --format json`.
enum InspectJSONEncoder {
    static func encode(_ document: RenstraDocument) -> JSONValue {
        let meta = document.metadata
        return .object([
            ("path", .string(document.path)),
            ("layout", .string(document.layout.rawValue)),
            ("encoding", .string(document.source.encoding.rawValue)),
            ("city", .optional(meta.city)),
            ("agency", .optional(meta.agency)),
            ("kind", .string(meta.kind.rawValue)),
            ("period", meta.period.map { .object([("start", .int($0.start)), ("end", .int($0.end)), ("line", .int($0.line))]) } ?? .null),
            ("signatory", meta.signatory.map { .object([("name", .string($0.name)), ("nip", .optional($0.nip)), ("line", .int($0.line))]) } ?? .null),
            ("date", .optional(meta.date)),
            ("warnings", .array(document.warnings.map(JSONValue.string))),
            ("headings", .array(document.headings.map { heading in
                .object([("line", .int(heading.lines.first)), ("level", .int(heading.level)),
                         ("number", .optional(heading.number)), ("title", .string(heading.title))])
            })),
            ("tableList", .array(document.tableList.map { entry in
                .object([("line", .int(entry.line)), ("label", .optional(entry.label)), ("title", .string(entry.title)),
                         ("page", .optional(entry.page))])
            })),
            ("tables", .array(document.tables.map(encode))),
            ("plan", .array(document.plan.map(encode))),
            ("chart", document.chart.map(InspectChartRenderer(language: .en).json) ?? .null),
            ("uninterpreted", .array(document.uninterpreted.map { line in
                .object([("line", .int(line.line)), ("reason", .string(line.reason)), ("text", .string(line.text))])
            })),
        ])
    }

    static func encode(_ table: Table) -> JSONValue {
        .object([
            ("label", .optional(table.caption?.label)),
            ("title", .optional(table.caption?.title)),
            ("firstLine", .int(table.lines.first)),
            ("lastLine", .int(table.lines.last)),
            ("years", .array(table.years.map(JSONValue.int))),
            ("columns", .array(table.columns.map { column in
                .object([("index", .int(column.index)), ("header", .string(column.header)),
                         ("role", .string(roleName(column.role))), ("year", .optional(column.year)),
                         ("measure", .optional(column.measure?.rawValue))])
            })),
            ("columnNumbers", table.columnNumberRow.map { row in
                .object([("line", .int(row.line)), ("numbers", .array(row.numbers.map(JSONValue.int)))])
            } ?? .null),
            ("rows", .array(table.rows.map { row in
                .object([("firstLine", .int(row.lines.first)), ("lastLine", .int(row.lines.last)),
                         ("cells", .array(row.cells.map { .string($0.text) }))])
            })),
        ])
    }

    static func encode(_ node: PlanNode) -> JSONValue {
        .object([
            ("level", .string(node.level.rawValue)),
            ("code", .optional(node.code)),
            ("name", .string(node.name)),
            ("firstLine", .int(node.lines.first)),
            ("lastLine", .int(node.lines.last)),
            ("table", .string(node.table)),
            ("indicators", .array(node.indicators.map { indicator in
                .object([("name", .string(indicator.name)), ("unit", .optional(indicator.unit)),
                         ("baseline", .optional(indicator.baseline?.text)), ("line", .int(indicator.line)),
                         ("targets", .object(indicator.targets.map { (String($0.year), .optional($0.target?.text)) })),
                         ("endOfPeriod", .optional(indicator.endOfPeriodTarget?.text))])
            })),
            ("budgets", .object(node.budgets.map { (String($0.year), .optional($0.budget?.text)) })),
            ("endOfPeriodBudget", .optional(node.endOfPeriodBudget?.text)),
            ("children", .array(node.children.map(encode))),
        ])
    }

    static func roleName(_ role: ColumnRole) -> String {
        switch role {
        case .rowNumber: return "row-number"
        case .code: return "code"
        case .label: return "label"
        case .indicator: return "indicator"
        case .unit: return "unit"
        case .baseline: return "baseline"
        case .year: return "year"
        case .endOfPeriod: return "end-of-period"
        case .total: return "total"
        case .remarks: return "remarks"
        case .other: return "other"
        }
    }
}
