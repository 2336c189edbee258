import Ingest

/// Flags a sentence that states how many programmes, kegiatan or sub kegiatan the plan has
/// (`13 (tiga belas) kegiatan`) when the programme tables list a different number of distinct names.
/// Counts of other things (`7 (tujuh) program unggulan` of the mayor, staff, cooperatives) are left alone.
struct PlanCountStatementRule: Rule {
    static let description = RuleDescription(
        id: "CNT001",
        family: .counts,
        severity: .error,
        title: Localized(id: "Jumlah program/kegiatan/subkegiatan di teks ≠ tabel",
                         en: "Stated number of programmes, kegiatan or sub kegiatan differs from the tables"),
        rationale: Localized(
            id: "Teks pengantar BAB rencana program menyebut berapa program, kegiatan, dan subkegiatan yang akan dilaksanakan. Bila tabel program memuat jumlah yang berbeda, teks atau tabel belum diperbarui dan pembaca tidak tahu mana yang benar.",
            en: "The text introducing the programme chapter says how many programmes, kegiatan and sub kegiatan will be carried out. When the programme table lists a different number, the text or the table was not updated and the reader cannot tell which is right."),
        triggering: [
            RuleExample(.bekasi, "↓Program-program tersebut didukung dengan kegiatan dan sub kegiatan yang berjumlah 1 (satu) kegiatan dan 2 (dua) sub kegiatan. Rincian disajikan dalam tabel 4.2 berikut:\n\n" + bekasiTable),
            RuleExample(.depok, "↓Rincian 2 (dua) program dan kegiatan dalam Renstra ini disajikan pada tabel berikut.\n\n" + depokTable),
            RuleExample(.semarang, "↓Rencana program dalam Tabel 6.1 terdiri atas 1 (satu) program dan 3 (tiga) kegiatan.\n\n" + semarangTable),
        ],
        nonTriggering: [
            RuleExample(.bekasi, "Program-program tersebut didukung dengan kegiatan dan sub kegiatan yang berjumlah 2 (dua) kegiatan dan 2 (dua) sub kegiatan. Rincian disajikan dalam tabel 4.2 berikut:\n\n" + bekasiTable),
            RuleExample(.bekasi, "Kota Bekasi memiliki “**Sapta Program Kota Bekasi Keren**”, yaitu 7 (tujuh) program unggulan percepatan pembangunan Kota Bekasi Keren sebagaimana tercantum dalam tabel 3.1.\n\n" + bekasiTable),
            RuleExample(.depok, "Rincian 1 (satu) program dan kegiatan dalam Renstra ini disajikan pada tabel berikut.\n\n" + depokTable),
            RuleExample(.semarang, "Rencana program dalam Tabel 6.1 terdiri atas 1 (satu) program dan 2 (dua) kegiatan.\n\n" + semarangTable),
        ])

    /// Programme tables of the three layouts for the examples: one programme, and below it two
    /// kegiatan (Bekasi, Semarang) or one kegiatan with one sub kegiatan (Depok).
    private static let bekasiTable = """
            Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

            BIDANG URUSAN/PROGRAM/KEGIATAN/SUBKEGIATAN\tINDIKATOR\tBASE LINE 2024\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN
            \t\t\t\t2025\t
            \t\t\t\tT\tPAGU
            PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI\tPersentase Koperasi yang Memenuhi Peraturan\t10.7\tPersen\t10\t30.000.000
            Kegiatan Pemeriksaan dan Pengawasan Koperasi\tPersentase koperasi yang diperiksa\t10.7\tUnit Usaha\t10\t20.000.000
            Sub Kegiatan Pemeriksaan dan Pengawasan Koperasi\tJumlah Koperasi yang Diperiksa\t10\tUnit Usaha\t10\t20.000.000
            Kegiatan Penilaian Kesehatan Koperasi\tJumlah Koperasi yang Dinilai\t4\tUnit Usaha\t4\t10.000.000
            Sub Kegiatan Penilaian Kesehatan Koperasi\tJumlah Koperasi yang Dinilai\t4\tUnit Usaha\t4\t10.000.000
            """

