import Ingest

/// Flags a box label whose word is not in the label vocabulary but one letter off a word that is
/// (`INDIKATROR 1` for `INDIKATOR 1`). The label is still read as the word it means.
struct MisspelledLabelRule: Rule {
    static let description = RuleDescription(
        id: "TRE001",
        family: .tree,
        severity: .info,
        title: Localized(id: "Label kotak salah eja", en: "Box label misspelt"),
        rationale: Localized(
            id: "Label kotak pohon kinerja (TUJUAN, SASARAN, INDIKATOR, KEGIATAN, …) menandai tingkat tiap kotak. Label yang salah eja (INDIKATROR) membuat pembaca dan alat bantu ragu kotak itu apa; perbaiki ejaannya.",
            en: "The labels of a performance tree's boxes (TUJUAN, SASARAN, INDIKATOR, KEGIATAN, …) mark each box's level. A misspelt label (INDIKATROR) leaves readers and tools unsure what the box is; correct its spelling."),
        triggering: [
            RuleExample(.performanceChart, """
            SASARAN 1

            Meningkatnya Pelayanan Izin 
            Usaha Simpan Pinjam

            ↓INDIKATROR 1

            Persentase Koperasi yang 
            Memiliki Izin Simpan Pinjam 

            SASARAN KEGIATAN 1

            Terlaksananya Penerbitan Izin 
            Usaha Simpan Pinjam untuk 

            ↓INDIKATROR KEGIATAN 1

            Jumlah Penerbitan Izin Usaha 
            Simpan Pinjam untuk 
            """),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            SASARAN KEGIATAN 1

            INDIKATOR KEGIATAN 1

            Terlaksananya Pengembangan Usaha Mikro dengan 
            Orientasi Peningkatan Skala Usaha Menjadi Usaha 

            Persentase Usaha Mikro dengan Orientasi 
            Peningkatan Skala Usaha menjadi Usaha Kecil yang 
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let chart = document.chart else { return [] }
        return chart.labels.flatMap { label in
            label.misspellings.map { misspelling in
                let printed = label.printed + (label.number.map { " \($0)" } ?? "")
                return finding(
                    in: document, line: label.line, endLine: label.lines.last,
                    message: Localized(
                        id: "Label `\(printed)` salah eja: `\(misspelling.printed)` seharusnya `\(misspelling.expected)` (dibaca sebagai \(label.name)).",
                        en: "The label `\(printed)` is misspelt: `\(misspelling.printed)` should be `\(misspelling.expected)` (read as \(label.name))."),
                    expected: misspelling.expected, found: misspelling.printed,
                    subject: "\(misspelling.printed)|\(label.name)")
            }
        }
    }
}
