import Ingest

/// Flags a word of the chart's boxes printed in two spellings one slip apart (`Penatusahaan` and
/// `Penatausahaan`, `Tersusunya` and `Tersusunnya`), at the spelling printed less often. Which one is right
/// the reviewer decides; `SpellingVariants` says which slips count.
struct SpellingVariantRule: Rule {
    static let description = RuleDescription(
        id: "TRE002",
        family: .tree,
        severity: .info,
        title: Localized(id: "Kata yang sama dieja dua cara", en: "The same word spelled two ways"),
        rationale: Localized(
            id: "Pohon kinerja yang menulis satu kata dengan dua ejaan (Penatausahaan di satu kotak, Penatusahaan di kotak lain) hampir pasti salah ketik di salah satunya. Temuan ditempatkan pada ejaan yang lebih jarang; periksa mana yang benar.",
            en: "A performance tree that writes one word two ways (Penatausahaan in one box, Penatusahaan in another) almost certainly has a typo in one of them. The finding is placed at the rarer spelling; check which is right."),
        triggering: [
            RuleExample(.performanceChart, """
            SASARAN 1 SASARAN 2

            Tersusunnya 
            Penatausahaan 
            Arsip Dinamis 
            pada SKPD

            ↓Tersusunya 
            Laporan Keuangan 
            Akhir Tahun SKPD 

            INDIKATOR 1 INDIKATOR 2

            Jumlah Dokumen 
            ↓Penatusahaan 
            Arsip Dinamis 
            pada SKPD

            Jumlah Laporan 
            Keuangan Akhir 
            """),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            Tersedianya 
            Fasilitasi 

            Kunjungan Tamu

            Tersedianya 
            Pakaian Dinas 
            Beserta Atribut 

            Jumlah Peserta Pendidikan 
            dan Pelatihan

            Jumlah Unit Usaha 
            UMKM yang 

            Mendapatkan 
            Fasilitas Produksi 

            Terlaksananya Penatausahaan 
            Keuangan, akuntansi serta verifikasi 
            pembukuan keuangan lingkup dinas

            Tersedianya Izin Usaha 
            Simpan Pinjam dan 

            Pembukaan Kantor Cabang, 
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let chart = document.chart else { return [] }
        var words: [(word: String, lines: [Int])] = []
        var printed: [String: String] = [:]
        for box in chart.boxes {
            // The line that prints each word; a word the export cut over two lines is on the box's first.
            var lineOfWord: [String: Int] = [:]
            if box.lines.count > 1 {
                for line in box.lines.reversed() {
                    for word in SpellingVariants.words(of: document.source.line(line)) { lineOfWord[word.key] = line }
                }
            }
            for word in SpellingVariants.words(of: box.text) where word.key.count >= SpellingVariants.minimumLength {
                words.append((word.key, [lineOfWord[word.key] ?? box.span.first]))
                if printed[word.key] == nil { printed[word.key] = word.printed }
            }
        }
        return SpellingVariants.variants(words).map { variant in
            let rare = Self.spelling(printed[variant.rare]!, variant.rareLines)
            let common = Self.spelling(printed[variant.common]!, variant.commonLines)
            return finding(
                in: document, line: variant.rareLines[0],
                message: Localized(
                    id: "Kata yang sama dieja dua cara: \(rare.id) dan \(common.id). Periksa ejaan yang benar.",
                    en: "The same word is spelled two ways: \(rare.en) and \(common.en). Check which is right."),
                expected: printed[variant.common]!, found: printed[variant.rare]!,
                subject: "\(variant.rare)|\(variant.common)")
        }
    }

    private static func spelling(_ word: String, _ lines: [Int]) -> Localized {
        let shown = lines.listedLines(upTo: 5)
        return Localized(id: "`\(word)` (baris \(shown))", en: "`\(word)` (line\(lines.count == 1 ? "" : "s") \(shown))")
    }
}
