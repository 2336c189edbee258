import Ingest
import Rules

/// The comparison as JSON with stable keys (README, "Comparing plans"). `documents` is always present,
/// since the other views refer to documents by their `number`; `programmes`, `indicators` and
/// `findings` follow unless `--view` selects one of them.
struct ComparisonJSONEncoder {
    func encode(_ comparison: Comparison, views: [ComparisonView]) -> String {
        var members: [(String, JSONValue)] = [
            ("tool", .object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])),
            ("documents", .array(comparison.documents.enumerated().map { document($1, number: $0 + 1) })),
        ]
        if views.contains(.programmes) {
            members.append(("programmes", .array(comparison.planGroups.enumerated().map { planGroup($1, number: $0 + 1) })))
        }
        if views.contains(.indicators) {
            members.append(("indicators", .array(comparison.indicatorGroups.enumerated().map { indicatorGroup($1, number: $0 + 1) })))
        }
        if views.contains(.findings) {
            members.append(("findings", .array(comparison.documents.enumerated().map { findings($1, number: $0 + 1) })))
        }
        return JSONValue.object(members).serialized() + "\n"
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

    private func planGroup(_ group: PlanItemGroup, number: Int) -> JSONValue {
        .object([
            ("group", .int(number)),
            ("level", .string(group.level.rawValue)),
            ("title", .string(group.title)),
            ("official", group.official.map(entry) ?? .null),
            ("documents", .int(group.documentCount)),
            ("members", .array(group.members.map { member in
                let item = member.item
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

    private func indicatorGroup(_ group: IndicatorGroup, number: Int) -> JSONValue {
        .object([
            ("group", .int(number)),
            ("title", .string(group.title)),
            ("members", .array(group.members.map { member in
                let indicator = member.indicator
                return .object([
                    ("document", .int(member.document + 1)),
                    ("name", .string(indicator.name)),
                    ("unit", .optional(indicator.unit)),
                    ("level", .string(indicator.ownerLevel.rawValue)),
                    ("measures", .string(indicator.ownerName)),
                    ("baseline", value(indicator.baseline)),
                    ("targets", .array(indicator.targets.keys.sorted().map { year in
                        .object([("year", .int(year)), ("value", value(indicator.targets[year]!))])
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
