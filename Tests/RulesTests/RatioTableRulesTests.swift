import Testing
import Ingest
@testable import Rules

/// RAT001, RAT002 and RAT004 on tables built the way the ingesters build them: header texts stacked
/// per column and classified by `ColumnClassifier`, every cell with its source line.
@Suite struct RatioTableRulesTests {
    /// A table whose row `n` sits on `firstLine + n`.
    func table(headers: [[String]], rows: [[String]], firstLine: Int, label: String) -> Table {
        let parsedRows = rows.enumerated().map { offset, texts in
            Row(cells: texts.map { Cell(text: $0, line: firstLine + offset, quantity: NumberParser.parse($0)) },
                lines: LineSpan(firstLine + offset))
        }
        return Table(caption: TableCaption(label: label, numberParts: [], title: "", lines: LineSpan(firstLine - 3)),
                     headerRows: [], columnNumberRow: nil, columns: ColumnClassifier.classify(headerGrid: headers),
                     rows: parsedRows, lines: LineSpan(firstLine - 3, firstLine + rows.count))
    }

    func document(_ tables: Table...) -> RenstraDocument {
        RenstraDocument(source: SourceText(path: "test.txt", encoding: .utf8, lines: []), layout: .semarang,
                        blocks: tables.map(Block.table))
    }

    /// Semarang Tabel 2.3 (l.921-928), 2011-2012 columns.
    var semarangReview: Table {
        table(headers: [["NO", "Indikator Kinerja", "Target Tahun", "Target Tahun", "Realisasi Capaian Tahun", "Realisasi Capaian Tahun",
                         "Rasio Capaian pada Tahun", "Rasio Capaian pada Tahun"],
                        ["", "", "2011", "2012", "2011", "2012", "2011", "2012"]],
              rows: [["1", "Prosentase Koperasi aktif (2010-2015)", "75%", "75%", "77,2%", "78,62%", "103,57 %", "104,83 %"],
                     ["2", "Jumlah UKM non BPR/LKM UKM", "10.380", "10.587", "11.142", "11.208", "107,98", "105,86"],
                     ["3", "Usaha Mikro dan Kecil", "8.914", "8.966", "8.914", "9.132", "100 %", "101,85 %"]],
              firstLine: 925, label: "Tabel 2.3")
    }

    @Test func achievementRatioFlagsTheSemarangReviewErrors() throws {
        let findings = AchievementRatioRule().check(document(semarangReview), RuleContext())
        #expect(findings.map(\.line) == [925, 926])
        let koperasi = try #require(findings.first)
        #expect(koperasi.expected == "102,93")
        #expect(koperasi.found == "103,57")
        #expect(koperasi.severity == .error)
        #expect(koperasi.table == "Tabel 2.3")
        #expect(koperasi.message.id.containsLiteral("77,2 ÷ 75 × 100 = 102,93"))
        #expect(findings.last?.expected == "107,34")
    }

    @Test func achievementRatioNamesTheWrongYearDepokUsed() throws {
        // T-C.23 l.2687: 2017 ratio 9,33 % = 0,70 / 7,50 (the 2018 target).
        let depok = table(headers: [["Indikator", "Target 2017", "Target 2018", "Realisasi 2017", "Realisasi 2018", "Rasio 2017", "Rasio 2018"]],
                          rows: [["Presentase Usaha Mikro Naik Kelas", "5.00%", "7.50%", "0.70%", "0.90%", "9.33%", "12.00%"]],
                          firstLine: 2687, label: "Tabel T-C.23")
        let finding = try #require(AchievementRatioRule().check(document(depok), RuleContext()).first)
        #expect(finding.line == 2687)
        #expect(finding.expected == "14,00")
        #expect(finding.message.en.containsLiteral("2018 target (7.50)"))
        #expect(finding.message.id.containsLiteral("tahun 2018 (7,50)"))
        #expect(finding.expected(in: .en) == "14.00")
    }

    @Test func truncationOfARoundedRealisationIsOnlyAWarning() throws {
        // Bekasi Tabel 2.8 l.963: 1,05 / 1 printed 104 %.
        let bekasi = table(headers: [["Indikator", "Target Renstra Tahun ke-", "Realisasi Capaian Tahun ke-", "Rasio Capaian pada tahun ke-"],
                                     ["", "2024", "2024", "2024"]],
                           rows: [["IKU: Persentase Peningkatan Volume Usaha Koperasi", "1%", "1.05%", "104%"]],
                           firstLine: 963, label: "Tabel 2.8")
        let finding = try #require(AchievementRatioRule().check(document(bekasi), RuleContext()).first)
        #expect(finding.severity == .warning)
        #expect(finding.message.id.containsLiteral("1,045–1,050"))
    }

