import Ingest

/// Flags a paragraph describing an organisational unit that changes the unit's name between its
/// sentences: `Bidang Perizinan dan Kelembagaan Koperasi berkedudukan di bawah … Bidang Pemberdayaan dan
/// Perlindungan Koperasi dipimpin oleh seorang Kepala Bidang.` The second name is usually an old or
/// copied one.
struct UnitNameMismatchRule: Rule {
    static let description = RuleDescription(
        id: "REF005",
        family: .references,
        severity: .warning,
        title: Localized(id: "Nama unit kerja berganti di dalam uraiannya sendiri",
                         en: "An organisational unit is named differently within its own description"),
        rationale: Localized(
            id: "Uraian susunan organisasi mengikuti Peraturan Wali Kota: setiap unit (sekretariat, bidang, seksi) berkedudukan di bawah atasannya dan dipimpin oleh seorang kepala. Bila satu paragraf menyebut dua nama unit yang berbeda, salah satunya biasanya nama lama atau salinan dari unit lain.",
            en: "The description of the organisation follows the mayor's regulation: each unit (secretariat, division, section) reports to its superior and is led by a head. When one paragraph names the unit in two different ways, one name is usually an old one or copied from another unit."),
        triggering: [
            RuleExample(.semarang, """
            ## **2) Bidang Perizinan dan Kelembagaan Koperasi**

            ↓Bidang Perizinan dan Kelembagaan Koperasi berkedudukan di bawah dan bertanggung jawab kepada Kepala Dinas melalui Sekretaris. Bidang Pemberdayaan dan Perlindungan Koperasi dipimpin oleh seorang Kepala Bidang.
            """),
            RuleExample(.bekasi, """
            ↓Bidang Usaha Mikro berkedudukan di bawah dan bertanggung jawab kepada Kepala Dinas. Bidang Koperasi dipimpin oleh seorang Kepala Bidang.
            """),
            RuleExample(.depok, """
            ↓Sekretariat berkedudukan di bawah dan bertanggung jawab kepada Kepala Dinas. Bidang Pengawasan dipimpin oleh seorang Sekretaris.
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            Bidang Pemberdayaan Koperasi berkedudukan di bawah dan bertanggung jawab kepada Kepala Dinas melalui Sekretaris. Bidang Pemberdayaan Koperasi dipimpin oleh seorang Kepala Bidang.

            Masing-masing Seksi dipimpin oleh seorang Kepala Seksi yang berkedudukan dibawah dan bertanggung jawab kepada Kepala Bidang Pemberdayaan Koperasi.
            """),
            RuleExample(.bekasi, """
            Sekretariat berkedudukan di bawah dan bertanggung jawab kepada Kepala Dinas. Sekretariat dipimpin oleh seorang Sekretaris.
            """),
            RuleExample(.depok, """
            Bidang Koperasi berkedudukan di bawah dan bertanggung jawab kepada Kepala Dinas. Bidang Koperasi dipimpin oleh seorang Kepala Bidang.
            """),
        ])

    private static let unitWords: Set<String> = ["sekretariat", "bidang", "subbagian", "sub", "seksi", "upt", "uptd", "bagian"]

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        document.paragraphs.compactMap { paragraph -> Finding? in
            // Both verbs must be there; no non-ASCII letter lower-cases to one of `dipimpin`.
            guard paragraph.text.containsIgnoringCase("dipimpin"),
                  let placed = Self.subject(of: "berkedudukan", in: paragraph.text),
                  let led = Self.subject(of: "dipimpin", in: paragraph.text),
                  NameNormalizer.normalize(placed) != NameNormalizer.normalize(led) else { return nil }
            return finding(
                in: document, line: paragraph.lines.first, endLine: paragraph.lines.last,
                message: Localized(
                    id: "Paragraf ini menguraikan \"\(placed)\", tetapi menyebut \"\(led)\" sebagai unit yang dipimpin oleh kepalanya. Salah satu nama unit keliru.",
                    en: "This paragraph describes \"\(placed)\" but names \"\(led)\" as the unit led by its head. One of the unit names is wrong."),
                expected: placed, found: led, subject: NameNormalizer.normalize(placed) + "|" + NameNormalizer.normalize(led))
        }
    }

    /// The unit that opens the sentence in which `verb` follows it directly: `Bidang X berkedudukan …`.
    static func subject(of verb: String, in text: String) -> String? {
        for sentence in text.pieces(separatedBy: ".") {
            let words = sentence.blankSeparatedWords().map(String.init)
            guard let verbIndex = words.firstIndex(where: { $0.lowercased() == verb }), verbIndex > 0,
                  unitWords.contains(words[0].lowercased()) else { continue }
            return words[..<verbIndex].joined(separator: " ")
        }
        return nil
    }
}
