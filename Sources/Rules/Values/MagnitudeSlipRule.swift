import Ingest

/// Flags budgets printed a thousand times too small or too large (`500.000` for `500.000.000`). When a
/// parent-children sum fails as printed and holds exactly once the figure is corrected, the slip is
/// certain (error); a figure a thousand times below every other year of its own row, with no sum to
/// confirm it, is likely (warning). The sum difference itself is reported by TOT003.
struct MagnitudeSlipRule: Rule {
    static let description = RuleDescription(
        id: "VAL004",
        family: .values,
        severity: .error,
        title: Localized(id: "Pagu kurang atau kelebihan tiga angka nol", en: "Budget three zeros short or long"),
        rationale: Localized(
            id: "Pagu yang tertulis \"500.000\" padahal maksudnya \"500.000.000\" membuat jumlah induk dan turunannya selisih hampir sebesar pagu itu sendiri. Bila jumlah pagu induk ≠ jumlah turunannya, tetapi menjadi tepat sama setelah satu (atau beberapa) angka dikali atau dibagi 1.000, dan hanya ada satu cara koreksi seperti itu, kesalahan ketik itu pasti (galat). Bila tidak ada jumlah yang dapat memastikan, pagu yang sekitar 1.000 kali lebih kecil dari pagu semua tahun lain pada baris yang sama dilaporkan sebagai peringatan. Selisih jumlahnya sendiri dilaporkan oleh TOT003; aturan ini menunjukkan angka mana yang salah dan nilai yang dimaksud.",
            en: "A budget printed \"500.000\" where \"500.000.000\" is meant makes the parent and its children differ by almost the whole figure. When a parent's budget differs from its children's sum but equals it exactly once one (or a few) figures are multiplied or divided by 1,000, and only one such correction exists, the slip is certain (error). Where no sum can confirm it, a budget about 1,000 times below every other year of its own row is reported as a warning. The sum difference itself is TOT003's; this rule says which figure is wrong and what was meant."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

            BIDANG URUSAN/PROGRAM/KEGIATAN/SUBKEGIATAN\tINDIKATOR\tBASE LINE 2024\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN
            \t\t\t\t2026\t\t2027\t
            \t\t\t\tT\tPAGU\tT\tPAGU
            PROGRAM PEMBERDAYAAN USAHA MIKRO\tPersentase Pelaku Usaha Informal yang Diberdayakan\t10.7\tPersen\t10\t500.000.000\t10\t500.000.000
            ↓Kegiatan Pemberdayaan Usaha Mikro\tJumlah Pelaku Usaha Informal\t296\tUnit Usaha\t220\t500.000\t152\t500.000
            ↓Sub Kegiatan Pemberdayaan Melalui Kemitraan Usaha Mikro\tJumlah Unit Usaha Kemitraan\t65\tUnit Usaha\t-\t0\t56\t100.000
            Sub Kegiatan Pemberdayaan Kelembagaan Usaha Mikro\tJumlah Unit Usaha Dibina\tN/A\tUnit Usaha\t40\t250.000.000\t40\t250.000.000
            Sub Kegiatan Koordinasi dan Sinkronisasi Usaha Mikro\tJumlah SDM\t75\torang\t150\t100.000.000\t-\t0
            Sub Kegiatan Peningkatan Kapasitas SDM Usaha Mikro\tJumlah SDM\t156\tOrang\t30\t150.000.000\t56\t150.000.000
            """),
            RuleExample(.semarang, """
            Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\t2017\t\t2018\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.21\t<b>PROGRAM PENINGKATAN DAN PENGEMBANGAN PEMASARAN</b>\t<b>Jangkauan pemasaran</b>\t6 provinsi\t710.527.000\t7 provinsi\t765.120.000
            1.2.11.1.2.11.01.21.002\tPeningkatan Perluasan Jaringan Usaha\tUMKM yang difasilitasi\t50 UMKM\t210.527.000\t100 UMKM\t265.120.000
            ↓1.2.11.1.2.11.01.21.003\tPeningkatan Promosi Produk Umkm Ke Luar Negeri\tProduk Umkm yang dipromosikan\t8 UMKM\t500.000\t8 UMKM\t500.000.000
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

            BIDANG URUSAN/PROGRAM/KEGIATAN/SUBKEGIATAN\tINDIKATOR\tBASE LINE 2024\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN
            \t\t\t\t2026\t\t2027\t
            \t\t\t\tT\tPAGU\tT\tPAGU
            Kegiatan Penyediaan Jasa Penunjang Urusan\tJumlah Laporan\t1\tLaporan\t1\t997.314.400\t1\t10.000.000
            Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor\tJumlah Laporan\t12\tLaporan\t12\t997.314.400\t12\t10.000.000
            Sub Kegiatan Pemeliharaan Peralatan\tJumlah Unit\t1\tUnit\t1\t0\t1\t0
            """),
            RuleExample(.semarang, """
            Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\t2017\t\t2018\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.21\t<b>PROGRAM PENINGKATAN DAN PENGEMBANGAN PEMASARAN</b>\t<b>Jangkauan pemasaran</b>\t6 provinsi\t710.527.000\t7 provinsi\t765.120.000
            1.2.11.1.2.11.01.21.002\tPeningkatan Perluasan Jaringan Usaha\tUMKM yang difasilitasi\t50 UMKM\t210.527.000\t100 UMKM\t265.120.000
            1.2.11.1.2.11.01.21.003\tPeningkatan Promosi Produk Umkm Ke Luar Negeri\tProduk Umkm yang dipromosikan\t8 UMKM\t500.000.000\t8 UMKM\t500.000.000
            """),
        ])

    /// A node's budget for one year. The node goes by number (`NodeNumbers`): sums, slips and the figures
    /// they cover are filed under every node and year of the plan, and a number hashes sooner than a text.
    struct BudgetKey: Hashable {
        var node: Int32
        var year: Int
    }

    /// Plan nodes by number, the same number for the same node however often it is met: a node is known by
    /// its table, first line and name, which two rows never share. Filed under those three as they are,
    /// without a text made of them for every node met (a table written on one line puts all its nodes on
    /// that line, so the line alone would not do).
    struct NodeNumbers {
        private struct NodeKey: Hashable {
            var line: Int
            var table: String
            var name: String
        }

        private var numbers: [NodeKey: Int32] = [:]

        mutating func number(of node: PlanNode) -> Int32 {
            let key = NodeKey(line: node.lines.first, table: node.table, name: node.name)
            if let known = numbers[key] { return known }
            let number = Int32(numbers.count)
            numbers[key] = number
            return number
        }
    }

    /// One parent-children sum for one year. Kept small, for a plan has one per parent and year: the nodes
    /// and their keys are shared by the sums of every year of one parent, the cells are found in the nodes.
    struct Relation {
        /// The parent, then its summed children.
        var members: [PlanNode]
        /// The number of each member (`NodeNumbers`).
        var memberKeys: [Int32]
        var year: Int
        /// Each member's budget for `year`, as added.
        var values: [Double]
        var tolerance: Double

        var parent: PlanNode { members[0] }

        func key(_ member: Int) -> BudgetKey { BudgetKey(node: memberKeys[member], year: year) }

        /// The member's budget cell for `year` (every member has one, or the relation would not exist).
        func cell(_ member: Int) -> Cell { members[member].budget(for: year)! }
    }

    struct Slip {
        var node: PlanNode
        var year: Int
        var cell: Cell
        var direction: ThousandfoldSlip.Direction
        var corrected: Double
        var severity: Severity
        var evidence: Localized
        /// The figures the slip was judged against: the other members of its sum, or the row's other years.
        var basis: [(year: Int, cell: Cell)]
    }

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var numbers = NodeNumbers()
        let relations = Self.relations(in: document, relativeTolerance: context.relativeTolerance, numbers: &numbers)
        var slips = Self.provenSlips(relations)
        var covered = Set(slips.keys)
        for relation in relations where Self.holdsAsPrinted(relation) {
            covered.formUnion(relation.members.indices.map(relation.key))
        }
        for entry in PlanRelations(document).entries {
            slips.merge(Self.rowOutliers(of: entry.node, number: numbers.number(of: entry.node), excluding: covered)) { proven, _ in proven }
        }
        // One finding per node, severity and direction; the node goes by its number (the key of its slips).
        struct Group: Hashable {
            var node: Int32
            var severity: Severity
            var direction: ThousandfoldSlip.Direction
        }
        let byNode = Dictionary(grouping: slips) { Group(node: $0.key.node, severity: $0.value.severity, direction: $0.value.direction) }
            .mapValues { $0.map(\.value) }
        return byNode.values.map { group in
            let sorted = group.sorted { $0.year < $1.year }
            return makeFinding(sorted, in: document).citing(Self.evidence(of: sorted, facts: context.facts(of: document)))
        }
        .sorted { ($0.line, $0.subject) < ($1.line, $1.subject) }
    }

    static func relations(in document: RenstraDocument, relativeTolerance: Double, numbers: inout NodeNumbers) -> [Relation] {
        document.allPlanNodes.flatMap { node in
            var members: [PlanNode]?, memberKeys: [Int32]?
            return node.budgets.compactMap { figure -> Relation? in
                guard let relation = PlanRelations.budgetRelation(of: node, year: figure.year) else { return nil }
                // A relation has every summed child (see `budgetRelation`), so the members are the same nodes every year.
                let nodes = members ?? [node] + PlanRelations.summedChildren(of: node)
                let keys = memberKeys ?? nodes.map { numbers.number(of: $0) }
                (members, memberKeys) = (nodes, keys)
                var values = [relation.stated.quantity!.additiveValue!]
                values.reserveCapacity(relation.parts.count + 1)
                for part in relation.parts { values.append(part.quantity!.additiveValue!) }
                return Relation(members: nodes, memberKeys: keys, year: figure.year, values: values,
                                tolerance: relation.sum.tolerance(relative: relativeTolerance))
            }
        }
    }

    static func holdsAsPrinted(_ relation: Relation) -> Bool {
        ThousandfoldSlip.solve(relation.values, tolerance: relation.tolerance) == .holds
    }

    /// Solves every failing sum, feeding each proven correction into the other sums it takes part in
    /// (a kegiatan proven short by its sub kegiatan then also fits its programme), until nothing changes.
    static func provenSlips(_ relations: [Relation]) -> [BudgetKey: Slip] {
        var proven: [BudgetKey: Slip] = [:]
        var settled = Set<Int>()
        var changed = true
        while changed {
            changed = false
            for (index, relation) in relations.enumerated() where !settled.contains(index) {
                let values = proven.isEmpty
                    ? relation.values : relation.values.indices.map { proven[relation.key($0)]?.corrected ?? relation.values[$0] }
                switch ThousandfoldSlip.solve(values, tolerance: relation.tolerance) {
                case .holds:
                    settled.insert(index)
                case .solved(let corrections):
                    settled.insert(index)
                    changed = true
                    for correction in corrections {
                        proven[relation.key(correction.index)] = Slip(
                            node: relation.members[correction.index], year: relation.year, cell: relation.cell(correction.index),
                            direction: correction.direction, corrected: correction.corrected, severity: .error,
                            evidence: evidence(relation, correction),
                            basis: relation.members.indices.filter { $0 != correction.index }.map { (relation.year, relation.cell($0)) })
                    }
                case .ambiguous, .unsolved:
                    continue
                }
            }
        }
        return proven
    }

    static func evidence(_ relation: Relation, _ correction: ThousandfoldSlip.Correction) -> Localized {
        let level = ChildBudgetSumRule.levelName(relation.parent.level)
        let name = relation.parent.name.shortened(to: 60)
        return correction.index == 0
            ? Localized(id: "pagu turunannya menjumlah tepat ke nilai itu",
                        en: "its children's budgets add up exactly to that value")
            : Localized(id: "dengan nilai itu jumlah turunan \(level.id) \"\(name)\" tepat sama dengan pagunya",
                        en: "with that value the children of \(level.en) \"\(name)\" add up exactly to its budget")
    }

    /// Years whose budget is about a thousand times below every other non-zero year of the same row
    /// (at least two of them), when no sum settles the figure either way.
    static func rowOutliers(of node: PlanNode, number: Int32, excluding covered: Set<BudgetKey>) -> [BudgetKey: Slip] {
        let figures = node.budgets.compactMap { figure -> (year: Int, cell: Cell, value: Double)? in
            guard let cell = figure.budget, let value = cell.quantity?.value, cell.quantity?.kind != .percent else { return nil }
            return (figure.year, cell, value)
        }
        var outliers: [BudgetKey: Slip] = [:]
        // Each figure is measured against the row's other positive years in one pass; the list of them is
        // made only for a figure found to be an outlier (a row has a handful, the plan tens of thousands).
        for figure in figures where figure.value > 0 && !covered.contains(BudgetKey(node: number, year: figure.year)) {
            var others = 0
            let inRange = figures.allSatisfy { other in
                guard other.year != figure.year, other.value > 0 else { return true }
                others += 1
                return other.value >= 300 * figure.value && other.value <= 3000 * figure.value
            }
            guard inRange, others >= 2 else { continue }
            outliers[BudgetKey(node: number, year: figure.year)] = Slip(
                node: node, year: figure.year, cell: figure.cell, direction: .missingZeros, corrected: figure.value * 1000,
                severity: .warning,
                evidence: Localized(id: "pagu tahun lain pada baris ini sekitar 1.000 kali lebih besar; tidak ada jumlah induk yang dapat memastikannya",
                                    en: "the other years of this row are about 1,000 times larger; no parent sum confirms it"),
                basis: figures.filter { $0.year != figure.year && $0.value > 0 }.map { ($0.year, $0.cell) })
        }
        return outliers
    }

    /// The slipped budgets as wrong; the figures that show it as operands, each once.
    static func evidence(of slips: [Slip], facts: DocumentFacts) -> [Evidence] {
        let cite = { (year: Int, cell: Cell, role: Evidence.Role) in
            facts.evidence(cell, role, table: slips[0].node.table, columnWhere: { $0 == .year(year, measure: .budget) })
        }
        var cited = Set(slips.map { [$0.cell.line, $0.year] })
        let operands = slips.flatMap(\.basis).compactMap { basis -> Evidence? in
            cited.insert([basis.cell.line, basis.year]).inserted ? cite(basis.year, basis.cell, .operand) : nil
        }
        return slips.map { cite($0.year, $0.cell, .wrong) } + operands
    }

    func makeFinding(_ slips: [Slip], in document: RenstraDocument) -> Finding {
        let first = slips[0]
        let level = ChildBudgetSumRule.levelName(first.node.level)
        let years = slips.map(\.year)
        let found = slips.map { Localized.number($0.cell.quantity!.value!) }.joined(separator: " / ")
        let expected = slips.map { Localized.number($0.corrected) }.joined(separator: " / ")
        let direction = first.direction == .missingZeros
            ? Localized(id: "kurang tiga angka nol", en: "three zeros missing")
            : Localized(id: "kelebihan tiga angka nol", en: "three zeros too many")
        let certainty = first.severity == .error ? Localized(id: "", en: "") : Localized(id: "kemungkinan ", en: "probably ")
        return finding(
            in: document, line: slips.map(\.cell.line).min()!, endLine: slips.compactMap(\.cell.lines.last).max(),
            table: first.node.table,
            message: Localized(
                id: "Pagu \(level.id) \"\(first.node.name.shortened)\" tahun \(years.yearListText) tertulis \(found.id): \(certainty.id)\(direction.id); maksudnya \(expected.id) (\(first.evidence.id)).",
                en: "The \(years.yearListText) budget of \(level.en) \"\(first.node.name.shortened)\" reads \(found.en): \(certainty.en)\(direction.en); \(expected.en) is meant (\(first.evidence.en))."),
            expected: expected, found: found,
            subject: "\(NameNormalizer.normalize(first.node.name))|\(years.map(String.init).joined(separator: ","))",
            severity: first.severity)
    }
}

extension MagnitudeSlipRule: TakesLongOnLargePlans {}
