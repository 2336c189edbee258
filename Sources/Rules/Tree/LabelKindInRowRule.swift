import Ingest

/// Flags a label of another kind inside a row of labels that its number continues: `INDIKATOR 1 INDIKATOR 2
/// SASARAN 3 INDIKATOR 1 …` on one line, where the row's numbering calls for `INDIKATOR 3`. A row of boxes
/// prints its labels on one line, so the label is the row's, mistyped.
struct LabelKindInRowRule: Rule {
    static let description = RuleDescription(
        id: "TRE004",
        family: .tree,
        severity: .warning,
        title: Localized(id: "Label berjenis lain di tengah deret label", en: "Label of another kind inside a row of labels"),
        rationale: Localized(
            id: "Satu deret kotak mencetak labelnya pada satu baris. Bila satu label di tengah deret INDIKATOR tertulis SASARAN padahal nomornya melanjutkan urutan INDIKATOR, kotak itu salah diberi label: pembaca akan menganggapnya sasaran, bukan indikator.",
            en: "A row of boxes prints its labels on one line. When one label inside a row of INDIKATOR labels reads SASARAN although its number continues the INDIKATOR run, the box is mislabelled: readers will take it for an objective, not an indicator."),
        triggering: [
            RuleExample(.performanceChart, """
            SASARAN 1 SASARAN 2 SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 1 SASARAN 3 SASARAN 1 SASARAN 1 SASARAN 2 SASARAN 1 SASARAN 2 SASARAN 1 SASARAN 2 SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 1 SASARAN 2 SASARAN 1 SASARAN 1 SASARAN 2

            Tersedianya Izin Usaha 
            Simpan Pinjam dan 

            ↓INDIKATOR 1 INDIKATOR 2 INDIKATOR 1 INDIKATOR 2 INDIKATOR 3 INDIKATOR 1 INDIKATOR 3 INDIKATOR 1 INDIKATOR 1 INDIKATOR 2 INDIKATOR 1 INDIKATOR 2 INDIKATOR 1 INDIKATOR 2 INDIKATOR 1 INDIKATOR 2 SASARAN 3 INDIKATOR 1 INDIKATOR 2 INDIKATOR 1 INDIKATOR 1 INDIKATOR 2

            Terlaksananya Proses 
            Pemeriksaan dan 
            """),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            SASARAN 5SASARAN 4SASARAN 3

            INDIKATOR 2 INDIKATOR 3 INDIKATOR 4 INDIKATOR 5

            SASARAN KEGIATAN 2 SASARAN KEGIATAN 3 SASARAN KEGIATAN 4 SASARAN KEGIATAN 1 SASARAN KEGIATAN 1 SASARAN KEGIATAN 1SASARAN KEGIATAN 2

            INDIKATOR KEGIATAN 2
            """),
            RuleExample(.performanceChart, """
            SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 4 SASARAN 5 SASARAN INDIKATOR SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 4 SASARAN 5 SASARAN 6 SASARAN 7 SASARAN 8 SASARAN 9 SASARAN 10 SASARAN 11 SASARAN INDIKATOR SASARAN INDIKATOR
            """),
        ])

    /// Shorter rows are too short to show what kind they are.
    static let minimumRow = 4

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let chart = document.chart else { return [] }
        let rows = chart.labelRows.map { $0.filter { $0.number != nil } }
        // Rows of one kind by their numbers: where a mislabelled row's twin is found.
        var rowsOfOneKind: [String: [ChartLabel]] = [:]
        for row in rows where !row.isEmpty && row.allSatisfy({ $0.kind == row[0].kind }) {
            let key = row[0].kind.words + "|" + row.map { String($0.number!) }.joined(separator: " ")
            if rowsOfOneKind[key] == nil { rowsOfOneKind[key] = row }
        }
        var findings: [Finding] = []
        for row in rows where row.count >= Self.minimumRow {
            var kinds: [ChartLabelKind: Int] = [:]
            for label in row { kinds[label.kind, default: 0] += 1 }
            guard kinds.count == 2, let odd = kinds.first(where: { $0.value == 1 })?.key,
                  let rowKind = kinds.first(where: { $0.key != odd })?.key,
                  let index = row.firstIndex(where: { $0.kind == odd }), index > 0 else { continue }
            let label = row[index], previous = row[index - 1]
            guard previous.kind == rowKind, let number = label.number, previous.number == number - 1 else { continue }
            let parallel = rowsOfOneKind[odd.words + "|" + row.map { String($0.number!) }.joined(separator: " ")]
            let expected = "\(rowKind.words) \(number)"
            let position = index + 1
            var message = Localized(
                id: "Label ke-\(position) deret \(rowKind.words) ini tertulis \(label.name); nomornya melanjutkan \(previous.name), jadi seharusnya \(expected).",
                en: "Label \(position) of this row of \(rowKind.words) labels reads \(label.name); its number continues \(previous.name), so it should be \(expected).")
            if let parallel {
                message.id += " Deret \(odd.words) di baris \(parallel[0].line) bernomor sama persis."
                message.en += " The row of \(odd.words) labels on line \(parallel[0].line) has exactly the same numbers."
            }
            findings.append(finding(in: document, line: label.line, message: message, expected: expected, found: label.name,
                                    subject: "\(rowKind.words)|\(position)|\(label.name)"))
        }
        return findings
    }
}
