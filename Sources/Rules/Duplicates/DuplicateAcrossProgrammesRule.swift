import Ingest

/// Flags a kegiatan or sub kegiatan that appears under two different programmes of the same table with
/// budgets in the same years: the same work is planned and funded twice.
struct DuplicateAcrossProgrammesRule: Rule {
    static let description = RuleDescription(
        id: "DUP002",
        family: .duplicates,
        severity: .warning,
        title: Localized(id: "Kegiatan yang sama didanai di dua program", en: "Same kegiatan funded under two programmes"),
        rationale: Localized(
            id: "Kegiatan atau subkegiatan dengan nama yang sama di bawah dua program berbeda, keduanya berpagu pada tahun yang sama, berarti pekerjaan yang sama direncanakan dan didanai dua kali. Bila tahun berpagunya tidak bertumpang (program lama diganti program baru pada tahun tertentu), itu penggantian, bukan duplikasi, dan tidak dilaporkan. Nomenklatur lama kadang memang memakai nama kegiatan yang sama di beberapa program, jadi temuan ini peringatan.",
            en: "A kegiatan or sub kegiatan of the same name under two different programmes, both with budgets in the same year, means the same work is planned and funded twice. When their funded years do not overlap (an old programme replaced by a new one from a given year), it is a replacement, not a duplicate, and is not reported. Older nomenclatures sometimes reuse a kegiatan name across programmes, hence a warning."),
        triggering: [
            RuleExample(.semarang, """
            Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\t2018\t\t2019\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.18\t<b>PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI</b>\t<b>Prosentase koperasi sehat</b>\t6%\t543.766.000\t12%\t643.766.000
            1.2.11.1.2.11.01.18.023\tFasilitasi Kelembagaan Koperasi\tKoperasi yang dibina\t400 kop\t543.766.000\t400 kop\t643.766.000
            1.2.11.1.2.11.01.19\t<b>PROGRAM PENGUATAN KELEMBAGAAN KOPERASI</b>\t<b>Prosentase koperasi aktif</b>\t88,3%\t750.110.000\t88,4%\t750.110.000
            ↓1.2.11.1.2.11.01.19.002\tFasilitasi Kelembagaan Koperasi\tJumlah koperasi yang dibina\t500 kop\t750.110.000\t500 kop\t750.110.000
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\t2017\t\t2018\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.18\t<b>PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI</b>\t<b>Prosentase koperasi sehat</b>\t\t\t6%\t543.766.000
            1.2.11.1.2.11.01.18.023\tFasilitasi Kelembagaan Koperasi\tKoperasi yang dibina\t\t\t400 kop\t543.766.000
            1.2.11.1.2.11.01.19\t<b>PROGRAM PENGUATAN KELEMBAGAAN KOPERASI</b>\t<b>Prosentase koperasi aktif</b>\t78,5%\t750.110.000\t\t
            1.2.11.1.2.11.01.19.002\tFasilitasi Kelembagaan Koperasi\tJumlah koperasi yang dibina\t500 kop\t750.110.000\t\t
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        // Names are normalised once per leaf and once per programme (its leaves follow one another), and
        // each leaf meets its earlier namesakes through an index, not a search of every earlier leaf (which
        // costs the square of the plan's size).
        var programmeKeys = ProgrammeKeys()
        let leaves = PlanRelations(document).entries.compactMap { entry -> (entry: PlanRelations.Entry, name: String, programme: String)? in
            let level = entry.node.level
            guard level == .subKegiatan || (level == .kegiatan && !entry.node.children.contains { $0.level == .subKegiatan }),
                  let programme = entry.programme else { return nil }
            let name = PlanRelations.nameKey(entry.node)
            return name.isEmpty ? nil : (entry, name, programmeKeys.key(of: programme))
        }
        let fundedYears = leaves.map { PlanRelations.fundedYears($0.entry.node) }
        var earliest = EarliestNamesakes(capacity: fundedYears.reduce(0) { $0 + $1.count })
        var findings: [Finding] = []
        for (index, leaf) in leaves.enumerated() {
            let node = leaf.entry.node
            let code = PlanRelations.officialCode(node)
            let years = fundedYears[index]
            if let earlierIndex = earliest.first(name: leaf.name, table: node.table, years: years, code: code, notIn: leaf.programme) {
                findings.append(makeFinding(leaf.entry, earlier: leaves[earlierIndex].entry, in: document))
            }
            earliest.add(index, name: leaf.name, table: node.table, years: years, code: code, programme: leaf.programme)
        }
        return findings
    }

    /// `programmeKey` of the programme of each leaf in turn, worked out again only when the code or name it
    /// is made of changes.
    struct ProgrammeKeys {
        private var last: (code: String?, name: String, key: String)?

        mutating func key(of programme: PlanNode) -> String {
            if let last, last.code == programme.code, last.name == programme.name { return last.key }
            let key = DuplicateAcrossProgrammesRule.programmeKey(programme)
            last = (programme.code, programme.name, key)
            return key
        }
    }

    /// For each name, table, funded year and code: the earliest leaf, and the earliest one under another
    /// programme than that leaf's. That answers "the earliest leaf with this name, in this table, funded in a
    /// year this one is, whose code does not set it apart, under another programme than this one": if the
    /// earliest is under this programme, the earliest under another programme is the answer.
    struct EarliestNamesakes {
        /// Names, tables, codes and programmes go by number: the index holds a key for each leaf, funded year
        /// and code reading, and keys holding the texts would weigh more than the plan.
        private var numbers: [String: Int32] = [:]

        struct Key: Hashable {
            var name: Int32
            var table: Int32
            var year: Int32
            /// A full official code's number, `withoutCode` for leaves without one, or `anyCode` for every leaf.
            var code: Int32
        }

        static let withoutCode: Int32 = -1
        static let anyCode: Int32 = -2

        struct Earliest {
            var index: Int32
            var programme: Int32
            var underOtherProgramme: Int32?
        }

        private var earliest: [Key: Earliest] = [:]

        /// Room for `fundedYears` years of leaves, counted over every leaf: the index is made that large at
        /// once instead of growing, when the old and the new table would both be held for a moment.
        init(capacity fundedYears: Int = 0) {
            earliest.reserveCapacity(2 * fundedYears)
        }

        func first(name: String, table: String, years: Set<Int>, code: String?, notIn programme: String) -> Int? {
            // A text never numbered belongs to no earlier leaf.
            guard let name = numbers[name], let table = numbers[table] else { return nil }
            let programme = numbers[programme]
            // A leaf with a full official code matches leaves without one and leaves with the same code;
            // a leaf without one matches every leaf.
            let codes: [Int32] = code.map { [Self.withoutCode] + (numbers[$0].map { [$0] } ?? []) } ?? [Self.anyCode]
            var found: Int?
            for year in years {
                for code in codes {
                    guard let entry = earliest[Key(name: name, table: table, year: Int32(truncatingIfNeeded: year), code: code)],
                          let candidate = entry.programme != programme ? entry.index : entry.underOtherProgramme else { continue }
                    found = min(found ?? Int(candidate), Int(candidate))
                }
            }
            return found
        }

        mutating func add(_ index: Int, name: String, table: String, years: Set<Int>, code: String?, programme: String) {
            let (name, table, programme) = (number(name), number(table), number(programme))
            let code = code.map { number($0) } ?? Self.withoutCode
            for year in years {
                for code in [code, Self.anyCode] {
                    let key = Key(name: name, table: table, year: Int32(truncatingIfNeeded: year), code: code)
                    if var entry = earliest[key] {
                        if entry.underOtherProgramme == nil, entry.programme != programme {
                            entry.underOtherProgramme = Int32(index)
                            earliest[key] = entry
                        }
                    } else {
                        earliest[key] = Earliest(index: Int32(index), programme: programme)
                    }
                }
            }
        }

        private mutating func number(_ text: String) -> Int32 {
            if let known = numbers[text] { return known }
            let next = Int32(numbers.count)
            numbers[text] = next
            return next
        }
    }

    /// Programmes are the same when their codes or names agree (a programme split by a page break).
    static func programmeKey(_ programme: PlanNode) -> String {
        programme.code ?? PlanRelations.nameKey(programme)
    }

    static func sharedYears(_ a: PlanNode, _ b: PlanNode) -> [Int] {
        PlanRelations.fundedYears(a).intersection(PlanRelations.fundedYears(b)).sorted()
    }

    func makeFinding(_ entry: PlanRelations.Entry, earlier: PlanRelations.Entry, in document: RenstraDocument) -> Finding {
        let level = ChildBudgetSumRule.levelName(entry.node.level)
        let years = Self.sharedYears(entry.node, earlier.node)
        let yearText = Localized(
            id: years.map { $0 == PlanRelations.baselineSlot ? "tahun awal" : String($0) }.joined(separator: ", "),
            en: years.map { $0 == PlanRelations.baselineSlot ? "baseline year" : String($0) }.joined(separator: ", "))
        let first = earlier.programme!.name.shortened(to: 60), second = entry.programme!.name.shortened(to: 60)
        return finding(
            in: document, line: entry.node.lines.first, endLine: entry.node.lines.last, table: entry.node.table,
            message: Localized(
                id: "\(level.id.capitalizedFirst) \"\(entry.node.name.shortened)\" tercantum di program \"\(first)\" (baris \(earlier.node.lines.first)) dan program \"\(second)\" (baris \(entry.node.lines.first)), keduanya berpagu pada \(yearText.id); kemungkinan didanai dua kali.",
                en: "\(level.en.capitalizedFirst) \"\(entry.node.name.shortened)\" is listed under programme \"\(first)\" (line \(earlier.node.lines.first)) and programme \"\(second)\" (line \(entry.node.lines.first)), both funded in \(yearText.en); it is probably funded twice."),
            expected: "1×", found: "2×",
            subject: "\(PlanRelations.nameKey(entry.node))|\(Self.programmeKey(entry.programme!))")
        .citing(DuplicateSiblingRule.evidence(entry.node, earlier: earlier.node))
    }
}

extension DuplicateAcrossProgrammesRule: TakesLongOnLargePlans {}
