import Ingest
import Rules

/// The performance chart (pohon kinerja) as `inspect` shows it: pages with their titles, positions and
/// signatories; every label row; every box with the label the text decides (`?` where it does not);
/// and the objective–indicator pairings the text decides, as a small tree.
struct InspectChartRenderer {
    var language: Language

    func render(_ chart: PerformanceChart) -> String {
        var out = "\n" + language.say("pohon kinerja", "performance chart") + ":\n"
        for page in chart.pages {
            out += "  " + language.say("halaman", "page") + " \(page.number) (" + language.lineRange(page.lines.first, page.lines.last) + ")\n"
            for title in page.titles { out += "    \(title.lines.first): " + language.say("judul", "title") + ": \(title.title)\n" }
            for position in page.positions { out += "    \(position.lines.first): " + language.say("jabatan", "position") + ": \(position.title)\n" }
            for official in page.signatories {
                out += "    \(official.line): " + language.say("penandatangan", "signatory")
                    + ": \(official.name), NIP \(official.nip ?? "-")\(official.position.map { " (\($0))" } ?? "")\n"
            }
        }
        out += "  " + language.say("baris label", "label rows") + ": \(chart.labelRows.count)\n"
        for row in chart.labelRows {
            out += "    \(row[0].line): " + row.map(Self.labelText).joined(separator: " · ") + "\n"
        }
        let decided = chart.boxes.filter { $0.label != nil }.count
        let kindOnly = chart.boxes.filter { $0.label == nil && $0.kind != nil }.count
        out += "  " + language.say("kotak", "boxes") + ": \(chart.boxes.count) ("
            + language.say("\(decided) dengan label pasti, \(kindOnly) hanya jenisnya pasti",
                           "\(decided) with a decided label, \(kindOnly) with only the kind decided") + ")\n"
        for box in chart.boxes { out += "    \(box.span.first): [\(boxLabel(box, in: chart))] \(box.text.prefix(100))\n" }
        out += "  " + language.say("pasangan sasaran–indikator yang pasti", "objective–indicator pairings the text decides")
            + ": \(chart.pairings.count)\n"
        for pairing in chart.pairings {
            let objective = chart.boxes[pairing.objective]
            out += "    \(objective.span.first): \(boxLabel(objective, in: chart)) \(objective.text.prefix(80))\n"
            for index in pairing.indicators {
                let indicator = chart.boxes[index]
                out += "      └ \(indicator.span.first): \(boxLabel(indicator, in: chart)) \(indicator.text.prefix(80))\n"
            }
        }
        return out
    }

    private static func labelText(_ label: ChartLabel) -> String {
        label.printed == label.kind.words ? label.name : "\(label.printed)\(label.number.map { " \($0)" } ?? "") (= \(label.name))"
    }

    private func boxLabel(_ box: ChartBox, in chart: PerformanceChart) -> String {
        if let label = box.label { return chart.labels[label].name }
        return box.kind.map { "\($0.words) ?" } ?? "?"
    }

    func json(_ chart: PerformanceChart) -> JSONValue {
        .object([
            ("pages", .array(chart.pages.map { page in
                .object([("number", .int(page.number)), ("firstLine", .int(page.lines.first)), ("lastLine", .int(page.lines.last)),
                         ("titles", .array(page.titles.map(Self.json))), ("positions", .array(page.positions.map(Self.json))),
                         ("signatories", .array(page.signatories.map { official in
                             .object([("name", .string(official.name)), ("nip", .optional(official.nip)),
                                      ("position", .optional(official.position)), ("line", .int(official.line))])
                         }))])
            })),
            ("labels", .array(chart.labels.map { label in
                .object([("kind", .string(label.kind.words)), ("number", .optional(label.number)), ("printed", .string(label.printed)),
                         ("line", .int(label.line)), ("position", .int(label.position))])
            })),
            ("boxes", .array(chart.boxes.map { box in
                .object([("text", .string(box.text)), ("lines", .array(box.lines.map(JSONValue.int))),
                         ("shape", .string(box.shape.rawValue)), ("kind", .optional(box.kind?.words)), ("label", .optional(box.label))])
            })),
            ("pairings", .array(chart.pairings.map { pairing in
                .object([("objective", .int(pairing.objective)), ("indicators", .array(pairing.indicators.map(JSONValue.int)))])
            })),
        ])
    }

    private static func json(_ position: ChartPosition) -> JSONValue {
        .object([("title", .string(position.title)), ("firstLine", .int(position.lines.first)), ("lastLine", .int(position.lines.last))])
    }
}
