import Ingest

/// Flags a year span in a caption or sentence that overlaps the declared plan period but differs from
/// it (`Tahun 2026-2030` or `target tahun 2025-2030` in a 2025–2029 Renstra, an old title `Renstra …
/// Tahun 2016 – 2021` left in a 2021–2026 plan). Sentences are read whole, over the lines they wrap on.
/// Spans that belong to other planning documents (RPJMN, RPJPD, RTRW, the province's or a ministry's
/// plans, the previous Renstra cited as such), to history or to projections are left alone, and so is
/// a transition year the document declares or the configuration accepts.
struct PeriodMentionRule: Rule {
    static let description = RuleDescription(
        id: "PER003",
        family: .period,
        severity: .warning,
        title: Localized(id: "Periode yang disebut berbeda dari periode Renstra",
                         en: "Period named in text differs from the plan period"),
        rationale: Localized(
            id: "Judul tabel dan uraian harus menyebut periode Renstra yang sama dengan yang dinyatakan dokumen. Periode lain yang tumpang tindih (misalnya 2024–2026 dalam Renstra 2025–2029) biasanya sisa dokumen lama atau salah ketik.",
            en: "Captions and text must name the same plan period as the document declares. A different, overlapping period (e.g. 2024–2026 in a 2025–2029 Renstra) is usually left over from an older document or a typo."),
        triggering: [
            RuleExample(.bekasi, """
            RENSTRA 2025-2029

            ↓Tabel 3.2 Penahapan Renstra Dinas Koperasi Tahun 2026-2030

            NO\tTAHAP I (2026)
            1\tPemetaan potensi UMKM
            """),
            RuleExample(.depok, """
            Renstra Tahun 2021-2026

            ↓Program dan kegiatan Renstra disusun untuk tahun 2022-2027 sesuai arah kebijakan.
            """),
            RuleExample(.semarang, """
            *Perubahan Rencana Strategis (RENSTRA) II 2016-2021*

            ↓Indikator kinerja Renstra ditetapkan untuk Tahun 2017-2022.
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Dokumen ini mengacu pada RPJMD Kota Bekasi Tahun 2025-2029 dan RPJMN 2025-2029.

            Realisasi kinerja Tahun 2020-2024 disajikan pada tabel berikut.
            """),
            RuleExample(.semarang, """
            *Perubahan Rencana Strategis (RENSTRA) II 2016-2021*

            Renstra Kementerian Koperasi dan UKM Tahun 2015-2019 menjadi acuan.
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let metadata = document.metadata
        guard let period = metadata.planPeriod, metadata.kind != .performanceChart else { return [] }
        let transition = metadata.acceptedTransitionYear(context)
        let provincial = metadata.city?.hasPrefix("Provinsi") ?? false
        let ownPlace = Self.ownPlaceWords(metadata)
        // Plan-like spans only: two to six years (long-term plans run twenty).
        func isCandidate(_ start: Int, _ end: Int) -> Bool {
            guard (2...6).contains(end - start) else { return false }
            let years = start...end
            guard years != period.years, years.overlaps(period.years) else { return false }
            // The stages of a twenty-year plan lie inside it.
            if period.end - period.start >= 10 && period.years.contains(start) && period.years.contains(end) { return false }
            // The plan's years with the transition year the document or the configuration accepts.
            if let transition, end == transition, start >= period.start { return false }
            return true
        }
        var findings: [Finding] = []
        for passage in context.facts(of: document).prosePassages where passage.firstLine != period.line {
            var reported = Set<[Int]>()
            for mention in PeriodMentions.mentions(in: passage.text, kind: metadata.kind, keep: isCandidate)
            where Self.namesThisPlan(mention, period: period, provincial: provincial, ownPlace: ownPlace)
                && reported.insert([mention.start, mention.end]).inserted {
                findings.append(finding(mention, in: passage, period: period, document: document))
            }
        }
        return findings
    }

    /// Whether the span is given as this plan's period. Named as this plan (`Renstra Dinas … Tahun
    /// 2024-2026`), it is, unless the words between make it another body's; a span sharing at most one
    /// year with the plan (the previous period) also needs this region or agency named there, as an
    /// old title copied over does (`Renstra OPD Dinas … Kabupaten Jember Tahun 2016 – 2021`). Unnamed,
    /// it is when it shares at least two years with the plan, runs about as long, its sentence speaks
    /// of the plan's contents and of no other body, source, history or projection.
    static func namesThisPlan(_ mention: PeriodMention, period: PlanPeriod, provincial: Bool, ownPlace: [String]) -> Bool {
        let shared = (mention.start...mention.end).clamped(to: period.years).count
        switch mention.owner {
        case .otherDocument:
            return false
        case .thisPlan(let between, _, _):
            guard !PeriodMentions.foreignQualifiers(provincial: provincial).contains(where: between.containsLiteral) else { return false }
            if shared >= 2 { return true }
            return ownPlace.contains(where: between.containsLiteral)
                && !["realisasi", "capaian", "sebelumnya", "evaluasi", "lalu"].contains(where: mention.sentence.containsLiteral)
        case .unnamed:
            guard shared >= 2, abs((mention.end - mention.start) - (period.end - period.start)) <= 1,
                  planContents.contains(where: mention.sentence.containsLiteral) else { return false }
            return !(PeriodMentions.documentNames + PeriodMentions.elsewhere(provincial: provincial)).contains(where: mention.sentence.containsLiteral)
        }
    }

    /// Words of a sentence about the plan's own contents (`rencana program, kegiatan dan besaran
    /// pendanaan … pada Tahun 2025-2030`), as opposed to a project's schedule (`Pembangunan JSS Zona 1
    /// dilaksanakan pada tahun 2023-2027`).
    static let planContents = ["program", "kegiatan", "target", "indikator", "sasaran", "tujuan", "pendanaan", "rencana",
                               "kinerja", "strategi", "kebijakan"]

    /// Lower-case words naming the document's own region and agency: `jember`, `penanaman modal`.
    static func ownPlaceWords(_ metadata: DocumentMetadata) -> [String] {
        var words: [String] = []
        if let city = metadata.city {
            let name = city.split(separator: " ").dropFirst().joined(separator: " ").lowercased()
            if name.count >= 3 { words.append(name) }
        }
        if let agency = metadata.agency {
            let name = agency.split(separator: " ").dropFirst().prefix(2).joined(separator: " ").lowercased()
            if name.count >= 4 { words.append(name) }
        }
        return words
    }

    private func finding(_ mention: PeriodMention, in passage: ProsePassage, period: PlanPeriod, document: RenstraDocument) -> Finding {
        let named = "\(mention.start)–\(mention.end)"
        let declared = "\(period.start)–\(period.end)"
        let kind = document.metadata.kind.planName(english: false), kindEnglish = document.metadata.kind.planName(english: true)
        let assumption: Localized
        var line = passage.line(at: mention.offsets.lowerBound)
        if case .thisPlan(_, let anchor, let anchorOffset) = mention.owner {
            line = passage.line(at: anchorOffset)
            assumption = Localized(id: " Kalimatnya menyebut \"\(anchor)\" tanpa dokumen lain di antaranya.",
                                   en: " The sentence names \"\(anchor)\" with no other document in between.")
        } else {
            assumption = Localized(id: " Kalimatnya tidak menyebut dokumen lain; bila periode ini milik dokumen lain, sebutkan dokumennya.",
                                   en: " The sentence names no other document; if the period is another document's, name it.")
        }
        return self.finding(
            in: document, line: line, endLine: passage.line(at: mention.offsets.upperBound - 1), table: passage.table,
            message: Localized(
                id: "Periode \(named) yang disebut di sini berbeda dari periode \(kind) \(declared) (baris \(period.line))." + assumption.id,
                en: "The period \(named) named here differs from the \(kindEnglish) period \(declared) (line \(period.line))." + assumption.en),
            expected: declared, found: named,
            subject: "\(named)|\(NameNormalizer.normalize(passage.text).prefix(60))")
    }
}
