import Testing
@testable import Ingest

/// The pieces of numbers the Bekasi export breaks apart, and the line-by-line row decision.
@Suite struct BekasiSplitNumberTests {
    @Test(arguments: [
        ("346.4 01.00 0", "346.401.000"),
        ("24.00 0.000", "24.000.000"),
        ("60.000. 000", "60.000.000"),
        ("2.189. 180.1 00", "2.189.180.100"),
        ("Rp. 70.26 2.000", "Rp. 70.262.000"),
        ("2.94 6", "2.946"),
        ("Unit Usaha", "Unit Usaha"),
    ])
    func spacesInsideNumbersAreRemoved(_ written: String, _ compacted: String) {
        #expect(SplitNumber.compacted(written) == compacted)
    }

    @Test func completeNumbersDependOnTheColumn() {
        #expect(SplitNumber.isComplete("8.998.000", inBudgetColumn: true))
        #expect(SplitNumber.isComplete("88.0", inBudgetColumn: false))
        #expect(!SplitNumber.isComplete("20.00", inBudgetColumn: true), "twenty rupiah is the head of a cut budget")
        #expect(!SplitNumber.isComplete("8.941.", inBudgetColumn: true))
        #expect(!SplitNumber.isComplete("20.00 0000", inBudgetColumn: true))
        #expect(!SplitNumber.isComplete("20.000000", inBudgetColumn: false))
        #expect(SplitNumber.isComplete("1,179,513,000.00", inBudgetColumn: true))
    }

    @Test func wellGroupedDigits() {
        #expect(SplitNumber.isWellGrouped("1.234.567"))
        #expect(SplitNumber.isWellGrouped("1,234,567"))
        #expect(SplitNumber.isWellGrouped("7.663.589.176,10"))
        #expect(SplitNumber.isWellGrouped("0.098"))
        #expect(!SplitNumber.isWellGrouped("8.941.471.33"))
        #expect(!SplitNumber.isWellGrouped("1.234,5.6"))
        #expect(SplitNumber.isWellGrouped("1,234.5"))
        #expect(SplitNumber.isWellGrouped("12,34"))
        #expect(SplitNumber.isWellGrouped("30000000"))
        #expect(!SplitNumber.isWellGrouped(""))
        #expect(!SplitNumber.isWellGrouped("1.234."))
        #expect(!SplitNumber.isWellGrouped(",123,456"))
        #expect(!SplitNumber.isWellGrouped("1.2,3"))
        #expect(!SplitNumber.isWellGrouped("1.234,"))
        // Text beyond ASCII is read Character by Character, as the figures around it are.
        #expect(SplitNumber.isWellGrouped("1.2é4"))
        #expect(SplitNumber.isWellGrouped("1.éé"))
    }

    @Test func partialNumbersAreHeadsOfDotGroupedNumbers() {
        #expect(SplitNumber.isPartial("7.977.115."))
        #expect(SplitNumber.isPartial("8.941.471.33"))
        #expect(SplitNumber.isPartial("150.0 00.00"))
        #expect(!SplitNumber.isPartial("8.998.000"))
        #expect(!SplitNumber.isPartial("10086.06"))
    }

    @Test func howATailFitsTheCellAboveIt() {
        #expect(SplitNumber.fit(head: "8.998", tail: ".000", inBudgetColumn: true) == .cutNumber)
        #expect(SplitNumber.fit(head: "20.00", tail: "0.000", inBudgetColumn: true) == .cutNumber)
        #expect(SplitNumber.fit(head: "7.977.115.", tail: "274", inBudgetColumn: true) == .cutNumber)
        #expect(SplitNumber.fit(head: "150.0 00.00", tail: "0", inBudgetColumn: true) == .cutNumber)
        #expect(SplitNumber.fit(head: "88.1", tail: "5", inBudgetColumn: false) == .possibleNumber)
        #expect(SplitNumber.fit(head: "150.000.000", tail: "0", inBudgetColumn: true) == .separateValue)
        #expect(SplitNumber.fit(head: "387.000.000", tail: "8.448.363.274", inBudgetColumn: true) == .separateValue)
        #expect(SplitNumber.fit(head: "0.098%", tail: "0.04%", inBudgetColumn: false) == .separateValue)
        #expect(SplitNumber.fit(head: "N/A", tail: "0", inBudgetColumn: true) == .separateValue)
    }

