import Ingest

/// Flags a year span in a caption or sentence that overlaps the declared plan period but differs from
/// it (`Tahun 2026-2030` or `target tahun 2025-2030` in a 2025–2029 Renstra). Spans that name other
/// planning documents (RPJMN, RPJPD, RTRW, provincial or ministry plans) or past realisation are not
/// about this plan and are left alone.
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

    /// Words that show a span belongs to another planning document or to history.
    static let otherContexts = ["rpjmn", "rpjpd", "rpjpn", "rpjp ", "rtrw", "jangka panjang", "tata ruang", "provinsi",
                                "kementerian", "nasional", "k/l", "realisasi", "capaian", "sebelumnya", "periode lalu",
                                "lalu", "rkpd", "perda"]

    static func namesThisPlan(_ text: String) -> Bool {
        text.containsLiteral("renstra") || text.containsLiteral("rencana strategis")
    }

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let period = document.metadata.period else { return [] }
        var findings: [Finding] = []
        // Plan-like spans only: two to six years (long-term plans run twenty).
        func differsFromPeriod(_ start: Int, _ end: Int) -> Bool {
            (2...6).contains(end - start) && start...end != period.years && (start...end).overlaps(period.years)
        }
        func inspect(_ text: String, line: Int, endLine: Int, table: String?) {
            // Every span the finder reads is a candidate; most text names none or only the plan's own period.
            guard TextScan.yearSpanCandidates(in: text).contains(where: differsFromPeriod) else { return }
            let lower = text.lowercased()
            guard !Self.otherContexts.contains(where: lower.containsLiteral) else { return }
            for span in YearSpanFinder.spans(in: text) {
                let years = span.start...span.end
                guard differsFromPeriod(span.start, span.end) else { continue }
                // Sharing only one year (2010–2016 in a 2016–2021 plan) is history, unless the text
                // says it is the period of this Renstra.
                let shared = years.clamped(to: period.years).count
                guard shared >= 2 || Self.namesThisPlan(lower) else { continue }
                let named = "\(span.start)–\(span.end)"
                findings.append(finding(
                    in: document, line: line, endLine: endLine, table: table,
                    message: Localized(
                        id: "Periode \(named) yang disebut di sini berbeda dari periode Renstra \(period.start)–\(period.end) (baris \(period.line)).",
                        en: "The period \(named) named here differs from the plan period \(period.start)–\(period.end) (line \(period.line))."),
                    expected: "\(period.start)–\(period.end)", found: named,
                    subject: "\(named)|\(NameNormalizer.normalize(text).prefix(60))"))
            }
        }
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph) where paragraph.lines.first != period.line:
                inspect(paragraph.text, line: paragraph.lines.first, endLine: paragraph.lines.last, table: nil)
            case .listItem(let item):
                inspect(item.text, line: item.lines.first, endLine: item.lines.last, table: nil)
            case .heading(let heading) where heading.lines.first != period.line:
                inspect(heading.title, line: heading.lines.first, endLine: heading.lines.last, table: nil)
            case .table(let table):
                if let caption = table.caption {
                    inspect(caption.title, line: caption.lines.first, endLine: caption.lines.last, table: caption.label ?? caption.title)
                }
            default:
                continue
            }
        }
        return findings
    }
}
