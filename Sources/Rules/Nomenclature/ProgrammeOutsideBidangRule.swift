import Ingest

/// Flags a programme whose bidang urusan (by its code, or by its name in the list) is not the one of the
/// bidang row the plan lists it under (a warning), or, in a plan without bidang rows, not one the agency's
/// name names while all its other programmes are (an info finding).
struct ProgrammeOutsideBidangRule: Rule {
    static let description = RuleDescription(
        id: "NOM007",
        family: .nomenclature,
        severity: .warning,
        title: Localized(id: "Program di luar bidang urusan perangkat daerah",
                         en: "Programme outside the agency's bidang urusan"),
        rationale: Localized(
            id: "Perangkat daerah melaksanakan program dari bidang urusan yang menjadi tugasnya; program penunjang (X.XX.01) dimiliki setiap perangkat daerah, demikian pula program khusus Aceh dan DIY yang ditandai dalam daftar. Bidang urusan program dibaca dari kodenya (2.17.07 → 2.17) atau, tanpa kode, dari namanya dalam daftar. Program tanpa kode yang menurut namanya termasuk bidang lain daripada baris bidang urusan tempat ia tercantum adalah peringatan (program berkode menyatakan bidangnya sendiri; baris bidang yang berbeda di atasnya lebih mungkin menandai baris yang hilang). Bila rencana tidak mencantumkan bidang urusan, bidang diduga dari nama perangkat daerah (bidang yang sedikitnya separuh kata khasnya ada dalam nama itu, misalnya Dinas Koperasi, Usaha Kecil dan Menengah → 2.17), tetapi hanya bila semua programnya kecuali satu memang dari bidang itu; satu program dari bidang lain itu lalu dicatat sebagai info untuk dicek pada perda perangkat daerah, karena perangkat daerah sering memegang bidang yang tidak tersirat dalam namanya (Dinas Komunikasi dan Informatika dengan statistik dan persandian).",
            en: "An agency carries out programmes of the bidang urusan assigned to it; the support programme (X.XX.01) belongs to every agency, as do the programmes the list marks as Aceh's or the Daerah Istimewa Yogyakarta's own. A programme's bidang is read from its code (2.17.07 → 2.17) or, without a code, from its name in the list. A programme without a code whose name belongs to another bidang than the bidang row it is listed under is a warning (a coded programme names its own bidang; a different bidang row above it more likely marks a missing row). When the plan lists no bidang, the agency's bidang is guessed from its name (each bidang at least half of whose distinctive words are in that name, e.g. Dinas Koperasi, Usaha Kecil dan Menengah → 2.17), but only when all its programmes but one are indeed of those bidang; that one programme of another bidang is then an info finding to check against the regional regulation on agencies, since agencies often hold bidang their names do not suggest (a Dinas Komunikasi dan Informatika with statistics and encryption)."),
        triggering: [
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH\t\t\t\t\t8.998.000\t\t20.000.000
            PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)\tJumlah UMKM\t100\tUnit\t100\t4.000.000\t100\t10.000.000
            ↓PROGRAM PENGEMBANGAN EKSPOR\tNilai ekspor\t6\tPersen (%)\t6\t4.998.000\t6\t10.000.000
            """)),
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)\tJumlah UMKM\t100\tUnit\t100\t8.998.000\t100\t20.000.000
            PROGRAM PENGEMBANGAN UMKM\tJumlah UMKM\t100\tUnit\t100\t8.998.000\t100\t20.000.000
            ↓PROGRAM PENGEMBANGAN EKSPOR\tNilai ekspor\t6\tPersen (%)\t6\t8.998.000\t6\t20.000.000
            """, title: "DINAS KOPERASI, USAHA KECIL DAN MENENGAH")),
        ],
        nonTriggering: [
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)\tJumlah UMKM\t100\tUnit\t100\t8.998.000\t100\t20.000.000
            PROGRAM PENGEMBANGAN EKSPOR\tNilai ekspor\t6\tPersen (%)\t6\t8.998.000\t6\t20.000.000
            PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\tPersentase Keselarasan\t100\tPersen (%)\t100\t8.998.000\t100\t20.000.000
            """, title: "DINAS KOPERASI, USAHA KECIL DAN MENENGAH, PERDAGANGAN DAN PERINDUSTRIAN")),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let review = context.facts(of: document).nomenclature
        guard review.generation == .kepmendagri050 else { return [] }
        let programmes = review.items.filter { $0.node.level == .program && !Self.belongsToEveryAgency($0) }
            .map { (item: $0, bidang: Self.bidangCodes(of: $0)) }.filter { !$0.bidang.isEmpty }
        let suggested = Self.bidangSuggestedByAgency(document, review, programmes: programmes.map(\.bidang))
        return programmes.compactMap { item, own -> Finding? in
            if let declared = Self.declaredBidang(above: item, in: review) {
                // A printed code names its own bidang; a bidang row above it that differs more likely stands
                // for a row missing from the table (or from its reading) than for a misplaced programme.
                guard own.isDisjoint(with: [declared.code]), item.code?.official == nil else { return nil }
                let bidang = Self.bidangText(declared.code, review)
                let basis = Localized(
                    id: "program ini tercantum di bawah bidang urusan \(bidang) (baris \(declared.line))",
                    en: "the programme is listed under bidang urusan \(bidang) (line \(declared.line))")
                return makeFinding(item, own: own, basis: basis, review: review, severity: .warning, in: document)
            }
            guard let (name, named) = suggested, own.isDisjoint(with: named.map(\.code)) else { return nil }
            let bidang = named.map { "\($0.code) \(AgencyBidang.title($0))" }.joined(separator: ", ")
            let basis = Localized(
                id: "nama perangkat daerah \"\(name)\" hanya menyiratkan bidang urusan \(bidang), seperti semua programnya yang lain; pastikan bidang urusan program ini juga ditugaskan kepadanya",
                en: "the agency's name \"\(name)\" suggests only bidang urusan \(bidang), like all its other programmes; check that this programme's bidang is assigned to it too")
            return makeFinding(item, own: own, basis: basis, review: review, severity: .info, in: document)
        }
    }

    /// The bidang the agency's name names, when every programme but one is of those bidang (an agency that
    /// runs several programmes of bidang its name does not say holds those bidang, as agencies often do).
    private static func bidangSuggestedByAgency(_ document: RenstraDocument, _ review: NomenclatureReview,
                                                programmes: [Set<String>]) -> (String, [NomenclatureEntry])? {
        guard let name = document.metadata.agency, !review.items.contains(where: { $0.node.level == .bidangUrusan }) else { return nil }
        let named = AgencyBidang.bidang(named: name, in: review.lists)
        let codes = Set(named.map(\.code))
        let inNamed = programmes.filter { !$0.isDisjoint(with: codes) }.count
        guard !named.isEmpty, inNamed >= 2, programmes.count - inNamed == 1 else { return nil }
        return (name, named)
    }

    /// The support programme, and the programmes only Aceh or the Daerah Istimewa Yogyakarta have (run
    /// across their agencies under their special autonomy).
    private static func belongsToEveryAgency(_ item: NomenclatureReview.Item) -> Bool {
        item.code?.official?.isSupportProgramme == true
            || item.officialEntries.contains { $0.code.hasPrefix("X.XX") || $0.specialRegion != nil }
    }

    /// The bidang codes of a programme: from its official code, or from the entries its name is found under.
    private static func bidangCodes(of item: NomenclatureReview.Item) -> Set<String> {
        if let code = item.code?.official?.bidangCode { return [code] }
        return Set(item.officialEntries.compactMap(\.bidangCode))
    }

    /// The bidang row above the programme, if the plan has one and it can be read.
    private static func declaredBidang(above item: NomenclatureReview.Item,
                                       in review: NomenclatureReview) -> (code: String, line: Int)? {
        var index = item.parent
        while let current = index {
            let ancestor = review.items[current]
            if ancestor.node.level == .bidangUrusan {
                let code = ancestor.code?.official?.bidangCode ?? ancestor.officialEntries.lazy.compactMap(\.bidangCode).first
                return code.map { ($0, ancestor.node.lines.first) }
            }
            index = ancestor.parent
        }
        return nil
    }

    /// `2.17 KOPERASI, USAHA KECIL, DAN MENENGAH`.
    private static func bidangText(_ code: String, _ review: NomenclatureReview) -> String {
        let title = review.lists.lazy.compactMap { $0.entry(code: code) }.first.map(AgencyBidang.title)
        return title.map { "\(code) \($0)" } ?? code
    }

    private func makeFinding(_ item: NomenclatureReview.Item, own: Set<String>, basis: Localized,
                             review: NomenclatureReview, severity: Severity, in document: RenstraDocument) -> Finding {
        let node = item.node, subject = NomenclatureWording.node(node, key: item.key)
        let bidang = own.sorted().map { Self.bidangText($0, review) }.joined(separator: ", ")
        let list = NomenclatureWording.lists(review)
        return finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "\(subject.id) termasuk bidang urusan \(bidang) menurut \(list.id), sedangkan \(basis.id).",
                en: "\(subject.en) belongs to bidang urusan \(bidang) according to \(list.en), while \(basis.en)."),
            found: own.sorted().joined(separator: ", "), subject: NomenclatureWording.subject(node, key: item.key), severity: severity)
    }
}

/// The bidang urusan an agency's name names.
enum AgencyBidang {
    /// Every bidang at least half of whose distinctive words are in the agency's name.
    static func bidang(named agency: String, in lists: [NomenclatureList]) -> [NomenclatureEntry] {
        let agencyWords = Set(PlanName.key(agency).pieces(separatedBy: " ").map(String.init))
        var seen = Set<String>()
        return lists.flatMap { $0.entries(at: .bidangUrusan) }.filter { entry in
            guard entry.bidangCode != nil, !seen.contains(entry.code) else { return false }
            let words = distinctiveWords(entry)
            let shared = words.filter(agencyWords.contains).count
            guard shared > 0, 2 * shared >= words.count else { return false }
            seen.insert(entry.code)
            return true
        }
    }

    /// The bidang's name without `URUSAN PEMERINTAHAN BIDANG`, as the list writes it: `KOPERASI, USAHA KECIL, DAN MENENGAH`.
    static func title(_ entry: NomenclatureEntry) -> String {
        let prefix = "URUSAN PEMERINTAHAN BIDANG "
        let name = entry.name.hasPrefix(prefix) ? String(entry.name.dropFirst(prefix.count)) : entry.name
        return name
    }

    /// Words that say what a bidang is about: not connecting words, nor `urusan`, `pemerintahan`, `bidang`, `daerah`.
    private static func distinctiveWords(_ entry: NomenclatureEntry) -> Set<String> {
        Set(entry.key.pieces(separatedBy: " ").map(String.init)).subtracting(NameTokens.connectingWords).subtracting(genericWords)
    }

    private static let genericWords: Set<String> = ["urusan", "pemerintahan", "bidang", "daerah"]
}

extension ProgrammeOutsideBidangRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.nomenclature]
}
