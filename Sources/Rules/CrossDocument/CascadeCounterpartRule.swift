import Ingest

/// Matches a performance tree's statements with its Renstra's, level by level, and flags each one
/// without a counterpart, on both sides, naming the closest candidate: a tree box whose level the text
/// decides (TUJUAN, INDIKATOR TUJUAN, a SASARAN paired with INDIKATOR SASARAN, SASARAN KEGIATAN, …) and
/// no Renstra statement of that level means the same; a Renstra tujuan, sasaran, indicator or kegiatan
/// (at the levels the tree labels) that no box of the tree states, whatever its label.
struct CascadeCounterpartRule: CrossDocumentRule {
    static let description = RuleDescription(
        id: "XDC001",
        family: .crossDocument,
        severity: .warning,
        title: Localized(id: "Pernyataan tanpa padanan di dokumen pasangannya",
                         en: "Statement without a counterpart in the paired document"),
        rationale: Localized(
            id: "Pohon kinerja menjabarkan Renstra: tujuan, sasaran, kegiatan dan indikatornya harus sama dengan yang ditetapkan Renstra (nama dinormalkan; beda ejaan, singkatan dan kata sambung diabaikan). Tiap pernyataan yang tidak ada padanannya dilaporkan di dokumennya masing-masing, dengan calon terdekat dari dokumen lain.",
            en: "A performance tree cascades its Renstra: its tujuan, sasaran, kegiatan and indicators must be those the Renstra sets (names normalised; spelling variants, acronyms and connecting words aside). Each statement without a counterpart is reported in its own document, with the closest candidate from the other."),
        triggering: [
            RuleExample(.performanceChart, """
            KEPALA DINAS
            TUJUAN 1

            ↓Meningkatnya Kualitas Manajemen dan Kinerja Diskopukm
            INDIKATOR TUJUAN 1
            ↓Nilai AKIP DISKOPUKM
            """, with: RuleExample(.bekasi, """
            RENSTRA 2025-2029

            ↓Tujuan\t:\tMeningkatnya Ekonomi Kota yang bertumpu pada perdagangan, Jasa dan Industri
            ↓Indikator 1\t:\tProporsi PDRB Perdagangan
            """)),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            SASARAN 2
            Meningkatnya Daya Saing Koperasi dan UMKM

            KEPALA DINAS
            """, with: RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Sasaran\t:\tMeningkatnya Daya Saing Koperasi dan UMKM
            """)),
        ])

    func check(_ pair: DocumentPair, _ context: RuleContext) -> [Finding] {
        let (tree, renstra) = (pair.dependent, pair.reference)
        var findings: [Finding] = []
        let renstraMatcher = CascadeMatcher(renstra.statements)
        for statement in tree.statements {
            guard let level = statement.level, renstra.levels.contains(level) else { continue }
            let sameLevel: (CascadeStatement) -> Bool = { $0.level == level && $0.isIndicator == statement.isIndicator }
            let candidates = renstraMatcher.matches(for: statement)
            let match = CascadeMatcher.best(of: candidates, accepting: sameLevel)
            guard match?.means != true else { continue }
            let anywhere = CascadeMatcher.best(of: candidates) { $0.isIndicator == statement.isIndicator }
            let elsewhere = anywhere.flatMap { $0.means ? $0.statement : nil }
            let firstAtLevel = renstra.statements.first(where: sameLevel)
            guard let otherLine = match?.statement.line ?? elsewhere?.line ?? firstAtLevel?.line else { continue }
            var made = finding(
                in: tree, line: statement.line, endLine: statement.endLine, other: renstra, otherLine: otherLine,
                message: Self.message(statement, in: tree, closest: match, elsewhere: elsewhere, other: renstra),
                found: statement.text, subject: "\(level.rawValue)|\(statement.isIndicator)|\(NameNormalizer.normalize(statement.text).prefix(60))")
            if Self.isProbablyTheSame(statement, match) { made.severity = .info }
            findings.append(made)
        }
        let treeMatcher = CascadeMatcher(tree.candidates)
        for statement in renstra.statements {
            guard let level = statement.level, tree.levels.contains(level) else { continue }
            let compatible: (CascadeStatement) -> Bool = { candidate in
                (candidate.level == nil || candidate.level == level) && candidate.isIndicator == statement.isIndicator
            }
            let match = treeMatcher.closest(to: statement, accepting: compatible)
            guard match?.means != true else { continue }
            let otherLine = match?.statement.line ?? tree.candidates.first?.line ?? 1
            var made = finding(
                in: renstra, line: statement.line, endLine: statement.endLine, other: tree, otherLine: otherLine,
                message: Self.message(statement, in: renstra, closest: match, elsewhere: nil, other: tree),
                found: statement.text, subject: "\(level.rawValue)|\(statement.isIndicator)|\(NameNormalizer.normalize(statement.text).prefix(60))")
            if Self.isProbablyTheSame(statement, match) { made.severity = .info }
            findings.append(made)
        }
        return findings
    }

    private static func message(_ statement: CascadeStatement, in own: CascadeProfile, closest: CascadeMatcher.Match?,
                                elsewhere: CascadeStatement?, other: CascadeProfile) -> Localized {
        let what = levelName(statement)
        let otherName = documentName(other)
        // A chart box is named by its label (`INDIKATOR SASARAN 2`), a Renstra statement by its level.
        let boxLabel = own.kind == .performanceChart && !statement.label.isEmpty ? statement.label : nil
        var message = Localized(
            id: "\(boxLabel ?? what.id.capitalizedFirst) “\(statement.text)” tidak ada padanannya di \(otherName.id) \(other.path).",
            en: "\(boxLabel ?? "The " + what.en) “\(statement.text)” has no counterpart in the \(otherName.en) \(other.path).")
        if let closest, closest.similarity >= minimumShownSimilarity {
            let percent = Int((closest.similarity * 100).rounded())
            message.id += " Yang paling mirip: “\(closest.statement.text)” (baris \(closest.statement.line), kemiripan \(percent)%)."
            message.en += " Closest: “\(closest.statement.text)” (line \(closest.statement.line), \(percent)% alike)."
            if isProbablyTheSame(statement, closest) {
                message.id += " Mungkin pernyataan yang sama dengan kata lain: periksa."
                message.en += " Possibly the same statement in other words: check."
            }
        } else {
            message.id += " Tidak ada \(what.id) yang mirip di sana."
            message.en += " No \(what.en) there is alike."
        }
        if let elsewhere {
            let level = levelName(elsewhere)
            message.id += " Pernyataan yang sepadan ada di sana sebagai \(level.id) (baris \(elsewhere.line))."
            message.en += " A matching statement is there as a \(level.en) (line \(elsewhere.line))."
        }
        return message
    }

    /// A closest candidate this alike, opening with the same measure word (`Jumlah`, `Persentase`), may be
    /// the same statement in other words (`difasilitasi dalam` against `Mengikuti`): a note to check, not a
    /// missing counterpart.
    static let probableSimilarity = 0.75

    static func isProbablyTheSame(_ statement: CascadeStatement, _ closest: CascadeMatcher.Match?) -> Bool {
        guard let closest, closest.similarity >= probableSimilarity,
              let measure = CascadeName.Key(statement.text).measure else { return false }
        return measure == CascadeName.Key(closest.statement.text).measure
    }

    /// Below this, the closest candidate shares too little to help the reader.
    static let minimumShownSimilarity = 0.25

    private static func levelName(_ statement: CascadeStatement) -> Localized {
        let level: Localized
        switch statement.level {
        case .tujuan?: level = Localized(id: "tujuan", en: "tujuan (goal)")
        case .sasaran?: level = Localized(id: "sasaran", en: "sasaran (objective)")
        case .program?: level = Localized(id: "program", en: "programme")
        case .kegiatan?: level = Localized(id: "kegiatan", en: "kegiatan (activity)")
        case .subKegiatan?: level = Localized(id: "sub kegiatan", en: "sub kegiatan (sub-activity)")
        case nil: level = Localized(id: "pernyataan", en: "statement")
        }
        guard statement.isIndicator else { return level }
        return Localized(id: "indikator " + level.id, en: "indicator of a " + level.en)
    }

    private static func documentName(_ profile: CascadeProfile) -> Localized {
        profile.kind == .performanceChart ? Localized(id: "pohon kinerja", en: "performance tree") : Localized(id: "Renstra", en: "Renstra")
    }
}