    /// Row boundaries ask only whether a tail finishes a cut number, settling that before the pieces are
    /// joined: the answer must be `fit`'s, for every pair of the pieces a wrapped table holds.
    @Test func cutNumbersAreTheOnesFitCallsCut() {
        let pieces = ["8.998", ".000", "20.00", "0.000", "7.977.115.", "274", "150.0 00.00", "0", "88.1", "5", "150.000.000",
                      "8.448.363.274", "0.098%", "0.04%", "N/A", "-", "1.234,", "56", "Rp 1.000", ".275.", "970", "12", "2025"]
        var cut = 0
        for head in pieces {
            for tail in pieces {
                for budget in [true, false] {
                    let fits = SplitNumber.fit(head: head, tail: tail, inBudgetColumn: budget) == .cutNumber
                    #expect(SplitNumber.cutsNumber(head: head, tail: tail, inBudgetColumn: budget) == fits, "\(head) | \(tail)")
                    if fits { cut += 1 }
                }
            }
        }
        #expect(cut >= 8)
    }

    @Test func rowStartersIncludeTotalLinesInAnyCase() {
        #expect(RowBoundary.isRowStarter("JUMLAH"))
        #expect(RowBoundary.isRowStarter("Jumlah Total"))
        #expect(RowBoundary.isRowStarter("TOTAL"))
        #expect(RowBoundary.isRowStarter("12."))
        #expect(RowBoundary.isRowStarter("Sub Kegiatan Penyediaan Gaji"))
        #expect(!RowBoundary.isRowStarter("Total anggaran belanja"))
        #expect(!RowBoundary.isRowStarter("Jumlah Laporan"))
    }

    @Test func fieldLabelsOpenEntries() {
        #expect(RowBoundary.startsWithFieldLabel("Output: Tersedianya Bahan Logistik Kantor"))
        #expect(RowBoundary.startsWithFieldLabel("Indikator Sub kegiatan : Jumlah Dokumen"))
        #expect(RowBoundary.startsWithFieldLabel("Sub kegiatan 6:"))
        #expect(!RowBoundary.startsWithFieldLabel("Pendataan , Kemitraan , Kemudahan Perizinan"))
        #expect(!RowBoundary.startsWithFieldLabel("dalam RPJMN 2025-2029: pemerintah"))
    }

    @Test func listItemsContinueTheListAbove() {
        #expect(RowBoundary.continuesList("b. Tujuan Pembangunan", above: "a. Meningkatkan Pertumbuhan"))
        #expect(RowBoundary.continuesList("10 Adanya Perubahan", above: "1. Lokasi 9. Pelaku usaha"))
        #expect(RowBoundary.continuesList("• Pembangunan pusat", above: "Pengembangan • Pengembangan ekonomi"))
        #expect(!RowBoundary.continuesList("c. Lain", above: "a. Meningkatkan"))
        #expect(!RowBoundary.continuesList("Pertumbuhan koperasi", above: "a. Meningkatkan"))
    }

    @Test func listAndParagraphTagsAreRemovedFromText() {
        #expect(MarkupStripper.strip("<ul style=\"list-style-type: none\"> Pemetaan potensi UMKM ") == " Pemetaan potensi UMKM ")
        #expect(MarkupStripper.strip("<p>BMD semester I</p> <p>Jumlah 1+2+3 / 3</p>") == "BMD semester I Jumlah 1+2+3 / 3")
        #expect(MarkupStripper.strip("a < b dan <pre>") == "a < b dan <pre>")
    }
}
