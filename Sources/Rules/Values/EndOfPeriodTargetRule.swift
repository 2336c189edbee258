import Ingest

/// Flags an end-of-period target that matches none of the ways plans state it: the sum of the yearly
/// targets (cumulative indicators), the last year's target, or the largest one (level indicators).
struct EndOfPeriodTargetRule: Rule {
    static let description = RuleDescription(
        id: "VAL006",
        family: .values,
        severity: .warning,
        title: Localized(id: "Target akhir periode tidak cocok dengan target tahunan",
                         en: "End-of-period target fits none of the yearly targets"),
        rationale: Localized(
            id: "Kondisi kinerja pada akhir periode ditulis dengan salah satu dari dua cara yang sah: jumlah target tahunan (indikator kumulatif, mis. 5 × 500 pelaku usaha = 2.500) atau target tahun terakhir/terbesar (indikator tingkat, mis. persentase). Satu dokumen boleh mencampur keduanya. Target akhir yang tidak sama dengan jumlah, target terakhir, maupun target terbesar tidak dapat dijelaskan dengan cara mana pun. Jumlah yang ditambah kondisi awal hanya diterima bila indikator kumulatif lain dalam dokumen juga menghitung kondisi awal. Karena cara perhitungan tidak tertulis, temuan ini peringatan.",
            en: "The end-of-period condition is written one of two legitimate ways: the sum of the yearly targets (cumulative indicators, e.g. 5 × 500 businesses = 2,500) or the last/largest yearly target (level indicators, e.g. percentages). A document may mix both. An end-of-period target equal to neither the sum, the last nor the largest target cannot be explained either way. The sum plus the baseline is accepted only when the document's other cumulative indicators include the baseline too. As the convention is not written down, this is a warning."),
        triggering: [
            RuleExample(.depok, """
            Tabel Program Kegiatan disertai Pendanaan Pagu Indikatif

            \tURUSAN/PROGRAM/KEGIATAN/SUB KEGIATAN
            \tINDIKATOR KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN
            \tKondisi Kinerja Awal RPJMD (Tahun 2020)
            \tTAHUN 2022
            \t
            \tTAHUN 2023
            \t
            \tTAHUN 2024
            \t
            \tKONDISI KINERJA PADA AKHIR PERIODE RPJMD
            \t

            \t
            \t
            \t
            \tTarget
            \tRp
            \tTarget
            \tRp
            \tTarget
            \tRp
            \tTarget
            \tRp

            \tPenyusunan Dokumen Perencanaan Perangkat Daerah
            \tJumlah Dokumen
            \t2
            \t2
            \t90.000.000
            \t2
            \t75.000.000
            \t3
            \t75.000.000
            ↓\t12
            \t240.000.000
            """),
        ],
        nonTriggering: [
            RuleExample(.depok, """
            Tabel Program Kegiatan disertai Pendanaan Pagu Indikatif

            \tURUSAN/PROGRAM/KEGIATAN/SUB KEGIATAN
            \tINDIKATOR KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN
            \tKondisi Kinerja Awal RPJMD (Tahun 2020)
            \tTAHUN 2022
            \t
            \tTAHUN 2023
            \t
            \tKONDISI KINERJA PADA AKHIR PERIODE RPJMD
            \t

            \t
            \t
            \t
            \tTarget
            \tRp
            \tTarget
            \tRp
            \tTarget
            \tRp

            \tKoordinasi dan Penyusunan Laporan Capaian Kinerja
            \tJumlah Dokumen
            \t19
            \t19
            \t40.000.000
            \t19
            \t45.000.000
            \t19
            \t85.000.000

            \tFasilitasi Usaha Mikro Menjadi Usaha Kecil
            \tJumlah Usaha Mikro
            \t500
            \t500
            \t40.000.000
            \t500
            \t45.000.000
            \t1.000
            \t85.000.000
            """),
        ])

    /// The readings an end-of-period target may legitimately follow.
    enum Reading {
        case sum, last, largest, sumWithBaseline
    }

