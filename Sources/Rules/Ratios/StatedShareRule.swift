import Ingest

/// Flags a share stated in running text (`34 Orang (67%)`) that is not the count's percentage of the
/// whole. The whole must be unambiguous: the shares listed together add up to 100 %, or the passage
/// states their total (`sebanyak 60 orang`). Shares of an unknown whole are left alone.
struct StatedShareRule: Rule {
    static let description = RuleDescription(
        id: "RAT003",
        family: .ratios,
        severity: .error,
        title: Localized(id: "Persentase bagian ≠ bagian ÷ jumlah × 100",
                         en: "Stated share differs from part ÷ whole × 100"),
        rationale: Localized(
            id: "Persentase yang menyertai sebuah jumlah (\"34 orang (67%)\") harus sama dengan jumlah itu dibagi keseluruhannya. Persentase yang salah tetap bisa berjumlah 100%, sehingga kesalahan ini mudah terlewat tanpa dihitung ulang.",
            en: "A percentage given with a count (\"34 people (67%)\") must equal that count divided by the whole. Wrong shares can still add up to 100%, so the mistake is easy to miss without recomputing."),
        triggering: [
            RuleExample(.bekasi, """
            ↓Adapun jumlah PPPK berdasarkan golongan: golongan IX terdiri dari 14 orang atau berjumlah 63.68%, dan golongan V sebanyak 5 orang dengan persentase 36.32%.
            """),
            RuleExample(.depok, """
            Dinas Koperasi dan Usaha Mikro Kota Depok memiliki sumber daya aparatur sebanyak  60 orang. Sumber daya aparatur yang dimiliki tersebut terdiri dari: 
            ↓· Jumlah Pegawai Negeri Sipil (PNS)\t\t:   34 Orang (67%)
            ↓· Jumlah Non PNS\t           \t\t\t:   26 Orang (33%)
            """),
            RuleExample(.semarang, """
            Jumlah pegawai Dinas Koperasi dan Usaha Mikro sebanyak 77 orang, terdiri dari:

            ↓- ASN sebanyak 52 orang (70%);
            - Non ASN sebanyak 25 orang (32,47%).
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Adapun jumlah Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) berdasarkan jenis kelamin laki-laki sebanyak 5 orang dan jenis kelamin wanita sebanyak 14 orang. Golongan IX terdiri dari 14 orang atau berjumlah 73.68%, dan golongan V sebanyak 5 orang dengan persentase 26.32%.
            """),
            RuleExample(.depok, """
            Dinas Koperasi dan Usaha Mikro Kota Depok memiliki sumber daya aparatur sebanyak  60 orang. Sumber daya aparatur yang dimiliki tersebut terdiri dari: 
            · Jumlah Pegawai Negeri Sipil (PNS)\t\t:   34 Orang (56,7%)
            · Jumlah Non PNS\t           \t\t\t:   26 Orang (43,3%)
            """),
            RuleExample(.semarang, """
            Pada tahun 2016 jumlah koperasi aktif sebanyak 686 unit (88,2%) dan koperasi yang melaksanakan RAT sebanyak 611 unit (40%).
            """),
        ])

    /// A count followed by its percentage: `34 Orang (67%)`, `14 orang atau berjumlah 73.68%`.
    struct Share {
        var count: Quantity
        var unit: String?
        var percent: Quantity
        var line: Int
    }

