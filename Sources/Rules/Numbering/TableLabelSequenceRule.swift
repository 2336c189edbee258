import Ingest

/// Flags table numbers that skip or go backwards within their series (`Tabel 3.1`, `Tabel 3.3`;
/// `Tabel a`, `Tabel c`). Template codes such as `T-C.23` are not a sequence and are left alone;
/// a label used twice is NUM002's concern.
struct TableLabelSequenceRule: Rule {
    static let description = RuleDescription(
        id: "NUM003",
        family: .numbering,
        severity: .warning,
        title: Localized(id: "Nomor tabel melompat atau tidak berurutan",
                         en: "Table numbers skip or are out of order"),
        rationale: Localized(
            id: "Tabel dalam satu bab bernomor berurutan (2.1, 2.2, …). Nomor yang melompat menandakan tabel yang hilang atau salah nomor. Peringatan, bukan galat: tabel yang berupa gambar bisa hilang saat dokumen diekspor ke teks.",
            en: "Tables within a chapter are numbered in sequence (2.1, 2.2, …). A skipped number suggests a missing or misnumbered table. A warning, not an error: a table embedded as an image can be lost when the document is exported to text."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 3.1 Tujuan dan Sasaran

            NO\tTUJUAN
            1\tMeningkatnya ekonomi

            ↓Tabel 3.3 Arah Kebijakan

            NO\tARAH KEBIJAKAN
            1\tPenguatan UMKM
            """),
            RuleExample(.depok, """
            Tabel a. Data PNS berdasarkan Jenis Kelamin
            \tNo.
            \tJenis Kelamin

            \t1.
            \tLaki-laki

            ↓Tabel c. Data PNS berdasarkan tingkat pendidikan
            \tNo.
            \tTingkat Pendidikan

            \t1.
            \tSarjana
            """),
            RuleExample(.semarang, """
            Tabel 4.1 Tujuan dan Sasaran

            No\tTujuan
            1\tMeningkatnya koperasi

            ↓Tabel 4.3 Strategi

            No\tStrategi
            1\tPenguatan
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 3.1 Tujuan dan Sasaran

            NO\tTUJUAN
            1\tMeningkatnya ekonomi

            Tabel 3.2 Arah Kebijakan

            NO\tARAH KEBIJAKAN
            1\tPenguatan UMKM

            Tabel T-C.26 Rencana Program

            NO\tPROGRAM
            1\tProgram Penunjang
            """),
            RuleExample(.semarang, """
            Tabel 4.1 Tujuan dan Sasaran

            No\tTujuan
            1\tMeningkatnya koperasi

            Tabel 5.1 Strategi

            No\tStrategi
            1\tPenguatan
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var lastInSeries: [String: (number: Int, label: String)] = [:]
        var seen = Set<String>()
        var findings: [Finding] = []
        let captions = DocumentCaptions.all(in: document)
        let figures = Self.figuresNumberedWithTables(DocumentCaptions.figureKeys(in: document),
                                                     tables: Set(captions.compactMap { $0.label.map { LabelMention.key(String($0.dropFirst("Tabel ".count))) } }))
        for caption in captions {
            guard let label = caption.label, let (series, number) = Self.position(caption.numberParts) else { continue }
            // A label used again (a table continued, or numbered twice) is where the series stands now.
            guard seen.insert(label.lowercased()).inserted else {
                lastInSeries[series] = (number, label)
                continue
            }
            let previous = lastInSeries[series]
            lastInSeries[series] = (number, label)
            let expected = (previous?.number ?? 0) + 1
            guard number != expected else { continue }
            let expectedLabel = Self.label(series: series, number: expected)
            var message: Localized
            if let previous, number < previous.number {
                message = Localized(id: "\(label) muncul setelah \(previous.label); nomor tabel tidak berurutan.",
                                    en: "\(label) comes after \(previous.label); table numbers are out of order.")
            } else if let previous {
                message = Localized(id: "\(label) mengikuti \(previous.label); \(expectedLabel) tidak ada.",
                                    en: "\(label) follows \(previous.label); \(expectedLabel) is missing.")
            } else {
                message = Localized(id: "\(label) adalah tabel pertama dalam urutannya; \(expectedLabel) tidak ada.",
                                    en: "\(label) is the first table of its series; \(expectedLabel) is missing.")
            }
            let figure = "Gambar " + expectedLabel.dropFirst("Tabel ".count)
            if figures.contains(LabelMention.key(String(expectedLabel.dropFirst("Tabel ".count)))) {
                message = message.appending(Localized(id: " Yang ada \(figure): judulnya menyebut gambar.",
                                                      en: " There is \(figure): its caption calls it a figure."))
            }
            findings.append(finding(in: document, line: caption.lines.first, endLine: caption.lines.last, table: label,
                                    message: message, expected: expectedLabel, found: label, subject: label))
        }
        return findings
    }

    /// The figure numbers that share one numbering with the tables: those of the chapters where no figure
    /// has a table's number (`Gambar: 4.2` between Tabel 4.1 and Tabel 4.3). A chapter with its own
    /// figure series (Gambar 2.1 … 2.98 beside Tabel 2.1 … 2.26) is not mixed in.
    static func figuresNumberedWithTables(_ figures: Set<String>, tables: Set<String>) -> Set<String> {
        func chapter(_ key: String) -> Substring { key.prefix { $0 != "." } }
        let separateSeries = Set(figures.filter(tables.contains).map(chapter))
        return figures.filter { !separateSeries.contains(chapter($0)) }
    }

    /// The series a label belongs to and its place in it: `["3", "2"]` → ("3", 2); `["d"]` → ("", 4).
    /// Template codes (`T-C.26`) and deeper numbering are not sequences.
    static func position(_ parts: [String]) -> (series: String, number: Int)? {
        if parts.count == 1, let letter = parts[0].lowercased().unicodeScalars.first, parts[0].count == 1,
           letter.properties.isAlphabetic, letter.isASCII {
            return ("", Int(letter.value) - Int(("a" as Unicode.Scalar).value) + 1)
        }
        guard parts.count == 2, let chapter = Int(parts[0]), let number = Int(parts[1]) else { return nil }
        return (String(chapter), number)
    }

    static func label(series: String, number: Int) -> String {
        if series.isEmpty, let scalar = Unicode.Scalar(Int(("a" as Unicode.Scalar).value) + number - 1) {
            return "Tabel \(Character(scalar))"
        }
        return "Tabel \(series).\(number)"
    }
}