    @Test func budgetAbsorptionAcceptsSemarangTruncatedRatios() {
        let budget = table(headers: [["NO", "Uraian", "Anggaran pada Tahun", "Realisasi Anggaran Tahun", "Rasio antara Realisasi dan Anggaran Tahun ( % )", "Rata-Rata Pertumbuhan (%)"],
                                     ["", "", "2011", "2011", "2011", "Anggaran"]],
                           rows: [["1.1", "Gaji dan Tunjangan", "2.596.602.000", "2.543.232.156", "97", "37"],
                                  ["1.2", "Tambahan Penghasilan PNS", "637.000.000", "556.110.000", "87", "259"],
                                  ["2.3", "Prog. Peningk. Pengembangan Sistem Capain Kinerja & Keu.", "31.432.000", "31.232.000", "99", "532"]],
                           firstLine: 941, label: "TABEL 2.4")
        #expect(BudgetAbsorptionRatioRule().check(document(budget), RuleContext()).isEmpty)
        #expect(AchievementRatioRule().check(document(budget), RuleContext()).isEmpty)
        #expect(RealisationAboveBudgetRule().check(document(budget), RuleContext()).isEmpty)
    }

    @Test func budgetAbsorptionFlagsARatioNoTruncationExplains() throws {
        let budget = table(headers: [["Uraian", "Anggaran 2016", "Realisasi 2016", "Rasio 2016"]],
                           rows: [["Penyediaan Alat Tulis Kantor", "25,000,000.00 Rp", "24,950,000.00 Rp", "98.80%"]],
                           firstLine: 2735, label: "Tabel T-C.24")
        let finding = try #require(BudgetAbsorptionRatioRule().check(document(budget), RuleContext()).first)
        #expect(finding.expected == "99,80")
        #expect(finding.found == "98,80")
    }

    @Test func rowsTheIngesterCouldNotAlignAreNotJudged() {
        // T-C.24 l.2792 lacks a value mid-row: its cells keep their order, not their columns.
        var budget = table(headers: [["Uraian", "Anggaran 2016", "Realisasi 2016", "Rasio 2016"]],
                           rows: [["Revitalisasi Koperasi Tidak Aktif", "300,000,000.00 Rp", "294,017,000.00 Rp", "52.13%"]],
                           firstLine: 2792, label: "Tabel T-C.24")
        #expect(BudgetAbsorptionRatioRule().check(document(budget), RuleContext()).count == 1)
        budget.rows[0].alignedToColumns = false
        #expect(BudgetAbsorptionRatioRule().check(document(budget), RuleContext()).isEmpty)
    }

    /// Depok T-C.24, 2018: every row spends about twice its budget (l.2733-2867).
    @Test func realisationAboveBudgetReportsAWholeYearColumnOnce() throws {
        let depok = table(headers: [["Uraian", "Anggaran 2018", "Anggaran 2019", "Realisasi 2018", "Realisasi 2019"]],
                          rows: [["Program Pelayanan Administrasi Perkantoran", "1,014,575,000.00 Rp", "1,095,901,472.00 Rp", "1,855,713,165.00 Rp", "899,623,371.00 Rp"],
                                 ["Penyediaan Alat Tulis Kantor", "199,575,000.00 Rp", "215,701,472.00 Rp", "379,659,000.00 Rp", "180,086,000.00 Rp"],
                                 ["Penyediaan Barang Cetakan dan Penggandaan", "160,000,000.00 Rp", "172,800,000.00 Rp", "258,760,225.00 Rp", "129,351,200.00 Rp"],
                                 ["Penyusunan Renja", "10,000,000.00 Rp", "10,000,000.00 Rp", "20,000,000.00 Rp", "13,100,000.00 Rp"]],
                          firstLine: 2733, label: "Tabel T-C.24")
        let findings = RealisationAboveBudgetRule().check(document(depok), RuleContext())
        #expect(findings.count == 2)
        let column = try #require(findings.first { $0.subject == "column|2018" })
        #expect(column.line == 2733 && column.endLine == 2736)
        #expect(column.message.id.containsLiteral("4 dari 4 baris"))
        #expect(column.found == "1.855.713.165")
        let row = try #require(findings.first { $0.subject.hasSuffix("|2019") })
        #expect(row.line == 2736)
        #expect(row.message.id.containsLiteral("131,00%"))
        #expect(findings.allSatisfy { $0.severity == .warning })
    }
}
