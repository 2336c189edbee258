import Ingest

/// Checks a performance tree against its Renstra's period: a tree that states its own period must state
/// the Renstra's; a tree that states none takes the Renstra's, and each box naming years outside it
/// (`… kegiatan Tahun 2024-2026` under a 2025–2029 Renstra) is flagged. TRE007 checks the boxes of a tree
/// against a period the tree states itself.
struct InheritedPeriodRule: CrossDocumentRule {
    static let description = RuleDescription(
        id: "XDC004",
        family: .crossDocument,
        severity: .warning,
        title: Localized(id: "Periode berbeda dari periode Renstra", en: "Period differs from the Renstra's"),
        rationale: Localized(
            id: "Pohon kinerja berlaku untuk periode Renstra yang dijabarkannya. Pohon kinerja yang tidak menyatakan periodenya mengikuti periode Renstra, sehingga kotak yang menyebut tahun di luar periode itu (Tahun 2024-2026 di bawah Renstra 2025–2029) tersalin dari dokumen lain; periode yang dinyatakan harus sama dengan periode Renstra.",
            en: "A performance tree holds for the period of the Renstra it cascades. A tree stating no period takes the Renstra's, so a box naming years outside it (Tahun 2024-2026 under a 2025–2029 Renstra) was copied from another document; a period it does state must be the Renstra's."),
        triggering: [
            RuleExample(.performanceChart, """
            ↓Jumlah Aplikasi 
            SIRUP, TKDN, 

            dan P3DN 
            kegiatan Tahun 

            2024-2026

            Jumlah SOP 
            Bidang Informal
            """, with: RuleExample(.bekasi, """
            RENSTRA

            2025-2029
            """)),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            Tersusunnya 
            SOP Bidang 

            Usaha Informal
            """, with: RuleExample(.bekasi, """
            RENSTRA

            2025-2029
            """)),
        ])

    func check(_ pair: DocumentPair, _ context: RuleContext) -> [Finding] {
        let (tree, renstra) = (pair.dependent, pair.reference)
        guard let period = renstra.period else { return [] }
        let renstraPeriod = "\(period.start)–\(period.end)"
        if let own = tree.period {
            guard own.years != period.years else { return [] }
            return [finding(
                in: tree, line: own.line, other: renstra, otherLine: period.line,
                message: Localized(
                    id: "Periode pohon kinerja \(own.start)–\(own.end) berbeda dari periode Renstra \(renstraPeriod) (\(renstra.path), baris \(period.line)).",
                    en: "The tree's period \(own.start)–\(own.end) differs from the Renstra's \(renstraPeriod) (\(renstra.path), line \(period.line))."),
                expected: renstraPeriod, found: "\(own.start)–\(own.end)", subject: "period|\(own.start)|\(own.end)")]
        }
        return tree.datedTexts.flatMap { text in
            PeriodSpans.outside(period.years, in: text.text).map { span in
                let named = PeriodSpans.name(span)
                return finding(
                    in: tree, line: text.line, endLine: text.endLine, other: renstra, otherLine: period.line,
                    message: Localized(
                        id: "Kotak ini menyebut \(named), di luar periode Renstra \(renstraPeriod) (\(renstra.path), baris \(period.line)) yang diikuti pohon kinerja ini: “\(text.text)”.",
                        en: "This box names \(named), outside the period \(renstraPeriod) of the Renstra (\(renstra.path), line \(period.line)) this tree follows: “\(text.text)”."),
                    expected: renstraPeriod, found: named, subject: "\(named)|\(NameNormalizer.normalize(text.text).prefix(60))")
            }
        }
    }
}
