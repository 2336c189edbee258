import Ingest

/// Flags text that names another agency as the one carrying out or owning this plan
/// (`strategi yang akan dilaksanakan oleh Dinas Pendapatan, Pengelolaan Keuangan dan Aset` in the plan
/// of the Dinas Koperasi dan Usaha Mikro): a sentence copied from another agency's Renstra.
/// Other agencies mentioned in passing (a province office reviewed in BAB III, a former name) are not flagged.
struct ForeignAgencyMentionRule: Rule {
    static let description = RuleDescription(
        id: "REF003",
        family: .references,
        severity: .warning,
        title: Localized(id: "Teks menyebut perangkat daerah lain sebagai pelaksana Renstra",
                         en: "Text names another agency as the one carrying out the plan"),
        rationale: Localized(
            id: "Renstra disusun oleh dan untuk satu perangkat daerah. Kalimat yang menyebut perangkat daerah lain sebagai pelaksana atau pemilik rencana biasanya tersalin dari Renstra perangkat daerah lain dan belum disesuaikan.",
            en: "A Renstra is written by and for one agency. A sentence naming another agency as the one carrying out or owning the plan was usually copied from that agency's Renstra and not adapted."),
        triggering: [
            RuleExample(.depok, """
            RENCANA STRATEGIS
            DINAS KOPERASI DAN USAHA MIKRO
            KOTA DEPOK
            TAHUN 2021-2026

            BAB V
            STRATEGI DAN KEBIJAKAN
            ↓Oleh karena itu, untuk mewujudkan tujuan dirancang strategi yang akan dilaksanakan oleh Dinas Pendapatan, Pengelolaan Keuangan dan Aset secara konseptual, analitis, realistis, rasional dan komprehensif.
            """),
            RuleExample(.bekasi, """
            RENCANA STRATEGIS
            DINAS KOPERASI, USAHA KECIL DAN MENENGAH
            KOTA BEKASI
            TAHUN 2025-2029

            ↓Rencana Strategis Dinas Perhubungan Kota Bekasi Tahun 2025-2029 disusun dengan sistematika sebagai berikut:
            """),
            RuleExample(.semarang, """
            # **PERUBAHAN RENCANA STRATEGIS (RENSTRA) II**

            **DINAS KOPERASI DAN USAHA MIKRO**

            ↓Renstra ini disusun oleh Badan Perencanaan Pembangunan Daerah sebagai pedoman kerja.
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            # **PERUBAHAN RENCANA STRATEGIS (RENSTRA) II**

            **DINAS KOPERASI DAN USAHA MIKRO**

            ### 3.3.2 Telaah Renstra Dinas Koperasi dan UKM Provinsi Jawa Tengah

            Adapun program yang dilaksanakan oleh Dinas Koperasi dan Usaha Mikro adalah melakukan pemberdayaan koperasi.
            """),
            RuleExample(.bekasi, """
            RENCANA STRATEGIS
            DINAS KOPERASI, USAHA KECIL DAN MENENGAH
            KOTA BEKASI
            TAHUN 2025-2029

            Dinas Koperasi, Usaha Kecil dan Menengah Kota Bekasi berdiri pada Januari Tahun 2017, setelah sebelumnya bergabung dengan Dinas Perindustrian Perdagangan dan Koperasi.
            """),
            RuleExample(.depok, """
            RENCANA STRATEGIS
            DINAS KOPERASI DAN USAHA MIKRO
            KOTA DEPOK
            TAHUN 2021-2026

            Strategi yang akan dilaksanakan oleh Dinas Koperasi dan Usaha Mikro secara konseptual, analitis, realistis, rasional dan komprehensif.
            Telaahan terhadap Renstra Dinas Koperasi dan Usaha Kecil Provinsi Jawa Barat.
            """),
        ])

