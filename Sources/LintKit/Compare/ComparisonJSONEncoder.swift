import Foundation
import Ingest
import Rules

/// The comparison as JSON with stable keys (README, "Comparing plans"). `documents` is always present,
/// since the other views refer to documents by their `number`; `programmes`, `indicators` and
/// `findings` follow unless `--view` selects one of them. Written element by element, laid out as
/// `JSONValue` lays out a whole document.
struct ComparisonJSONEncoder {
    func write(_ comparison: Comparison, views: [ComparisonView], to output: OutputSink) throws {
        let tool = JSONValue.object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])
        try output.write("{\n  \"tool\": " + indented(tool, depth: 1) + ",\n  \"documents\": ")
        try writeArray(comparison.documents.enumerated().lazy.map { document($1, number: $0 + 1) }, to: output)
        if views.contains(.programmes) {
            try output.write(",\n  \"programmes\": ")
            try writeArray(comparison.planGroups.enumerated().lazy.map { planGroup($1, number: $0 + 1, in: comparison) }, to: output)
        }
        if views.contains(.indicators) {
            try output.write(",\n  \"indicators\": ")
            try writeArray(comparison.indicatorGroups.enumerated().lazy.map { indicatorGroup($1, number: $0 + 1, in: comparison) }, to: output)
        }
        if views.contains(.findings) {
            try output.write(",\n  \"findings\": ")
            try writeArray(comparison.documents.enumerated().lazy.map { findings($1, number: $0 + 1) }, to: output)
        }
        try output.write("\n}\n")
    }

    /// A top-level array, one element at a time.
    private func writeArray<Elements: Sequence>(_ elements: Elements, to output: OutputSink) throws
    where Elements.Element == JSONValue {
        var empty = true
        for element in elements {
            try output.write((empty ? "[\n    " : ",\n    ") + indented(element, depth: 2))
            empty = false
        }
        try output.write(empty ? "[]" : "\n  ]")
    }

    /// A value serialised on its own, indented as if it stood `depth` levels deep (line breaks inside
    /// strings are escaped, so every line break is layout).
    private func indented(_ value: JSONValue, depth: Int) -> String {
        value.serialized().replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: 2 * depth))
    }

    private func document(_ document: DocumentSummary, number: Int) -> JSONValue {
        .object([
            ("number", .int(number)),
            ("path", .string(document.path)),
            ("city", .optional(document.city)),
            ("agency", .optional(document.agency)),
            ("kind", .string(document.kind.rawValue)),
            ("period", document.period.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) } ?? .null),
            ("years", .array(document.years.map(JSONValue.int))),
            ("nomenclature", .object([
                ("generation", .optional(document.nomenclature.generation?.rawValue)),
                ("programmes", .int(document.nomenclature.programmes)),
                ("recognised", .object(NomenclatureGeneration.allCases.map {
                    ($0.rawValue, .int(document.nomenclature.recognised[$0] ?? 0))
                })),
            ])),
            ("counts", .object([
                ("programmes", .int(document.programmeCount)),
                ("kegiatan", .int(document.kegiatanCount)),
                ("subKegiatan", .int(document.subKegiatanCount)),
            ])),
            ("budgets", yearAmounts(document.budgetByYear)),
            ("periodBudget", document.periodBudget.map(JSONValue.double) ?? .null),
            ("findings", .object(Severity.allCases.reversed().map { ($0.rawValue, .int(document.findingsBySeverity[$0] ?? 0)) })),
        ])
    }

    private func planGroup(_ group: PlanItemGroup, number: Int, in comparison: Comparison) -> JSONValue {
        .object([
            ("group", .int(number)),
            ("level", .string(group.level.rawValue)),
            ("title", .string(group.title)),
            ("official", group.official.map(entry) ?? .null),
            ("documents", .int(group.documentCount)),
            ("members", .array(group.members.map { member in
                let item = comparison.item(member)
                return .object([
                    ("document", .int(member.document + 1)),
                    ("name", .string(item.name)),
                    ("code", .optional(item.code)),
                    ("line", .int(item.line)),
                    ("match", item.match.map { match in
                        .object([
                            ("kind", .string(match.kind.rawValue)),
                            ("similarity", .double((match.similarity * 100).rounded() / 100)),
                            ("official", match.entry.map(entry) ?? .null),
                        ])
                    } ?? .null),
                    ("budgets", yearAmounts(item.budgets)),
                    ("endOfPeriodBudget", item.endOfPeriodBudget.map(JSONValue.double) ?? .null),
                ])
            })),
        ])
    }

    private func indicatorGroup(_ group: IndicatorGroup, number: Int, in comparison: Comparison) -> JSONValue {
        .object([
            ("group", .int(number)),
            ("title", .string(group.title)),
            ("members", .array(group.members.map { member in
                let indicator = comparison.indicator(member)
                return .object([
                    ("document", .int(member.document + 1)),
                    ("name", .string(indicator.name)),
                    ("unit", .optional(indicator.unit)),
                    ("level", .string(indicator.ownerLevel.rawValue)),
                    ("measures", .string(indicator.ownerName)),
                    ("baseline", value(indicator.baseline)),
                    ("targets", .array(indicator.targets.map { target in
                        .object([("year", .int(target.year)), ("value", value(target.value))])
                    })),
                    ("endOfPeriodTarget", value(indicator.endOfPeriodTarget)),
                    ("line", .int(indicator.line)),
                ])
            })),
        ])
    }

    private func findings(_ document: DocumentSummary, number: Int) -> JSONValue {
        let counts = RuleFamily.allCases.map { ($0.rawValue, document.findingsByFamily[$0] ?? 0) }
        return .object([
            ("document", .int(number)),
            ("families", .object(counts.map { ($0.0, .int($0.1)) })),
            ("total", .int(counts.reduce(0) { $0 + $1.1 })),
        ])
    }

    private func entry(_ entry: NomenclatureEntry) -> JSONValue {
        .object([("generation", .string(entry.generation.rawValue)), ("code", .string(entry.code)), ("name", .string(entry.name))])
    }

    private func yearAmounts(_ amounts: [YearAmount]) -> JSONValue {
        .array(amounts.map { .object([("year", .int($0.year)), ("amount", .double($0.amount))]) })
    }

    private func value(_ value: ComparisonValue) -> JSONValue {
        switch value {
        case .empty: return .null
        case .integer(let number): return .int(number)
        case .number(let number): return .double(number)
        case .text(let text): return .string(text)
        }
    }
}
