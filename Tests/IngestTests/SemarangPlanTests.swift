import Testing
import Ingest
import TestSupport

/// The plan hierarchy read from Tabel 6.1 of the Semarang Perubahan Renstra II 2016-2021 (seed 004).
@Suite struct SemarangPlanTests {
    let document = Corpus.semarang.document
    let source = Corpus.semarang.source

    func node(_ code: String) -> PlanNode? { document.allPlanNodes.first { $0.code == code } }

    var programmeTable: Table? {
        document.tables.first { $0.caption?.label == "Tabel 6.1" && $0.columns.first?.header == "Tujuan" }
    }

    func amounts(_ node: PlanNode) -> [Double?] {
        [node.baselineBudget?.quantity?.value] + (2017...2021).map { node.budget(for: $0)?.quantity?.value }
    }

    @Test func activityOnOneLine() throws {
        let activity = try #require(node("1.2.11.1.2.11.01.18.016"))
        #expect(activity.level == .kegiatan)
        #expect(activity.name == "Peningkatan Manajemen Pengelolaan Koperasi")
        #expect(amounts(activity) == [514_169_683, 420_177_000, 446_000_000, 596_000_000, 646_000_000, 646_000_000])
        #expect(activity.endOfPeriodBudget?.quantity?.value == 3_268_346_683)
        #expect(activity.endOfPeriodBudget?.line == 1451)
        #expect(activity.lines == LineSpan(1451))
        #expect(activity.table == "Tabel 6.1")
        #expect(source.line(1451).hasPrefix("\t\t\t\t1.2.11.1.2.11.01.18.016\t"))
        let indicator = try #require(activity.indicators.first)
        #expect(indicator.name == "Pengelola koperasi yang ditingkatkan manajemen perkeroperasian")
        #expect(indicator.baseline?.text == "312 org")
        #expect(indicator.targets.map(\.target?.text) == ["200 org", "250 org", "300 org", "350 org", "400 org"])
        #expect(indicator.endOfPeriodTarget?.text == "1.500 Org")
    }

    @Test func activityOverTwoLinesBecomesOneRow() throws {
        let activity = try #require(node("1.2.11.1.2.11.01.01.002"))
        #expect(activity.name == "Penyediaan Jasa Komunikasi, Sumber Daya Air Dan Listrik")
        #expect(activity.lines == LineSpan(1363, 1364))
        #expect(amounts(activity) == [15_000_000, 20_100_000, 180_000_000, 200_000_000, 250_000_000, 275_000_000])
        #expect(activity.baselineBudget?.line == 1363)
        #expect(activity.budget(for: 2018)?.line == 1364)
        #expect(activity.indicators.first?.targets.map(\.target?.text) == ["12 bulan", "100%", "100%", "100%", "100%"])
        // Each physical line closes with its own partial sum: no single end-of-period figure.
        #expect(activity.endOfPeriodBudget == nil)
        #expect(source.line(1364).hasPrefix("\t\t\t\t\t\t\t\t\t\t\t\t100%\t180.000.000\t"))

        let table = try #require(programmeTable)
        let row = try #require(table.rows.first { $0.cells[4].text == "1.2.11.1.2.11.01.01.002" })
        #expect(row.lines == LineSpan(1363, 1364))
        let budget2018 = try #require(table.columns.first { $0.role == .year(2018, measure: .budget) }?.index)
        #expect(row.cells[budget2018].text == "180.000.000")
        #expect(row.cells[budget2018].line == 1364)
        let endBudget = try #require(table.columns.first { $0.role == .endOfPeriod(measure: .budget) }?.index)
        #expect(row.cells[endBudget].text == "35.100.000 / 905.000.000")
        #expect(row.cells[endBudget].lines == [1363, 1364])
        #expect(row.cells[endBudget].quantity == nil)
    }

    @Test func continuationShiftedOnePairRightStartsAt2018() throws {
        let maintenance = try #require(node("1.2.11.1.2.11.01.02.024"))
        #expect(maintenance.lines == LineSpan(1388, 1389))
        #expect(amounts(maintenance) == [193_580_000, 75_089_000, 85_000_000, 350_000_000, 380_000_000, 380_000_000])
        #expect(maintenance.budget(for: 2018)?.line == 1389)
        let plans = try #require(node("1.2.11.1.2.11.01.06.029"))
        #expect(plans.budget(for: 2021)?.text == "2.680.000")
        #expect(plans.budget(for: 2021)?.line == 1413)
        #expect(plans.budget(for: 2018) == nil)
    }

    /// Tabel 6.1 has no caption line of its own: the sentence at line 1307 names it, and both of its
    /// parts (indirect spending with its own header, then the programmes) carry that label.
    @Test func bothPartsOfTabel61TakeTheLabelFromTheReferringSentence() {
        let parts = document.tables.filter { $0.caption?.label == "Tabel 6.1" }
        #expect(parts.map(\.lines) == [LineSpan(1325, 1340), LineSpan(1358, 1482)])
        #expect(parts.allSatisfy { $0.caption?.lines == LineSpan(1307) && $0.chapter == "BAB VI" })
        #expect(source.line(1307).hasSuffix("dapat dilihat pada Tabel 6.1 sebagai berikut :"))
        #expect(parts.first?.columns.first?.role == .code)
        #expect(parts.first?.rows.count == 12)
    }

