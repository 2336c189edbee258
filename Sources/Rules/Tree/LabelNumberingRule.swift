import Ingest

/// Flags a label number that some run of labels skips (or repeats), in the only way the scrambled text
/// of a chart proves it: each official numbers their boxes 1, 2, 3, …, so across the whole chart a kind of
/// label (`SASARAN`, `INDIKATOR KEGIATAN`) must be printed with number k at least as often as with k+1.
/// Where number k+1 is printed more often, some run lacks k or repeats k+1, wherever its parts are
/// printed. A `SASARAN 6` printed far from `SASARAN 5 … 7` fills that run's gap, so it is not reported.
struct LabelNumberingRule: Rule {
    static let description = RuleDescription(
        id: "TRE003",
        family: .tree,
        severity: .warning,
        title: Localized(id: "Nomor label terlewat atau berulang", en: "Label number skipped or repeated"),
        rationale: Localized(
            id: "Setiap pejabat menomori kotaknya 1, 2, 3, …, jadi di seluruh pohon kinerja label bernomor k harus tercetak sedikitnya sesering label bernomor k+1. Teks ekspor diagram mengacak urutan kotak, sehingga hanya hitungan seluruh bagan yang membuktikan nomor terlewat atau berulang; SASARAN 6 yang tercetak jauh dari SASARAN 5 … 7 mengisi celahnya.",
            en: "Each official numbers their boxes 1, 2, 3, …, so across a performance tree a label numbered k must be printed at least as often as the one numbered k+1. The diagram's text scrambles the boxes' order, so only the counts over the whole chart prove a number skipped or repeated; a SASARAN 6 printed far from SASARAN 5 … 7 fills its gap."),
        triggering: [
            RuleExample(.performanceChart, """
            ↓SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 4 SASARAN 5 SASARAN 7 SASARAN 8 SASARAN 9 SASARAN 10 SASARAN 11 SASARAN 12 SASARAN 13 SASARAN 14 SASARAN 15 SASARAN 16 SASARAN 17 SASARAN 1 SASARAN 2 SASARAN 3

            Tersedianya Peralatan 
            dan Mesin Lainnya
            """),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 4 SASARAN 5 SASARAN 7 SASARAN 8 SASARAN 9 SASARAN 10 SASARAN 11 SASARAN 12 SASARAN 13 SASARAN 14 SASARAN 15 SASARAN 16 SASARAN 17 SASARAN 1 SASARAN 2 SASARAN 3

            Tersedianya Peralatan 
            dan Mesin Lainnya

            SASARAN 6

            Terlaksananya pengadaan, 
            pengelolaan, pemeliharaan, inventaris 
            """),
            RuleExample(.performanceChart, """
            SASARAN 5SASARAN 4SASARAN 3

            SASARAN 2

            SASARAN 1

            Meningkatnya Pelayanan Izin 
            Usaha Simpan Pinjam
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let chart = document.chart else { return [] }
        let rows = chart.labelRows
        var findings: [Finding] = []
        let numbered = chart.labels.filter { $0.number != nil }
        let kinds = numbered.reduce(into: [ChartLabelKind]()) { kinds, label in if !kinds.contains(label.kind) { kinds.append(label.kind) } }
        // For each kind and number: the first row printing it, and the first printing it without the number before.
        var firstRow: [ChartLabelKind: [Int: Int]] = [:]
        var firstRowWithoutPrevious: [ChartLabelKind: [Int: Int]] = [:]
        for (index, row) in rows.enumerated() {
            var numbers: [ChartLabelKind: Set<Int>] = [:]
            for label in row { if let number = label.number { numbers[label.kind, default: []].insert(number) } }
            for (kind, printed) in numbers {
                for number in printed {
                    if firstRow[kind]?[number] == nil { firstRow[kind, default: [:]][number] = index }
                    if !printed.contains(number - 1), firstRowWithoutPrevious[kind]?[number] == nil {
                        firstRowWithoutPrevious[kind, default: [:]][number] = index
                    }
                }
            }
        }
        for kind in kinds {
            var counts: [Int: Int] = [:]
            for label in numbered where label.kind == kind { counts[label.number!, default: 0] += 1 }
            for number in counts.keys.sorted() where number > 1 && counts[number]! > counts[number - 1, default: 0] {
                let lacking = counts[number - 1, default: 0]
                // Where to look: a row that prints the number without the one before it.
                let row = rows[firstRowWithoutPrevious[kind]?[number] ?? firstRow[kind]![number]!]
                let sequence = Self.sequence(row.filter { $0.kind == kind }.compactMap(\.number))
                let name = kind.words
                findings.append(finding(
                    in: document, line: row[0].line,
                    message: Localized(
                        id: "\(name) \(number) tercetak \(counts[number]!) kali tetapi \(name) \(number - 1) \(lacking == 0 ? "tidak pernah" : "hanya \(lacking) kali") di seluruh bagan: sedikitnya satu urutan \(name) melompati nomor \(number - 1) (atau mengulang nomor \(number)). Urutan di baris ini: \(sequence).",
                        en: "\(name) \(number) is printed \(Self.times(counts[number]!)) but \(name) \(number - 1) \(lacking == 0 ? "never" : "only " + Self.times(lacking)) in the whole chart: at least one run of \(name) labels skips \(number - 1) (or repeats \(number)). The run on this line: \(sequence)."),
                    expected: "\(name) \(number - 1)", found: "\(name) \(number)",
                    subject: "\(name)|\(number)"))
            }
        }
        return findings
    }

    private static func times(_ count: Int) -> String {
        count == 1 ? "once" : "\(count) times"
    }

    /// `1–5, 7–17, 1–3`: the numbers of a row, consecutive ones as ranges.
    static func sequence(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start = numbers.first, previous = numbers.first
        for number in numbers.dropFirst() + [Int.min] {
            if let last = previous, number == last + 1 { previous = number; continue }
            if let first = start, let last = previous { parts.append(first == last ? "\(first)" : "\(first)–\(last)") }
            start = number
            previous = number
        }
        return parts.joined(separator: ", ")
    }
}
