import Ingest

/// Flags numbers whose digit grouping is broken (`Rp 4.347.407.74,12`): the printed figure has no
/// single reading. Where the document itself suggests the intended value — the same figure written
/// correctly elsewhere up to one digit, or the column's items adding up to it — the message gives it.
/// A figure whose short last group continues on the lines below in its column (`1.119.419.3` over `62`)
/// was only wrapped and is not flagged; one that may have been wrapped but whose continuation is not
/// found is a warning, not an error. A figure with more whole digits than can be computed exactly is
/// refused when read, and said so here.
struct MalformedNumberRule: Rule {
    static let description = RuleDescription(
        id: "VAL002",
        family: .values,
        severity: .error,
        title: Localized(id: "Angka dengan pemisah ribuan rusak atau terlalu panjang",
                         en: "Number with broken digit grouping or too many digits"),
        rationale: Localized(
            id: "Dalam format Indonesia setiap kelompok ribuan setelah titik pertama berisi tepat tiga angka. Angka seperti \"4.347.407.74,12\" kehilangan satu digit atau salah letak titik, sehingga nilainya tidak pasti. Bila angka yang sama tertulis benar di tempat lain (beda satu digit), atau rincian kolomnya menjumlah ke angka itu, nilai tersebut disebut sebagai kemungkinan maksudnya. Angka yang terpotong spasi (\"20.00 0000\") biasanya hanya salah ketik format dan dilaporkan sebagai peringatan. Angka dengan lebih dari 15 digit sebelum tanda desimal tidak dapat dihitung dengan tepat: angka itu tidak diikutkan dalam penjumlahan mana pun (jadi jumlah yang memuatnya tidak diperiksa) dan dilaporkan sebagai peringatan.",
            en: "In Indonesian format every thousands group after the first dot has exactly three digits. A figure such as \"4.347.407.74,12\" lost a digit or misplaced a dot, so its value is uncertain. When the same figure is written correctly elsewhere (one digit apart), or the column's items add up to it, that value is given as the likely intended one. Figures broken by a space (\"20.00 0000\") are usually a formatting slip and are reported as warnings. A figure with more than 15 digits before its decimal mark cannot be computed with exactly: it is left out of every sum (so a total it stands in is not checked) and reported as a warning."),
        triggering: [
            RuleExample(.depok, """
            Nilai aset dinas per 31 Desember 2020 sebesar Rp 4.347.407.744,12.

            Tabel 2.4. Jumlah Aset Dinas Koperasi dan Usaha Mikro

            \tNo
            \tUraian
            \tNilai

            \t1
            \tAlat-alat Angkutan
            \tRp 750.200.008

            \t2
            \tAlat-alat Kantor dan Rumah Tangga
            \tRp 3.597.207.736,12

            \t
            \tTOTAL
            ↓\tRp 4.347.407.74,12
            """),
            RuleExample(.bekasi, """
            Tabel 2.9 Realisasi Anggaran

            NO\tURAIAN\tANGGARAN 2024\tREALISASI 2024
            1.\tBelanja Pegawai\t7.106.548.000\t7.001.120.000
            ↓2.\tBelanja Barang dan Jasa\t1.250.000.000\t1.200.00.000
            """),
            RuleExample(.bekasi, """
            Tabel 2.9 Realisasi Anggaran

            NO\tURAIAN\tANGGARAN 2024\tREALISASI 2024
            1.\tBelanja Pegawai\t7.106.548.000\t7.001.120.000
            ↓2.\tBelanja Barang dan Jasa\t1.250.000.000.000.000.000\t1.200.000.000
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            **Tabel 6.1**

            Kode Rekening\tProgram dan Kegiatan\tIndikator\t2018\t
            \t\t\tTarget\t(Rp)
            1.2.11.1.2.11.01.18.016\tPeningkatan Manajemen Pengelolaan Koperasi\tPengelola koperasi\t250 org\t446.000.000
            """),
            RuleExample(.depok, """
            Sesuai Peraturan Wali Kota Nomor 2.17.02 tanggal 31.12.2020, nilai aset sebesar Rp 4.347.407.744,12.
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let facts = context.facts(of: document)
        let candidates = malformedCandidates(in: facts)
        guard !candidates.isEmpty else { return beyondPrecisionFindings(in: facts) }
        let wellFormed = wellFormedFigures(in: facts)
        let broken = candidates.filter { !DigitSpelling($0.spelling).hasInnerSpace }.compactMap { candidate -> Finding? in
            let spelling = DigitSpelling(candidate.spelling)
            // The first piece of a figure wrapped in its column is no finding; one whose continuation is
            // not found may still be one, so it is only a warning that says so.
            let mayBeCut = WrappedFigures.mayBeCut(spelling)
            if mayBeCut, WrappedFigures.rebuilt(candidate.spelling, line: candidate.line, in: document.source) != nil { return nil }
            let hint = likelyValue(for: spelling, candidate: candidate, among: wellFormed)
            var text = message(candidate, spelling: spelling, hint: hint)
            if mayBeCut {
                text = text.appending(Localized(
                    id: " Bila angka ini terpotong pindah baris di kolomnya, sambungannya tidak ditemukan di bawahnya; periksa tabelnya.",
                    en: " If the figure was cut by a line break in its column, its continuation was not found below it; check the table."))
            } else if candidate.inReconstructedTable {
                text = text.appending(Localized.reconstructedTableNote)
            }
            let guessed = mayBeCut || candidate.inReconstructedTable
            return finding(
                in: document, line: candidate.line, endLine: candidate.endLine, table: candidate.table,
                message: text, expected: hint?.value, found: Localized(candidate.spelling),
                subject: "\(candidate.subject)|\(candidate.spelling)", severity: guessed ? .warning : nil)
            .citing([candidate.cell].compactMap { $0 })
        }
        let spaced = Dictionary(grouping: candidates.filter { DigitSpelling($0.spelling).hasInnerSpace }, by: \.line)
        return broken + spaced.keys.sorted().map { line in spacedFinding(spaced[line]!, in: document) }
            + beyondPrecisionFindings(in: facts)
    }

    /// Figures with more whole digits than can be computed exactly: refused (no sum counts them), and said
    /// so, since a total they stand in is then not checked. Bare digit strings in running text are
    /// identity numbers (NIP, NIK), not figures, so there only grouped ones are reported.
    func beyondPrecisionFindings(in facts: DocumentFacts) -> [Finding] {
        let isBeyond = { (quantity: Quantity?) in quantity?.kind == .beyondPrecision }
        var findings: [Finding] = []
        for located in TableCells.cells(in: facts.document, where: { isBeyond($0.quantity) })
        where !TableCells.isIdentifierColumn(located.columnInfo) {
            let spelling = located.cell.quantity!.spelling
            // In a table rebuilt from the spacing of the text, the reading may have joined pieces of two lines.
            let note = located.table.readingIsReconstructed ? Localized.reconstructedTableNote : nil
            findings.append(beyondPrecisionFinding(located.cell.quantity!, place: located.place, line: located.cell.line,
                                                   endLine: located.cell.lines.last, table: located.tableName, note: note,
                                                   subject: "\(NameNormalizer.normalize(located.row.label))|\(spelling)", in: facts.document)
                .citing([located.evidence(.wrong)]))
        }
        for occurrence in facts.proseQuantities(where: TextScan.hasSeparatedDigits) where isBeyond(occurrence.quantity) {
            findings.append(beyondPrecisionFinding(occurrence.quantity, place: Localized(id: "teks", en: "text"), line: occurrence.line,
                                                   endLine: nil, table: nil, note: nil, subject: "text|\(occurrence.quantity.spelling)",
                                                   in: facts.document))
        }
        return findings
    }

    func beyondPrecisionFinding(_ quantity: Quantity, place: Localized, line: Int, endLine: Int?, table: String?,
                                note: Localized?, subject: String, in document: RenstraDocument) -> Finding {
        let digits = quantity.spelling.utf8.count(where: TextScan.isDigit)
        let whole = digits - quantity.decimals
        let limit = NumberParser.maximumWholeDigits
        let shown = quantity.spelling.count > 40 ? "\(quantity.spelling.prefix(24))…\(quantity.spelling.suffix(8))" : quantity.spelling
        let message = Localized(
            id: "Angka \"\(shown)\" di \(place.id) tidak diperiksa: \(whole) digit sebelum tanda desimal, lebih dari \(limit) digit yang dapat dihitung dengan tepat, sehingga angka ini tidak ikut dalam penjumlahan mana pun. Periksa apakah dua angka tergabung atau angka ini salah ketik.",
            en: "The figure \"\(shown)\" in \(place.en) is not checked: \(whole) digits before the decimal mark, more than the \(limit) that can be computed exactly, so it takes part in no sum. Check whether two figures ran together or the figure was mistyped.")
        return finding(
            in: document, line: line, endLine: endLine, table: table, message: note.map(message.appending) ?? message,
            found: quantity.spelling, subject: subject, severity: .warning)
    }

    /// Figures of one row broken by a space and missing a group mark (`20.00 0000`), reported together:
    /// a format slip whose value is still clear from the digits.
    func spacedFinding(_ candidates: [Candidate], in document: RenstraDocument) -> Finding {
        let first = candidates[0]
        let spellings = candidates.map { "\"\($0.spelling)\"" }.joined(separator: ", ")
        var seen = Set<String>()
        let meant = candidates.compactMap { candidate -> Localized? in
            // Grouped from the digits themselves: a long run of them is more than a Double holds exactly.
            let digits = DigitSpelling(candidate.spelling).wholeDigits
            guard !digits.isEmpty, digits.utf8.allSatisfy(TextScan.isDigit) else { return nil }
            return .grouped(wholeDigits: digits)
        }.filter { seen.insert($0.id).inserted }.joined(separator: " / ")
        return finding(
            in: document, line: first.line, endLine: candidates.map(\.endLine).max(), table: first.table,
            message: Localized(
                id: "Angka \(spellings) di \(first.row.id) terpotong spasi dan pemisah ribuannya tidak lengkap; dibaca tanpa spasi nilainya \(meant.id). Perbaiki penulisannya.",
                en: "The figures \(spellings) in \(first.row.en) are broken by a space and miss a thousands mark; read without the space they are \(meant.en). Fix the spelling."),
            expected: meant, found: Localized(candidates.map(\.spelling).joined(separator: " / ")),
            subject: "\(first.subject)|spaced", severity: .warning)
        .citing(candidates.compactMap(\.cell))
    }

    struct Candidate {
        var spelling: String
        var line: Int
        var endLine: Int
        var table: String?
        var subject: String
        var place: Localized
        /// The row alone, for findings that gather several cells of it.
        var row: Localized
        /// The figures above it in the same column when it stands on a total row.
        var columnItems: [Quantity]
        /// In a table whose columns were found from the spacing of layout text: its cell may hold pieces
        /// the reader joined.
        var inReconstructedTable = false
        /// The figure's cell, when it stands in a table.
        var cell: Evidence?
    }

    struct Hint {
        var value: Localized
        var reason: Localized
    }

    func malformedCandidates(in facts: DocumentFacts) -> [Candidate] {
        var candidates: [Candidate] = []
        for located in TableCells.cells(in: facts.document, where: { $0.quantity?.kind == .malformed }) {
            guard let quantity = located.cell.quantity, !TableCells.isIdentifierColumn(located.columnInfo),
                  DigitSpelling(quantity.spelling).isReportable,
                  Self.isWritten(quantity.spelling, onAnyOf: located.cell.lines.isEmpty ? [located.cell.line] : located.cell.lines,
                                 in: facts.document.source) else { continue }
            candidates.append(Candidate(
                spelling: quantity.spelling, line: located.cell.line, endLine: located.cell.lines.last ?? located.cell.line,
                table: located.tableName, subject: NameNormalizer.normalize(located.row.label), place: located.place,
                row: Localized(id: "baris \"\(located.row.label.shortened)\"", en: "row \"\(located.row.label.shortened)\""),
                columnItems: itemsAbove(located), inReconstructedTable: located.table.readingIsReconstructed,
                cell: located.evidence(.wrong)))
        }
        for occurrence in facts.proseQuantities(where: TextScan.hasSeparatedDigits)
        where occurrence.quantity.kind == .malformed && DigitSpelling(occurrence.quantity.spelling).isReportable {
            candidates.append(Candidate(spelling: occurrence.quantity.spelling, line: occurrence.line, endLine: occurrence.line,
                                        table: nil, subject: "text", place: Localized(id: "teks", en: "text"),
                                        row: Localized(id: "teks", en: "text"), columnItems: []))
        }
        return candidates
    }

    /// Whether the figure stands as written on one of the cell's lines. Pieces the table reader joined
    /// from several lines or columns (`1.051.230.5.199.096.404`) are its reading, not the document's.
    static func isWritten(_ spelling: String, onAnyOf lines: [Int], in source: SourceText) -> Bool {
        lines.contains { source.line($0).containsLiteral(spelling) }
    }

    /// On a `TOTAL`/`Jumlah` row: the figures of the same column in the rows above it.
    func itemsAbove(_ located: LocatedCell) -> [Quantity] {
        let label = NameNormalizer.normalize(located.row.label)
        guard label.hasPrefix("total") || label.hasPrefix("jumlah") else { return [] }
        return located.table.rows.prefix { $0 != located.row }.compactMap { row -> Quantity? in
            guard let quantity = row[located.column]?.quantity, quantity.value != nil,
                  quantity.kind == .money || quantity.kind == .number else { return nil }
            return quantity
        }
    }

    /// A well-formed figure with the digits of its whole part, which every candidate is compared with.
    struct Figure {
        var occurrence: TextQuantities.Occurrence
        var wholeDigits: String
    }

    /// Well-formed figures with six or more significant digits anywhere in the document, with their lines:
    /// round amounts (`1.250.000.000`) are one digit away from too many others to identify anything.
    func wellFormedFigures(in facts: DocumentFacts) -> [Figure] {
        let prose = facts.proseQuantities { TextScan.hasDigits($0, atLeast: 6) }
        var figures = prose.compactMap { Self.figure($0.quantity, line: $0.line) }
        for table in facts.document.tables {
            for row in table.rows {
                for cell in row.cells {
                    if let quantity = cell.quantity, let figure = Self.figure(quantity, line: cell.line) { figures.append(figure) }
                }
            }
        }
        return figures
    }

    /// The quantity as a figure when its whole part has six or more significant digits. A whole part
    /// below 100 000 has at most five digits, so it is turned down before its digits are written out.
    static func figure(_ quantity: Quantity, line: Int) -> Figure? {
        guard let value = quantity.value, !(value.rounded(.towardZero).magnitude < 100_000) else { return nil }
        let digits = DigitSpelling.wholeDigits(of: value)
        guard DigitSpelling.significantDigitCount(digits) >= 6 else { return nil }
        return Figure(occurrence: TextQuantities.Occurrence(quantity: quantity, line: line), wholeDigits: digits)
    }

    func likelyValue(for spelling: DigitSpelling, candidate: Candidate, among figures: [Figure]) -> Hint? {
        let digits = spelling.wholeDigits
        let nearby = figures
            .filter { DigitSpelling.isOneEdit($0.wholeDigits, digits) }
            .map(\.occurrence)
            .min { abs($0.line - candidate.line) < abs($1.line - candidate.line) }
        if let nearby {
            let value = nearby.quantity.value!
            return Hint(value: .number(value, decimals: nearby.quantity.decimals),
                        reason: Localized(id: "tertulis di baris \(nearby.line)", en: "written on line \(nearby.line)"))
        }
        let sum = candidate.columnItems.compactMap(\.value).reduce(0, +)
        if !candidate.columnItems.isEmpty, DigitSpelling.isOneEdit(DigitSpelling.wholeDigits(of: sum), digits) {
            return Hint(value: .number(sum.rounded(.towardZero)),
                        reason: Localized(id: "jumlah \(candidate.columnItems.count) rincian di atasnya",
                                          en: "the sum of the \(candidate.columnItems.count) items above it"))
        }
        return nil
    }

    func message(_ candidate: Candidate, spelling: DigitSpelling, hint: Hint?) -> Localized {
        let problem: Localized
        if let broken = spelling.brokenGroup {
            problem = Localized(id: "kelompok ribuan ke-\(broken.position) (\"\(broken.digits)\") tidak tiga digit",
                                en: "thousands group \(broken.position) (\"\(broken.digits)\") does not have three digits")
        } else {
            problem = Localized(id: "pemisah ribuan dan desimalnya tidak konsisten", en: "its thousands and decimal marks are inconsistent")
        }
        let likely = hint.map {
            Localized(id: " Kemungkinan maksudnya \($0.value.id) (\($0.reason.id)).", en: " It was likely meant as \($0.value.en) (\($0.reason.en)).")
        } ?? Localized(id: "", en: "")
        return Localized(
            id: "Angka \"\(candidate.spelling)\" di \(candidate.place.id) tidak dapat dibaca: \(problem.id).\(likely.id)",
            en: "The figure \"\(candidate.spelling)\" in \(candidate.place.en) cannot be read: \(problem.en).\(likely.en)")
    }
}

extension MalformedNumberRule: TakesLongOnLargePlans {}