    @Test func rowsAreAlignedToTheHeaderByTheirCode() throws {
        let table = try #require(programmeTable)
        #expect(table.columns[4].role == .code)
        #expect(table.columns[5].role == .label)
        #expect(table.columns[6].role == .indicator)
        #expect(table.columns[7].role == .baseline(year: 2016, measure: .target))
        #expect(table.columns[20].role == .endOfPeriod(measure: .budget))
        #expect(table.columnNumberRow?.numbers == Array(1...17))
        #expect(table.columnNumberRow?.line == 1361)
        // 1.2.11.1.2.11.01.02.007 starts in the first column of its line, four cells left of the header.
        #expect(source.line(1383).hasPrefix("1.2.11.1.2.11.01.02.007\t"))
        let row = try #require(table.rows.first { $0.lines.first == 1383 })
        #expect(row.cells[4].text == "1.2.11.1.2.11.01.02.007")
        #expect(row.cells[5].text == "Pengadaan Perlengkapan Gedung Kantor")
        #expect(row.cells[8].text == "64.550.000")
        // Page-repeated headers are merged away.
        #expect(!table.rows.contains { [1394, 1397, 1442, 1445].contains($0.lines.first) })
        #expect(table.headerRows.map(\.lines.first) == [1358, 1359, 1360])
    }

    @Test func programmesCarryTheirExtraIndicators() throws {
        let marketing = try #require(node("1.2.11.1.2.11.01.21"))
        #expect(marketing.level == .program)
        #expect(marketing.indicators.map(\.name) == ["Meningkatnya jangkauan pemasaran produk unggulan daerah",
                                                      "Prosentase Akses Pemasaran"])
        let access = marketing.indicators[1]
        #expect(access.line == 1475)
        #expect(access.targets.map(\.target?.text) == ["18,5%", "20%", "21%", "23%", nil])
        #expect(access.endOfPeriodTarget?.text == "23%")
        #expect(marketing.endOfPeriodBudget?.quantity?.value == 18_559_285_008)

        let institutions = try #require(node("1.2.11.1.2.11.01.18"))
        #expect(institutions.indicators.map(\.name) == ["Prosentase koperasi aktif", "Prosentase koperasi sehat",
                                                         "Prosentase Omset Koperasi"])
        #expect(institutions.indicators[1].targets.first?.target?.text == "6%")
        #expect(institutions.indicators[1].targets.first?.target?.line == 1449)
        #expect(institutions.children.count == 14)
    }

    @Test func programmeNamedLeftOfItsCode() throws {
        let entrepreneurship = try #require(node("1.2.11.1.2.11.01.16"))
        #expect(entrepreneurship.name == "PROGRAM PENGEMBANGAN KEWIRAUSAHAAN DAN KEUNGGULAN KOMPETITIF USAHA KECIL MENENGAH")
        #expect(entrepreneurship.indicators.map(\.name) == ["Presentase Meningkatnya Kualitas Produk yang dibina",
                                                             "Presentase Meningkatnya Kualitas Usaha Mikro yang dibina"])
        let quality = entrepreneurship.indicators[1]
        #expect(quality.baseline?.text == "51%")
        #expect(quality.targets.map(\.target?.text) == ["52%", "53%", "55%", "58%", "60%"])
        #expect(quality.targets[1].target?.line == 1417)
        #expect(entrepreneurship.budget(for: 2017)?.quantity?.value == 1_600_429_000)
        #expect(entrepreneurship.children.count == 10)
        // A third target line has no indicator left to carry it.
        #expect(document.uninterpreted.contains { $0.line == 1418 })
    }

    @Test func hierarchyFromCodeDepth() throws {
        let programmes = document.plan.filter { $0.level == .program }
        #expect(programmes.map { $0.code!.pieces(separatedBy: ".").last! } == ["01", "02", "06", "16", "17", "18", "19", "20", "21"])
        for programme in programmes {
            #expect(programme.code!.pieces(separatedBy: ".").count == 8)
            for activity in programme.children {
                #expect(activity.level == .kegiatan)
                #expect(activity.code!.hasPrefix(programme.code! + "."))
            }
        }
        #expect(node("1.2.11.1.2.11.01.01")?.children.count == 10)
    }

    @Test func salaryLinesFormTheirOwnSubtree() throws {
        let salaries = try #require(document.plan.first { $0.level == .detail })
        #expect(salaries.code == "1.2.11.1.2.11.01.5.1.1")
        #expect(salaries.name == "Belanja Pegawai")
        #expect(salaries.table == "Tabel 6.1")
        #expect(salaries.baselineBudget?.quantity?.value == 5_604_112_361)
        #expect(salaries.endOfPeriodBudget?.quantity?.value == 46_608_332_950)
        #expect(salaries.children.map(\.name) == ["GAJI DAN TUNJANGAN", "TAMBAHAN PENGHASILAN PNS"])
        #expect(salaries.children[0].children.count == 8)
        #expect(salaries.children[0].children[0].indicators.first?.name == "Terpenuhnya pembayaran gaji pokok PNS")
        #expect(salaries.allNodes.allSatisfy { $0.level == .detail })
        #expect(salaries.children[1].children.first?.budget(for: 2021)?.quantity?.value == 4_236_514_595)
    }

    @Test func figuresThatFitNoColumnAreReported() throws {
        let extra = try #require(document.uninterpreted.first { $0.line == 1366 })
        #expect(extra.text == "100% 10.000.000")
        // After its own end-of-period 160.000.000, line 1386 repeats the end figure of line 1387.
        let stray = try #require(document.uninterpreted.first { $0.line == 1386 })
        #expect(stray.text == "100% 139.812.095")
        #expect(stray.reason == "pasangan angka sesudah angka akhir periode baris ini")
        #expect(document.uninterpreted.allSatisfy { (1325...1482).contains($0.line) })
    }
}
