import Ingest

/// Flags objectives (tujuan, sasaran) that cannot all have an indicator: each indicator box measures one
/// objective, so when a chart prints more numbered objective labels of a level than indicator labels that
/// can measure that level (`INDIKATOR KEGIATAN`, or a plain `INDIKATOR`), at least the difference has none,
/// in every reading order of the text. Unnumbered labels (column headings) count only as indicators, which
/// keeps the count on the safe side.
struct ObjectiveWithoutIndicatorRule: Rule {
    static let description = RuleDescription(
        id: "TRE006",
        family: .tree,
        severity: .warning,
        title: Localized(id: "Sasaran tanpa indikator", en: "Objective without an indicator"),
        rationale: Localized(
            id: "Setiap tujuan dan sasaran dalam pohon kinerja harus punya indikator yang mengukurnya. Karena teks diagram mengacak urutan kotak, kepastian datang dari hitungan: bila label sasaran suatu tingkat lebih banyak daripada label indikator yang dapat mengukurnya, sedikitnya selisihnya tidak berindikator.",
            en: "Every tujuan and sasaran in a performance tree needs an indicator that measures it. The diagram's text scrambles the boxes' order, so certainty comes from counting: when a level has more objective labels than indicator labels that can measure it, at least the difference has no indicator."),
        triggering: [
            RuleExample(.performanceChart, """
            ↓SASARAN KEGIATAN 2 SASARAN KEGIATAN 3 SASARAN KEGIATAN 4 SASARAN KEGIATAN 5

            Terlaksananya Pemeriksaan dan Pengawasan Koperasi, 
            Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang 

            Terlaksananya Penilaian Kesehatan 
            Koperasi Simpan Pinjam/Unit Simpan 
            """),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            INDIKATOR KEGIATAN 2 INDIKATOR KEGIATAN 3 INDIKATOR KEGIATAN 4 INDIKATOR KEGIATAN 5

            SASARAN KEGIATAN 2 SASARAN KEGIATAN 3 SASARAN KEGIATAN 4 SASARAN KEGIATAN 5

            Terlaksananya Pemeriksaan dan Pengawasan Koperasi, 
            Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang 

            Terlaksananya Penilaian Kesehatan 
            Koperasi Simpan Pinjam/Unit Simpan 
            """),
            RuleExample(.performanceChart, """
            SASARAN 2
            Meningkatnya Daya Saing Koperasi dan UMKM

            INDIKATOR SASARAN 2
            Persentase peningkatan volume usaha koperasi

            INDIKATOR SASARAN 3
            Persentase peningkatan volume usaha umkm
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let chart = document.chart else { return [] }
        let objectives = chart.labels.filter { $0.kind.role != .indicator && $0.number != nil }
        let indicators = chart.labels.filter { $0.kind.role == .indicator }
        guard objectives.count > 0 else { return [] }
        var findings: [Finding] = []
        for level in CascadeLevel.allCases {
            let atLevel = objectives.filter { $0.kind.level == level }
            let measuring = indicators.filter { $0.kind.level == level || $0.kind.level == nil }
            guard atLevel.count > measuring.count else { continue }
            findings.append(finding(document, atLevel, measuring: measuring.count, levelName: atLevel[0].kind.words))
        }
        if findings.isEmpty, objectives.count > indicators.count {
            findings.append(finding(document, objectives, measuring: indicators.count, levelName: "SASARAN"))
        }
        return findings
    }

    private func finding(_ document: RenstraDocument, _ objectives: [ChartLabel], measuring: Int, levelName: String) -> Finding {
        let missing = objectives.count - measuring
        return finding(
            in: document, line: objectives[0].line,
            message: Localized(
                id: "Bagan mencetak \(objectives.count) label \(levelName) bernomor tetapi hanya \(measuring) label indikator yang dapat mengukurnya: sedikitnya \(missing) \(levelName) tidak punya indikator.",
                en: "The chart prints \(objectives.count) numbered \(levelName) labels but only \(measuring) indicator labels that can measure them: at least \(missing) \(levelName) have no indicator."),
            expected: "\(objectives.count)", found: "\(measuring)", subject: "\(levelName)|\(objectives.count)|\(measuring)")
    }
}