    private static let depokTable = """
            Tabel Program Kegiatan disertai Pendanaan Pagu Indikatif 

            \tURUSAN/PROGRAM/KEGIATAN/SUB KEGIATAN
            \t INDIKATOR KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN 
            \t Kondisi Kinerja Awal RPJMD (Tahun 2020)
            \t CAPAIAN KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN KERANGKA PENDANAAN 

            \t
            \t
            \t
            \tTAHUN 2022
            \tTAHUN 2023

            \t
            \t
            \t
            \tTARGET
            \tRp.
            \tTARGET
            \tRp.

            \tPROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)
            \tPersentase usaha mikro naik kelas
            \t2%
            \t3%
            \t                 650.000.000 
            \t4%
            \t                 845.000.000 

            \tPemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan
            \tJumlah usaha mikro yang diberdayakan
            \t500
            \t600
            \t                 650.000.000 
            \t700
            \t                 845.000.000 

            \tPelatihan Kewirausahaan Usaha Mikro
            \tJumlah wirausaha baru yang dilatih
            \t500
            \t600
            \t                 650.000.000 
            \t700
            \t                 845.000.000 
            """

    private static let semarangTable = """
            Kode Rekening\tUraian\tIndikator Kinerja\tData Capaian pada Tahun Awal Perencanaan (2016)\t\tTarget Kinerja Program dan Kerangka Pendanaan
            \t\t\tTarget\t(Rp)\t2017\t
            \t\t\t\t\tTarget\t(Rp)
            1.2.11.1.2.11.01.21\tPROGRAM PENINGKATAN PEMASARAN\tMeningkatnya jangkauan pemasaran\t3 provinsi\t900.000.000\t6 provinsi\t600.000.000
            1.2.11.1.2.11.01.21.001\tPeningkatan Akses Pemasaran\tJumlah UMKM\t153 UMKM\t500.000.000\t185 UMKM\t400.000.000
            1.2.11.1.2.11.01.21.002\tPeningkatan Jaringan Usaha\tJumlah UMKM\t190 UMKM\t400.000.000\t50 UMKM\t200.000.000
            """

    /// A count of plan items stated in text.
    struct Statement {
        var count: Int
        var spelling: String
        var level: PlanLevel
    }