    struct Judgement {
        var stated: Quantity
        var sum: Double
        var last: Double
        var largest: Double
        var baseline: Double?
        var matches: Set<Reading>
    }

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let judged = document.allPlanNodes.flatMap { node in
            node.indicators.compactMap { indicator in Self.judge(indicator).map { (node, indicator, $0) } }
        }
        let cumulative = judged.filter { $0.2.matches.contains(.sum) && !$0.2.matches.contains(.last) }.count
        let cumulativeWithBaseline = judged.filter {
            $0.2.matches == [.sumWithBaseline]
        }.count
        return judged.compactMap { node, indicator, judgement -> Finding? in
            if judgement.matches.contains(.sum) || judgement.matches.contains(.last) || judgement.matches.contains(.largest) {
                return nil
            }
            let othersWithBaseline = cumulativeWithBaseline - 1
            let baselineIsConvention = othersWithBaseline >= 1 && othersWithBaseline >= cumulative
            if judgement.matches.contains(.sumWithBaseline) && baselineIsConvention { return nil }
            let cell = indicator.endOfPeriodTarget!
            return finding(
                in: document, line: cell.line, endLine: cell.lines.last, table: node.table,
                message: message(node: node, indicator: indicator, judgement, cumulativeCount: cumulative),
                expected: "\(Self.text(judgement.sum)) / \(Self.text(judgement.last))",
                found: Self.text(judgement.stated.value!),
                subject: "\(NameNormalizer.normalize(node.name))|\(NameNormalizer.normalize(indicator.name))|end")
        }
    }

    /// Nil when the indicator cannot be judged: no numeric end-of-period target, fewer than two numeric
    /// yearly targets, a target written as text, or units that differ.
    static func judge(_ indicator: PlanIndicator) -> Judgement? {
        guard let stated = indicator.endOfPeriodTarget?.quantity, let statedValue = stated.value,
              stated.kind == .number || stated.kind == .percent else { return nil }
        let cells = indicator.targets.compactMap(\.target).filter { !$0.isBlank }
        let quantities = cells.compactMap(\.quantity)
        guard quantities.count == cells.count,
              quantities.allSatisfy({ $0.kind == .dash || $0.kind == .number || $0.kind == .percent }) else { return nil }
        let numeric = quantities.filter { $0.value != nil }
        guard numeric.count >= 2, numeric.allSatisfy({ sameUnit($0, stated) }) else { return nil }
        let values = numeric.map { $0.value! }
        let sum = values.reduce(0, +)
        let sumTolerance = halfUnit(stated) + numeric.reduce(0) { $0 + halfUnit($1) }
        func near(_ value: Double, _ tolerance: Double) -> Bool { abs(statedValue - value) <= tolerance + 1e-9 }
        var matches = Set<Reading>()
        if near(sum, sumTolerance) { matches.insert(.sum) }
        if near(values.last!, halfUnit(stated) + halfUnit(numeric.last!)) { matches.insert(.last) }
        let largest = numeric.max { $0.value! < $1.value! }!
        if near(largest.value!, halfUnit(stated) + halfUnit(largest)) { matches.insert(.largest) }
        let baseline = indicator.baseline?.quantity.flatMap { sameUnit($0, stated) ? $0.value : nil }
        if let baseline, near(sum + baseline, sumTolerance + (indicator.baseline?.quantity.map(halfUnit) ?? 0)) {
            matches.insert(.sumWithBaseline)
        }
        return Judgement(stated: stated, sum: sum, last: values.last!, largest: values.max()!, baseline: baseline, matches: matches)
    }

    /// Whole counts (`12` documents) are exact; percentages and decimals stand for ±½ of their last digit
    /// (`84%` for 83,64%).
    static func halfUnit(_ quantity: Quantity) -> Double {
        quantity.kind == .number && quantity.decimals == 0 ? 0 : quantity.roundingHalfUnit
    }

    /// Units agree when both are percentages, or their unit words are the same (or one has none).
    static func sameUnit(_ a: Quantity, _ b: Quantity) -> Bool {
        if (a.kind == .percent) != (b.kind == .percent) {
            // `83,64` under a `%` unit column against `84%`: the same unit, written once without the sign.
            return (a.kind == .percent ? b : a).unit == nil
        }
        guard let unitA = a.unit, let unitB = b.unit else { return true }
        return NameNormalizer.normalize(unitA) == NameNormalizer.normalize(unitB)
    }

    static func text(_ value: Double) -> String { IndonesianNumberFormat.formatCompact(value) }

    func message(node: PlanNode, indicator: PlanIndicator, _ judgement: Judgement, cumulativeCount: Int) -> Localized {
        let name = indicator.name.isEmpty ? node.name : "\(node.name)\" / \"\(indicator.name)"
        let stated = Self.text(judgement.stated.value!)
        let sum = Self.text(judgement.sum), last = Self.text(judgement.last), largest = Self.text(judgement.largest)
        var note = Localized(id: "", en: "")
        if judgement.matches.contains(.sumWithBaseline), let baseline = judgement.baseline {
            let others = cumulativeCount > 0
                ? Localized(id: "padahal \(cumulativeCount) indikator kumulatif lain di dokumen ini tidak memasukkan kondisi awal",
                            en: "while \(cumulativeCount) other cumulative indicators in this document leave the baseline out")
                : Localized(id: "padahal tidak ada indikator lain di dokumen ini yang memasukkan kondisi awal",
                            en: "while no other indicator in this document includes the baseline")
            note = Localized(
                id: " Angka \(stated) sama dengan kondisi awal \(Self.text(baseline)) ditambah jumlah target \(sum), \(others.id).",
                en: " \(stated) equals the baseline \(Self.text(baseline)) plus the targets' sum \(sum), \(others.en).")
        }
        return Localized(
            id: "Target akhir periode \"\(name.shortened(to: 120))\" \(stated), padahal jumlah target tahunan \(sum), target tahun terakhir \(last) dan target terbesar \(largest): tidak cocok dengan cara perhitungan mana pun.\(note.id)",
            en: "The end-of-period target of \"\(name.shortened(to: 120))\" is \(stated), while the yearly targets sum to \(sum), the last year's target is \(last) and the largest is \(largest): it fits no convention.\(note.en)")
    }
}
