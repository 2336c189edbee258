import Ingest

/// Flags an official name printed with a code the list gives another entry (or no entry): the name is
/// right, the code is not.
struct NameUnderOtherCodeRule: Rule {
    static let description = RuleDescription(
        id: "NOM003",
        family: .nomenclature,
        severity: .warning,
        title: Localized(id: "Nama resmi dengan kode yang salah",
                         en: "Official name with the wrong code"),
        rationale: Localized(
            id: "Nama program, kegiatan atau subkegiatan ada dalam daftar, tetapi dengan kode lain daripada yang tercetak; kode yang tercetak milik entri lain atau tidak ada. Kode yang salah memindahkan anggaran ke entri lain ketika rencana dimasukkan ke SIPD. Daftar sesudah Kepmendagri 050-3708/2020 (\(NomenclatureWording.laterLists)) menomori ulang sebagian subkegiatan: untuk rencana yang lebih baru subkegiatan tidak diperiksa dengan cara ini, dan untuk rencana lain pesan menyebut kemungkinan itu. Kode dengan digit kewenangan selain 1 dan 2 (misalnya 5 untuk urusan keistimewaan DIY dalam daftar yang lebih baru) berada di luar daftar ini.",
            en: "The name of a programme, kegiatan or sub kegiatan is in the list, but under another code than the one printed; the printed code belongs to another entry or to none. A wrong code moves the budget to another entry when the plan is entered into SIPD. Lists after Kepmendagri 050-3708/2020 (\(NomenclatureWording.laterLists)) renumbered some sub kegiatan: for newer plans sub kegiatan are not checked this way, and for others the message says so. Codes with a kewenangan digit other than 1 and 2 (such as 5 for the Daerah Istimewa Yogyakarta's own affairs in later lists) are outside this list."),
        triggering: [
            RuleExample(.semarang, NomenclatureExamples.codedTable("""
            2.17.07\t<b>PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)</b>\t<b>Jumlah UMKM</b>\t52%\t1.000.000\t53%\t1.000.000
            ↓2.17.07.2.02\tPemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan\tJumlah UMKM\t480 unit\t1.000.000\t500 unit\t1.000.000
            """, years: (2021, 2022))),
        ],
        nonTriggering: [
            RuleExample(.semarang, NomenclatureExamples.codedTable("""
            2.17.07\t<b>PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)</b>\t<b>Jumlah UMKM</b>\t52%\t1.000.000\t53%\t1.000.000
            2.17.07.2.01\tPemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan\tJumlah UMKM\t480 unit\t1.000.000\t500 unit\t1.000.000
            """, years: (2021, 2022))),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let review = context.facts(of: document).nomenclature
        guard review.generation == .kepmendagri050 else { return [] }
        return review.items.compactMap { item -> Finding? in
            guard let code = item.code?.official, code.level == item.node.level,
                  item.codeAgreement.map({ $0 == .different }) ?? true,
                  code.kewenangan.map({ RegionLevel(kewenanganDigit: $0) != nil }) ?? true,
                  review.listInForce || item.node.level != .subKegiatan,
                  let match = item.nameMatch, match.agreement.namesEntry,
                  let named = match.entries.first(where: { $0.code != code.text && $0.code != code.listCode }),
                  !Self.differsOnlyInKewenangan(named.code, code)
            else { return nil }
            return makeFinding(item, code: code, named: named, in: document)
        }
    }

    /// A name listed at the same code with the other level's kewenangan digit: the digit is wrong (NOM006).
    static func differsOnlyInKewenangan(_ listed: String, _ printed: OfficialCode) -> Bool {
        let parts = listed.pieces(separatedBy: ".").map(String.init)
        guard parts.count == printed.parts.count, parts.count > 3 else { return false }
        return parts.indices.allSatisfy { part in
            part == 3 || parts[part] == printed.parts[part] || part < 2 && parts[part].allSatisfy { $0 == "X" }
        }
    }

    private func makeFinding(_ item: NomenclatureReview.Item, code: OfficialCode, named: NomenclatureEntry,
                             in document: RenstraDocument) -> Finding {
        let node = item.node
        let subject = NomenclatureWording.node(node), list = NomenclatureWording.list(named)
        let holder = item.codeEntries.first.map { entry in
            Localized(id: "kode \(code.text) di sana adalah \"\(entry.name)\"", en: "there, \(code.text) is \"\(entry.name)\"")
        } ?? Localized(id: "kode \(code.text) tidak ada dalam daftar itu", en: "the list has no code \(code.text)")
        let renumbering = node.level == .subKegiatan ? Localized(
            id: " Daftar sesudahnya (\(NomenclatureWording.laterLists)) menomori ulang sebagian subkegiatan: bila rencana mengikuti salah satunya, periksa kodenya di sana.",
            en: " Later lists (\(NomenclatureWording.laterLists)) renumbered some sub kegiatan: if the plan follows one of them, check the code there.")
            : Localized(id: "", en: "")
        return finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "\(subject.id) berkode \(code.text), padahal \(list.id) mencantumkannya dengan kode \(named.code); \(holder.id).\(renumbering.id)",
                en: "\(subject.en) carries code \(code.text), but \(list.en) lists it as \(named.code); \(holder.en).\(renumbering.en)"),
            expected: named.code, found: code.text, subject: NomenclatureWording.subject(node, code.text))
    }
}

extension NameUnderOtherCodeRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.nomenclature]
}