    static let connectors: Set<String> = ["atau", "berjumlah", "sebesar", "dengan", "persentase", "prosentase",
                                          "yaitu", "adalah", "setara", "sekitar"]
    static let totalWords: Set<String> = ["sebanyak", "berjumlah", "jumlah", "total", "sejumlah", "seluruhnya",
                                          "keseluruhan"]

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let facts = context.facts(of: document)
        return facts.proseGroups.flatMap { group -> [Finding] in
            // Every share is a percentage, written with `%` or `persen`: a passage without one has none.
            guard group.parts.contains(where: { Self.mayHoldPercentage($0.text) }) else { return [] }
            var shares: [Share] = []
            var totals: Set<Double> = []
            // A share needs a figure; a stated total does too.
            for part in group.parts where TextScan.hasDigit(part.text) {
                let tokens = facts.tokens(of: part)
                shares += Self.shares(in: tokens, line: part.lines.first)
                totals.formUnion(Self.statedTotals(in: tokens))
            }
            return check(shares, totals: totals, in: document)
        }
    }

    static func mayHoldPercentage(_ text: String) -> Bool {
        text.containsByte(where: { $0 == UInt8(ascii: "%") }) || text.containsIgnoringCase("persen")
    }

    private func check(_ shares: [Share], totals: Set<Double>, in document: RenstraDocument) -> [Finding] {
        guard shares.count >= 2, Set(shares.compactMap(\.unit)).count <= 1 else { return [] }
        let whole = shares.reduce(0) { $0 + ($1.count.value ?? 0) }
        let percentSum = shares.reduce(0) { $0 + ($1.percent.value ?? 0) }
        let percentSlack = shares.reduce(0) { $0 + 2 * $1.percent.roundingHalfUnit }
        let statedWhole = totals.contains(whole)
        guard statedWhole || abs(percentSum - 100) <= percentSlack + 1e-9 else { return [] }
        let wholeQuantity = Quantity(spelling: IndonesianNumberFormat.format(whole), kind: .number, value: whole)
        let wholeText = Localized.number(whole)
        let addends = shares.map { $0.count.printed }.joined(separator: " + ")
        return shares.compactMap { share -> Finding? in
            guard let ratio = PrintedRatio(printed: share.percent, numerator: share.count, denominator: wholeQuantity),
                  ratio.verdict(numeratorIsRounded: false) == .inconsistent else { return nil }
            let decimals = max(share.percent.decimals, 1)
            let expected = Localized.number(ratio.computed, decimals: decimals)
            let found = share.percent.printed
            let difference = Localized.number(abs((share.percent.value ?? 0) - ratio.computed), decimals: decimals)
            let count = share.count.printed + (share.unit.map { " " + $0 } ?? "")
            let source = statedWhole
                ? Localized(id: "jumlah \(wholeText.id) dinyatakan dalam teks dan sama dengan \(addends.id)",
                            en: "the text states the total \(wholeText.en), which equals \(addends.en)")
                : Localized(id: "\(wholeText.id) = \(addends.id), bagian-bagian yang persentasenya berjumlah 100%",
                            en: "\(wholeText.en) = \(addends.en), the parts whose shares add up to 100%")
            return finding(
                in: document, line: share.line,
                message: Localized(
                    id: "\(count.id) dari \(wholeText.id) adalah \(expected.id)%, bukan \(found.id)% (selisih \(difference.id) poin; \(source.id)).",
                    en: "\(count.en) of \(wholeText.en) is \(expected.en)%, not \(found.en)% (\(difference.en) points apart; \(source.en))."),
                expected: expected, found: found,
                subject: "\(share.count.printed.id)/\(wholeText.id)|\(found.id)")
        }
    }

    /// Shares in a sentence: a percentage preceded by `(` or a connector word, up to two unit words,
    /// and a whole count.
    static func shares(in tokens: [ProseToken], line: Int) -> [Share] {
        tokens.indices.compactMap { index -> Share? in
            guard let percent = tokens[index].quantity, percent.kind == .percent else { return nil }
            var cursor = index - 1
            var sawLink = false
            while cursor >= 0, tokens[cursor].isPunctuation("(") || tokens[cursor].word.map({ connectors.contains($0.lowercased()) }) == true {
                sawLink = true
                cursor -= 1
            }
            var unitWords: [String] = []
            while cursor >= 0, unitWords.count < 2, let word = tokens[cursor].word, word.allSatisfy({ $0.isLetter || $0 == "-" }) {
                unitWords.insert(word.lowercased(), at: 0)
                cursor -= 1
            }
            guard sawLink, cursor >= 0, let count = tokens[cursor].quantity, count.kind == .number, count.unit == nil,
                  let value = count.value, value > 0, value.rounded() == value else { return nil }
            return Share(count: count, unit: unitWords.first, percent: percent, line: line)
        }
    }

    /// Numbers introduced as a total: `sebanyak 60 orang`, `berjumlah 41 orang`, `Jumlah: 60`.
    static func statedTotals(in tokens: [ProseToken]) -> Set<Double> {
        var totals: Set<Double> = []
        for (index, token) in tokens.enumerated() {
            guard let word = token.word, totalWords.contains(word.lowercased()) else { continue }
            for next in tokens.dropFirst(index + 1).prefix(2) {
                if let value = next.quantity?.value, next.quantity?.kind == .number { totals.insert(value); break }
                if next.word != nil { break }
            }
        }
        return totals
    }
}
