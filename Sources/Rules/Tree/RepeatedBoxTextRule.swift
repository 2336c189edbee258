import Ingest

/// Flags a box that repeats the text of a box at another level of the cascade, where the text decides
/// both boxes' kinds: an indicator of a sasaran that is the tujuan's indicator word for word (`Nilai AKIP`
/// as INDIKATOR TUJUAN 1 and INDIKATOR SASARAN 1), a sasaran that restates a tujuan, an indicator that
/// restates an objective. The same text under two officials of one level (a kegiatan shared by two
/// sections) is not reported: the chart may mean it.
struct RepeatedBoxTextRule: Rule {
    static let description = RuleDescription(
        id: "TRE005",
        family: .tree,
        severity: .warning,
        title: Localized(id: "Teks kotak diulang di tingkat lain", en: "Box text repeated at another level"),
        rationale: Localized(
            id: "Pohon kinerja menjabarkan tiap tingkat ke tingkat di bawahnya: sasaran menjabarkan tujuan, indikator sasaran lebih rinci dari indikator tujuan, indikator mengukur sasarannya dan bukan mengulanginya. Kotak yang mengulang kata demi kata teks kotak di tingkat lain tidak menjabarkan apa pun.",
            en: "A performance tree breaks each level down into the one below: a sasaran details its tujuan, a sasaran's indicator is finer than the tujuan's, an indicator measures its objective rather than restating it. A box that repeats word for word a box of another level breaks nothing down."),
        triggering: [
            RuleExample(.performanceChart, """
            SASARAN 1
            Meningkatnya Akuntabilitas dan Kualitas Perencanaan dan Penganggaran DISKOPUKM

            INDIKATOR SASARAN 1
            ↓Nilai AKIP DISKOPUKM
            SEKRETARIS DINAS

            KEPALA DINAS
            TUJUAN 1

            Meningkatnya Kualitas Manajemen dan Kinerja Diskopukm
            INDIKATOR TUJUAN 1
            Nilai AKIP DISKOPUKM
            """),
        ],
        nonTriggering: [
            RuleExample(.performanceChart, """
            SASARAN 6

            Terlaksananya pengadaan, 
            pengelolaan, pemeliharaan, inventaris 

            Perlengkapan Dinas 

            Terlaksananya Administrasi Keuangan 
            Perangkat Daerah

            Tersusunnya Perencanaan, Penganggaran dan 
            Evaluasi Kinerja Perangkat Daerah

            Terlaksananya Administrasi Keuangan 
            Perangkat Daerah
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let chart = document.chart else { return [] }
        var byText: [String: [Int]] = [:]
        for (index, box) in chart.boxes.enumerated() where box.kind != nil {
            byText[NameNormalizer.normalize(box.text), default: []].append(index)
        }
        var findings: [Finding] = []
        for indices in byText.values where indices.count > 1 {
            let boxes = indices.map { chart.boxes[$0] }
            // The first box of each kind stands for the others: a chart has a dozen kinds, so this stays linear.
            var firstOfKind: [ChartLabelKind: ChartBox] = [:]
            for box in boxes where firstOfKind[box.kind!] == nil { firstOfKind[box.kind!] = box }
            let representatives = boxes.filter { firstOfKind[$0.kind!] == $0 }
            for box in boxes {
                // The deeper box repeats the higher one; the highest is where the text belongs.
                guard let other = representatives.first(where: { Self.isAbove($0.kind!, box.kind!) }) else { continue }
                let name = Self.name(box, in: chart), otherName = Self.name(other, in: chart)
                findings.append(finding(
                    in: document, line: box.span.first, endLine: box.span.last,
                    message: Localized(
                        id: "Kotak \(name) mengulang kata demi kata teks \(otherName) (baris \(other.span.first)): “\(box.text)”. Tingkat di bawah seharusnya menjabarkan, bukan mengulang.",
                        en: "The box \(name) repeats word for word the text of \(otherName) (line \(other.span.first)): “\(box.text)”. A lower level should break it down, not repeat it."),
                    found: box.text, subject: "\(name)|\(otherName)|\(NameNormalizer.normalize(box.text).prefix(60))"))
            }
        }
        return findings.sorted { $0.line < $1.line }
    }

    /// Whether a box of kind `a` stands above one of kind `b` in the cascade: a goal above everything else,
    /// an objective above its indicators, and a known level above a deeper known level of the same role.
    static func isAbove(_ a: ChartLabelKind, _ b: ChartLabelKind) -> Bool {
        if a.role == .goal { return b.role != .goal || (b.level != nil && b.level != .tujuan) }
        if a.role == .objective, b.role == .indicator { return b.canMeasure(a) }
        guard a.role == b.role, let levelA = a.level, let levelB = b.level else { return false }
        return levelA < levelB
    }

    private static func name(_ box: ChartBox, in chart: PerformanceChart) -> String {
        box.label.map { chart.labels[$0].name } ?? box.kind!.words
    }
}
