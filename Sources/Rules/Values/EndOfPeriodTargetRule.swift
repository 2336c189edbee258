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
            id: "Kondisi kinerja pada akhir periode ditulis dengan salah satu dari dua cara yang sah: jumlah target tahunan (indikator kumulatif, mis. 5 × 500 pelaku usaha = 2.500) atau target tahun terakhir/terbesar (indikator tingkat, mis. persentase). Satu dokumen boleh mencampur keduanya. Target akhir yang tidak sama dengan jumlah, target terakhir, maupun target terbesar tidak dapat dijelaskan dengan cara mana pun. Jumlah yang ditambah kondisi awal hanya diterima bila pagu akhir periode baris itu juga memasukkan tahun awal, atau indikator kumulatif lain dalam dokumen juga menghitung kondisi awal. Baris yang pagu akhir periodenya sendiri tidak cocok dengan pagu tahunannya tidak dinilai, karena kolom tahunnya meragukan (kolom bayangan atau tahun yang hilang). Karena cara perhitungan tidak tertulis, temuan ini peringatan.",
            en: "The end-of-period condition is written one of two legitimate ways: the sum of the yearly targets (cumulative indicators, e.g. 5 × 500 businesses = 2,500) or the last/largest yearly target (level indicators, e.g. percentages). A document may mix both. An end-of-period target equal to neither the sum, the last nor the largest target cannot be explained either way. The sum plus the baseline is accepted only when the row's own end-of-period budget includes the baseline year too, or the document's other cumulative indicators include the baseline. Rows whose own end-of-period budget does not match their yearly budgets are not judged, since their year columns are doubtful (a phantom or missing year). As the convention is not written down, this is a warning."),
        triggering: [
            RuleExample(.depok, depokFundingTable + "\n" + """
            ↓\t 12
            \t 240.000.000

            \t  Koordinasi dan Penyusunan Laporan Capaian Kinerja
            \t Jumlah Dokumen
            \t
            \t19
            \t 19
            \t 75.000.000
            \t 19
            \t 75.000.000
            \t 19
            \t 85.000.000
            \t 19
            \t 235.000.000
            """),
            RuleExample(.semarang, semarangFundingHeader + "\n" + """
            ↓1.2.11.1.2.11.01.18.021\tPenilaian Kesehatan Koperasi\tKSP/USP yang dinilai kesehatannya\t450 kop\t207.168.000\t250 kop\t34.033.000\t300 kop\t224.842.000\t600 kop\t466.043.000
            """),
        ],
        nonTriggering: [
            RuleExample(.depok, depokFundingTable + "\n" + """
            \t 7
            \t 240.000.000

            \t  Pemberdayaan Usaha Mikro melalui Pendataan
            \t Jumlah Usaha Mikro
            \t
            \t0
            \t 500
            \t 75.000.000
            \t 500
            \t 75.000.000
            \t 750
            \t 85.000.000
            \t 1.750
            \t 235.000.000
            """),
            RuleExample(.semarang, semarangFundingHeader + "\n" + """
            1.2.11.1.2.11.01.18.021\tPenilaian Kesehatan Koperasi\tKSP/USP yang dinilai kesehatannya\t450 kop\t207.168.000\t250 kop\t34.033.000\t300 kop\t224.842.000\t550 kop\t466.043.000
            1.2.11.1.2.11.01.18.019\tPeningkatan Pengendalian Koperasi\tKoperasi yang diperiksa\t250 kop\t235.000.000\t75 kop\t165.120.000\t100 kop\t195.134.000\t425 kop\t595.254.000
            """),
        ])

    /// The head of Depok's BAB VI funding table down to the first sub kegiatan's last yearly budget.
    private static let depokFundingTable = """
    Tabel Program Kegiatan disertai Pendanaan Pagu Indikatif

    \tURUSAN/PROGRAM/KEGIATAN/SUB KEGIATAN
    \t INDIKATOR KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN
    \t DEFINISI OPERASIONAL (RUMUS)
    \t Kondisi Kinerja Awal RPJMD (Tahun 2020)
    \t CAPAIAN KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN KERANGKA PENDANAAN

    \t
    \t
    \t
    \t
    \tTAHUN 2022
    \tTAHUN 2023
    \tTAHUN 2024
    \tKONDISI KINERJA PADA AKHIR PERIODE RPJMD

    \t
    \t
    \t
    \t
    \tTARGET
    \tRp.
    \tTARGET
    \tRp.
    \tTARGET
    \tRp.
    \tTARGET
    \tRp.

    \tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah
    \tPersentase dokumen perencanaan tepat waktu
    \tjumlah dokumen selesai tepat waktu/jumlah dokumen
    \t100%
    \t100%
    \t165.000.000
    \t100%
    \t150.000.000
    \t100%
    \t160.000.000
    \t100%
    \t475.000.000

    \t  Penyusunan Dokumen Perencanaan Perangkat Daerah
    \t Jumlah Dokumen
    \t
    \t2
    \t 2
    \t 90.000.000
    \t 2
    \t 75.000.000
    \t 3
    \t 75.000.000

    """

    /// The two header rows of Semarang's Tabel 6.1, cut to 2016 (baseline), 2017, 2018 and the period end.
    private static let semarangFundingHeader = """
    Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\tData Capaian pada Tahun Awal Perencanaan (2016)\t\t2017\t\t2018\t\tKondisi Kinerja pada akhir periode Renstra PD\t
    \t\t\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)
    """

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
        let judged = document.allPlanNodes.flatMap { node -> [(PlanNode, PlanIndicator, Judgement, BudgetPeriod)] in
            let period = Self.budgetPeriod(of: node)
            guard period != .inconsistent else { return [] }
            return node.indicators.compactMap { indicator in Self.judge(indicator).map { (node, indicator, $0, period) } }
        }
        let cumulative = judged.filter { $0.2.matches.contains(.sum) && !$0.2.matches.contains(.last) }.count
        let cumulativeWithBaseline = judged.filter { $0.2.matches == [.sumWithBaseline] }.count
        return judged.compactMap { node, indicator, judgement, period -> Finding? in
            if !judgement.matches.isDisjoint(with: [.sum, .last, .largest]) { return nil }
            let othersWithBaseline = cumulativeWithBaseline - 1
            let baselineIsConvention = period == .withBaseline || (othersWithBaseline >= 1 && othersWithBaseline >= cumulative)
            if judgement.matches.contains(.sumWithBaseline) && baselineIsConvention { return nil }
            let cell = indicator.endOfPeriodTarget!
            return finding(
                in: document, line: cell.line, endLine: cell.lines.last, table: node.table,
                message: message(node: node, indicator: indicator, judgement, cumulativeCount: cumulative),
                expected: Self.text(judgement.sum) + " / " + Self.text(judgement.last),
                found: Self.text(judgement.stated.value!),
                subject: "\(NameNormalizer.normalize(node.name))|\(NameNormalizer.normalize(indicator.name))|end")
        }
    }

    /// How the row's own end-of-period budget adds up, which tells whether its year columns were read
    /// as the table means them.
    enum BudgetPeriod {
        /// No end-of-period budget to compare.
        case unchecked
        /// The sum of the yearly budgets.
        case plain
        /// The sum of the yearly budgets and the baseline year's: the row counts the baseline year.
        case withBaseline
        /// Neither: a phantom or missing year column, so its targets cannot be judged either.
        case inconsistent
    }

    static func budgetPeriod(of node: PlanNode) -> BudgetPeriod {
        guard let stated = node.endOfPeriodBudget?.quantity, stated.additiveValue != nil else { return .unchecked }
        // A year without a budget cell adds nothing: the end-of-period budget is compared with what the row shows.
        let parts = node.budgets.compactMap { $0.budget?.quantity }
        guard !parts.isEmpty, parts.allSatisfy({ $0.additiveValue != nil }) else { return .unchecked }
        let check = SumCheck(stated: stated, parts: parts)
        guard let mismatch = check.mismatch() else { return .plain }
        if let baseline = node.baselineBudget?.quantity?.additiveValue, check.matches(mismatch.expected + baseline) {
            return .withBaseline
        }
        return .inconsistent
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

    /// Units agree when both are percentages, or their unit words are the same (or both have none).
    static func sameUnit(_ a: Quantity, _ b: Quantity) -> Bool {
        if (a.kind == .percent) != (b.kind == .percent) {
            // `83,64` under a `%` unit column against `84%`: the same unit, written once without the sign.
            return (a.kind == .percent ? b : a).unit == nil
        }
        return NameNormalizer.normalize(a.unit ?? "") == NameNormalizer.normalize(b.unit ?? "")
    }

    static func text(_ value: Double) -> Localized { .compactNumber(value) }

    func message(node: PlanNode, indicator: PlanIndicator, _ judgement: Judgement, cumulativeCount: Int) -> Localized {
        let name = indicator.name.isEmpty || NameNormalizer.normalize(indicator.name) == NameNormalizer.normalize(node.name)
            ? node.name.shortened : "\(node.name.shortened(to: 70))\" / \"\(indicator.name.shortened(to: 50))"
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
                id: " Angka \(stated.id) sama dengan kondisi awal \(Self.text(baseline).id) ditambah jumlah target \(sum.id), \(others.id).",
                en: " \(stated.en) equals the baseline \(Self.text(baseline).en) plus the targets' sum \(sum.en), \(others.en).")
        }
        return Localized(
            id: "Target akhir periode \"\(name)\" \(stated.id), padahal jumlah target tahunan \(sum.id), target tahun terakhir \(last.id) dan target terbesar \(largest.id): tidak cocok dengan cara perhitungan mana pun.\(note.id)",
            en: "The end-of-period target of \"\(name)\" is \(stated.en), while the yearly targets sum to \(sum.en), the last year's target is \(last.en) and the largest is \(largest.en): it fits no convention.\(note.en)")
    }
}
