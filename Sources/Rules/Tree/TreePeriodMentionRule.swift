import Ingest

/// Flags a box that names a period outside the chart's own plan period (`… kegiatan Tahun 2024-2026` in a
/// 2025–2029 chart). A chart that states no period takes its Renstra's when the two are linted together
/// (XDC004); a span inside the period (a phase) is the chart's own.
struct TreePeriodMentionRule: Rule {
    static let description = RuleDescription(
        id: "TRE007",
        family: .tree,
        severity: .warning,
        title: Localized(id: "Kotak menyebut periode di luar periode pohon kinerja",
                         en: "Box names a period outside the tree's period"),
        rationale: Localized(
            id: "Kotak pohon kinerja menjabarkan Renstra untuk periodenya. Kotak yang menyebut tahun di luar periode itu (Tahun 2024-2026 dalam pohon kinerja 2025–2029) biasanya tersalin dari dokumen lama.",
            en: "A performance tree's boxes cascade the Renstra for its period. A box naming years outside it (Tahun 2024-2026 in a 2025–2029 tree) is usually copied from an older document."),
        triggering: [
            RuleExample(.performanceChart, """
            POHON KINERJA DINAS KOPERASI, USAHA KECIL DAN MENENGAH KOTA BEKASI TAHUN 2025-2029

            ↓Terkelolanya 
            Aplikasi SIRUP, 

            TKDN, dan P3DN 
            kegiatan Tahun 

            2024-2026

            Tersusunnya 
            SOP Bidang 
            """),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            Terkelolanya 
            Aplikasi SIRUP, 

            TKDN, dan P3DN 
            kegiatan Tahun 

            2024-2026
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let chart = document.chart, let period = document.metadata.period else { return [] }
        return chart.boxes.flatMap { box in
            PeriodSpans.outside(period.years, in: box.text).map { span in
                let named = PeriodSpans.name(span)
                return finding(
                    in: document, line: box.span.first, endLine: box.span.last,
                    message: Localized(
                        id: "Kotak ini menyebut \(named), di luar periode pohon kinerja \(period.start)–\(period.end) (baris \(period.line)): “\(box.text)”.",
                        en: "This box names \(named), outside the tree's period \(period.start)–\(period.end) (line \(period.line)): “\(box.text)”."),
                    expected: "\(period.start)–\(period.end)", found: named,
                    subject: "\(named)|\(NameNormalizer.normalize(box.text).prefix(60))")
            }
        }
    }
}