    /// Words that introduce the agency doing or owning the plan.
    private static let ownerCues = ["dilaksanakan oleh", "disusun oleh", "ditetapkan oleh", "renstra", "rencana strategis"]
    /// Words that start an agency name.
    private static let agencyWords: Set<String> = ["dinas", "badan"]
    /// Offices of another level of government, whose plans a Renstra legitimately reviews.
    private static let otherLevels: Set<String> = ["provinsi", "kementerian", "kementrian", "nasional", "pusat", "republik"]
    /// Words introducing a review of another plan (`Telaahan Renstra …`).
    private static let reviewWords: Set<String> = ["telaah", "telaahan", "telahaan", "telaahan:", "review", "kajian", "terhadap"]
    /// Capitalised words that end a name rather than continue it.
    private static let nameEnders: Set<String> = ["tahun", "nomor", "no", "periode", "yang", "pada", "dalam", "untuk", "dengan",
                                                  "sebagai", "mengacu"]

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let agency = document.metadata.agency else { return [] }
        let ownWords = Set(WordOverlap.contentWords(agency))
        guard !ownWords.isEmpty else { return [] }
        var findings: [Finding] = []
        // Whole sentences over the lines they wrap on: `Renstra Badan … dan Perlindungan` / `Masyarakat
        // Provinsi Jawa Tengah` names a province office only on its second line.
        for passage in context.facts(of: document).prosePassages where passage.kind == .text {
            guard let named = Self.ownerMention(in: passage.text) else { continue }
            let namedWords = Set(WordOverlap.contentWords(named))
            guard namedWords.isDisjoint(with: ownWords), namedWords.isDisjoint(with: Self.otherLevels) else { continue }
            let offset = passage.text.range(of: named).map { passage.text.distance(from: passage.text.startIndex, to: $0.lowerBound) } ?? 0
            findings.append(finding(
                in: document, line: passage.line(at: offset), endLine: passage.line(at: offset + named.count - 1),
                message: Localized(
                    id: "Teks menyebut \"\(named)\" sebagai pelaksana/pemilik rencana, padahal Renstra ini milik \(Self.titleCased(agency)). Kemungkinan kalimat tersalin dari Renstra perangkat daerah lain.",
                    en: "The text names \"\(named)\" as the agency carrying out or owning the plan, but this Renstra belongs to \(Self.titleCased(agency)). The sentence was probably copied from another agency's Renstra."),
                expected: Self.titleCased(agency), found: named, subject: NameNormalizer.normalize(named)))
        }
        return findings
    }

    /// The agency name that follows an owner cue (`dilaksanakan oleh Dinas …`, `Renstra Dinas …`).
    static func ownerMention(in text: String) -> String? {
        // An agency word and a cue must both be there (`oleh` for the `… oleh` cues); none of these words
        // has a letter that a non-ASCII letter lower-cases to.
        guard text.containsIgnoringCase("dinas") || text.containsIgnoringCase("badan"),
              text.containsIgnoringCase("oleh") || text.containsIgnoringCase("renstra")
                || text.containsIgnoringCase("strategis") else { return nil }
        let words = text.blankSeparatedWords()
        // Only five ASCII letters lower-case to `dinas` or `badan`.
        for index in words.indices where words[index].utf8.count == 5 && agencyWords.contains(words[index].lowercased()) {
            let before = words[max(0, index - 2)..<index].map { $0.lowercased() }.joined(separator: " ")
            guard ownerCues.contains(where: { before.hasSuffix($0) }) else { continue }
            // `Telaahan Renstra Badan …`: a review of another agency's plan, which BAB III calls for.
            let cueStart = max(0, index - 3)
            guard !words[cueStart..<index].contains(where: { reviewWords.contains($0.lowercased()) }) else { continue }
            return agencyName(words, from: index)
        }
        return nil
    }

    /// Another agency of the same government named anywhere in a title (`INDIKATOR KINERJA DINAS
    /// PERINDUSTRIAN DAN PERDAGANGAN YANG …` in the Renstra of another Dinas); none when the title reviews
    /// another plan or names another level of government.
    static func otherAgency(in title: String, own agency: String) -> String? {
        let ownWords = Set(WordOverlap.contentWords(agency))
        let words = title.blankSeparatedWords()
        guard !ownWords.isEmpty, !words.contains(where: { reviewWords.contains($0.lowercased()) }) else { return nil }
        for index in words.indices where words[index].utf8.count == 5 && agencyWords.contains(words[index].lowercased()) {
            guard let named = agencyName(words, from: index) else { continue }
            let namedWords = Set(WordOverlap.contentWords(named))
            if namedWords.isDisjoint(with: ownWords) && namedWords.isDisjoint(with: otherLevels) { return titleCased(named) }
        }
        return nil
    }

    /// `Dinas Pendapatan, Pengelolaan Keuangan dan Aset secara …` → `Dinas Pendapatan, Pengelolaan Keuangan dan Aset`:
    /// capitalised words and the connectors between them.
    private static func agencyName(_ words: [Substring], from start: Int) -> String? {
        var name: [Substring] = [words[start]]
        var index = start + 1
        while index < words.count {
            let word = words[index]
            let isConnector = word.lowercased() == "dan" || word == "&"
            guard word.first?.isUppercase == true || isConnector, !nameEnders.contains(word.lowercased()) else { break }
            name.append(word)
            if word.last.map({ ".;:".contains($0) }) == true { break }
            index += 1
        }
        while let last = name.last, last.lowercased() == "dan" || last == "&" { name.removeLast() }
        guard name.count >= 2 else { return nil }
        return name.joined(separator: " ").trimmingTrailing(",.;:")
    }

    static func titleCased(_ name: String) -> String {
        guard name == name.uppercased() else { return name }
        return name.lowercased().pieces(separatedBy: " ").map { word in
            ["dan", "serta"].contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}

private extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var result = self
        while let last = result.last, characters.contains(last) { result.removeLast() }
        return result
    }
}