    /// Words after the noun that make it another set or a subset: the mayor's flagship programmes,
    /// work programmes, the support or development programmes only…
    static let otherSets: Set<String> = ["unggulan", "prioritas", "strategis", "kerja", "nasional", "percepatan",
                                         "penunjang", "pembangunan", "utama", "andalan", "pokok", "rpjmd"]
    /// A passage counts as describing this plan when it names the plan or its tables.
    /// (No non-ASCII letter lower-cases to a letter of these, so they are found ignoring ASCII case.)
    static let planMarkers: [StaticString] = ["renstra", "tabel", "rencana program"]

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let facts = context.facts(of: document)
        let parts = facts.proseGroups.flatMap(\.parts).filter { part in
            Self.planMarkers.contains { part.text.containsIgnoringCase($0) }
        }
        guard !parts.isEmpty else { return [] }
        // Counted once per level, a level whose tables disagree included (it has no count).
        var tableCounts: [PlanLevel: (count: Int, tables: [String])?] = [:]
        return parts.flatMap { part in
            Self.statements(in: facts.tokens(of: part)).compactMap { statement -> Finding? in
                if tableCounts[statement.level] == nil {
                    tableCounts[statement.level] = .some(Self.distinctNames(at: statement.level, in: document))
                }
                guard let counted = tableCounts[statement.level] ?? nil, counted.count != statement.count else { return nil }
                let noun = Self.noun(statement.level)
                let tables = counted.tables.joined(separator: ", ")
                return finding(
                    in: document, line: part.lines.first, endLine: part.lines.last,
                    message: Localized(
                        id: "Teks menyebut \(statement.spelling) \(noun.id), tetapi \(tables) memuat \(counted.count) \(noun.id) dengan nama berbeda.",
                        en: "The text states \(statement.spelling) \(noun.en), but \(tables) lists \(counted.count) \(noun.en) with distinct names."),
                    expected: String(counted.count), found: String(statement.count),
                    subject: "\(statement.level.rawValue)|\(statement.count)")
            }
        }
    }

    /// The number of distinct names at `level` in the plan, when every programme table that has
    /// rows at that level agrees on it (nil when there are none, or tables disagree).
    static func distinctNames(at level: PlanLevel, in document: RenstraDocument) -> (count: Int, tables: [String])? {
        var namesByTable: [String: Set<String>] = [:]
        for node in document.allPlanNodes where node.level == level {
            namesByTable[node.table, default: []].insert(PlanRelations.nameWithoutLevelWord(node.name))
        }
        let counts = Set(namesByTable.values.map(\.count))
        guard counts.count == 1, let count = counts.first else { return nil }
        return (count, namesByTable.keys.sorted())
    }

    static func noun(_ level: PlanLevel) -> Localized {
        switch level {
        case .program: return Localized(id: "program", en: "programmes")
        case .kegiatan: return Localized(id: "kegiatan", en: "kegiatan")
        default: return Localized(id: "subkegiatan", en: "sub kegiatan")
        }
    }

    /// `8 (delapan) program`, `32 sub kegiatan`, `delapan program`, not `salah satu program`; sentences
    /// about one programme or kegiatan (`program ini terdiri atas 5 kegiatan`) count only its part.
    static func statements(in tokens: [ProseToken]) -> [Statement] {
        sentences(tokens).filter { !isAboutOneItem($0) }.flatMap { sentence -> [Statement] in
            var statements: [Statement] = []
            var index = 0
            while index < sentence.count {
                guard let (count, spelling, nounStart) = countPhrase(in: sentence, at: index) else { index += 1; continue }
                if let (level, next) = planNoun(in: sentence, at: nounStart),
                   !(sentence.indices.contains(next) && sentence[next].word.map({ otherSets.contains($0.lowercased()) }) == true) {
                    statements.append(Statement(count: count, spelling: spelling, level: level))
                }
                index = nounStart
            }
            return statements
        }
    }

    private static func sentences(_ tokens: [ProseToken]) -> [[ProseToken]] {
        tokens.split { $0.isPunctuation(".") || $0.isPunctuation("?") || $0.isPunctuation("!") }.map(Array.init)
    }

    /// `program ini`, `kegiatan tersebut`: a single item, unlike `program-program tersebut`.
    private static func isAboutOneItem(_ sentence: [ProseToken]) -> Bool {
        zip(sentence, sentence.dropFirst()).contains { noun, pointer in
            ["program", "kegiatan"].contains(noun.word?.lowercased() ?? "")
                && ["ini", "tersebut", "itu"].contains(pointer.word?.lowercased() ?? "")
        }
    }

    static let largestCount = 100_000.0

    /// A count at `index`: digits with an optional bracketed spelling, or number words alone.
    private static func countPhrase(in tokens: [ProseToken], at index: Int) -> (Int, String, Int)? {
        // A count of programmes or activities is small; anything larger is another figure (and would
        // not fit an Int anyway).
        if let quantity = tokens[index].quantity, quantity.kind == .number, quantity.unit == nil,
           let value = quantity.value, value >= 1, value < Self.largestCount, value.rounded() == value {
            var next = index + 1
            var spelling = quantity.spelling
            if next < tokens.count, tokens[next].isPunctuation("("),
               let close = tokens[next...].firstIndex(where: { $0.isPunctuation(")") }) {
                spelling += " (" + tokens[(next + 1)..<close].compactMap(\.word).joined(separator: " ") + ")"
                next = close + 1
            }
            return (Int(value), spelling, next)
        }
        guard index == 0 || tokens[index - 1].word?.lowercased() != "salah" else { return nil }
        var end = index
        while end < tokens.count, let word = tokens[end].word, IndonesianNumberWords.isNumberWord(word) { end += 1 }
        guard end > index, let reading = IndonesianNumberWords.parse(tokens[index..<end].compactMap(\.word).joined(separator: " ")),
              reading.decimals == 0, reading.value >= 1, reading.value < Self.largestCount else { return nil }
        return (Int(reading.value), tokens[index..<end].compactMap(\.word).joined(separator: " "), end)
    }

    /// `program`, `kegiatan`, `sub kegiatan`, `subkegiatan`, `sub-kegiatan` at `index`; returns the level
    /// and the index after the noun.
    private static func planNoun(in tokens: [ProseToken], at index: Int) -> (PlanLevel, Int)? {
        guard index < tokens.count, let word = tokens[index].word?.lowercased() else { return nil }
        switch word {
        case "program": return (.program, index + 1)
        case "kegiatan": return (.kegiatan, index + 1)
        case "subkegiatan", "sub-kegiatan": return (.subKegiatan, index + 1)
        case "sub" where index + 1 < tokens.count && tokens[index + 1].word?.lowercased() == "kegiatan":
            return (.subKegiatan, index + 2)
        default: return nil
        }
    }
}
