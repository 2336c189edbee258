import Testing
import Ingest
import TestSupport

/// Facts from the Semarang Perubahan Renstra II 2016-2021 (seed 004): metadata and every kind of table.
@Suite struct SemarangLayoutTests {
    let document = Corpus.semarang.document
    let source = Corpus.semarang.source

    func table(_ label: String?, titled title: String) -> Table? {
        document.tables.first { $0.caption?.label == label && ($0.caption?.title.containsLiteral(title) ?? false) }
    }

    func row(_ table: Table?, _ label: String) -> Row? {
        table?.rows.first { $0.label.hasPrefix(label) }
    }

    func column(_ table: Table?, _ role: ColumnRole) -> Int? {
        table?.columns.first { $0.role == role }?.index
    }

    @Test func metadata() {
        #expect(document.layout == .semarang)
        #expect(document.metadata.kind == .perubahanRenstra)
        #expect(document.metadata.period?.years == 2016...2021)
        #expect(document.metadata.period?.line == 5)
        #expect(document.metadata.city == "Kota Semarang")
        #expect(document.metadata.agency == "DINAS KOPERASI DAN USAHA MIKRO")
        #expect(document.metadata.signatory?.name == "Dra. LITANI SATYAWATI")
        #expect(document.metadata.signatory?.nip == "19610831 198503 2 008")
        // Lines 72–86, including "Tabel dan Tujuan dan Sasaran Dinas" (line 82).
        #expect(document.tableList.count == 15)
        #expect(document.tableList.first { $0.line == 82 }?.title == "dan Tujuan dan Sasaran Dinas")
    }

    @Test func captionTitleContinuesOverBoldLines() throws {
        let staff = try #require(table("Tabel 2.1", titled: "Golongan"))
        #expect(staff.caption?.title == "Jumlah Pegawai Menurut Golongan Per Oktober 2017")
        #expect(staff.caption?.numberParts == ["2", "1"])
        #expect(staff.caption?.lines == LineSpan(747, 749))
        #expect(staff.headerRows.count == 2)
        #expect(staff.columns[1].header == "GOL I / P")
        #expect(staff.columns[2].header == "GOL I / W")
        #expect(staff.columns[11].role == .total)
        #expect(staff.chapter == "BAB II")
    }

    @Test func staffTablesTotalSeventySeven() throws {
        let byRank = try #require(row(table("Tabel 2.1", titled: "Golongan"), "JUMLAH"))
        #expect(byRank.cells[11].quantity?.value == 77)
        #expect(byRank.cells[11].line == 758)
        #expect(source.line(758).hasSuffix("<b>77</b>"))
        let byEducation = try #require(row(table("Tabel 2.2", titled: "Pendidikan"), "JUMLAH"))
        #expect(byEducation.cells[13].quantity?.value == 77)
        #expect(row(table("Tabel 2.2", titled: "Pendidikan"), "Non ASN")?.cells[13].text == "22")
        let echelons = try #require(table("Tabel 2.3", titled: "Esselon"))
        #expect(echelons.rows.count == 4)
        #expect(row(echelons, "Esselon IV")?.cells[3].text == "15 orang")
        #expect(row(echelons, "Esselon II")?.cells[1].isBlank == true)
    }

    @Test func equipmentTableKeepsItsRepeatedRow() throws {
        let equipment = try #require(table("Tabel 2.4", titled: "Perlengkapan Kantor"))
        #expect(equipment.rows.count == 20)
        #expect(equipment.columns.map(\.role) == [.rowNumber, .label, .total])
        for (index, line) in [(13, 812), (15, 814)] {
            let item = equipment.rows[index]
            #expect(item.label == "Almari Sliding Kaca")
            #expect(item.cells[2].text == "9 unit")
            #expect(item.cells[2].quantity?.unit == "unit")
            #expect(item.lines == LineSpan(line))
            #expect(source.line(line) == "\(index + 1)\tAlmari Sliding Kaca\t9 unit")
        }
        #expect(equipment.rows.last?.cells[2].text == "49 unit")
    }

    @Test func unnumberedCaptionsWithYearSpans() throws {
        let umkm = try #require(table(nil, titled: "Perkembangan UMKM"))
        #expect(umkm.caption?.title == "Perkembangan UMKM Tahun 2010-2016")
        #expect(umkm.years == Array(2010...2016))
        let year2015 = try #require(umkm.columns.first { $0.year == 2015 }?.index)
        #expect(umkm.rows.first?.cells[year2015].quantity?.value == 996)
        let members = try #require(row(table(nil, titled: "Karyawan dan Anggota Koperasi"), "Anggota"))
        #expect(members.cells[8].quantity?.value == 179_153)
        #expect(members.lines == LineSpan(857))
    }

    @Test func twoTablesShareTheLabelTabel23AndTabel24() throws {
        #expect(document.tables.filter { $0.caption?.label == "Tabel 2.3" }.count == 2)
        #expect(document.tables.filter { $0.caption?.label == "Tabel 2.4" }.count == 2)
        let review = try #require(table("Tabel 2.3", titled: "REVIEW PENCAPAIAN"))
        let active = try #require(row(review, "Prosentase Koperasi aktif"))
        let target = try #require(column(review, .year(2011, measure: .target)))
        let realisation = try #require(column(review, .year(2011, measure: .realisation)))
        let ratio = try #require(column(review, .year(2011, measure: .ratio)))
        #expect(active.cells[target].text == "75%")
        #expect(active.cells[target].quantity?.kind == .percent)
        #expect(active.cells[realisation].quantity?.value == 77.2)
        #expect(active.cells[ratio].text == "103,57 %")
        #expect(active.cells[ratio].quantity?.value == 103.57)
        #expect(active.cells[ratio].line == 925)
        #expect(review.years == Array(2011...2016))
    }

    @Test func budgetRealisationTable() throws {
        let budget = try #require(table("Tabel 2.4", titled: "ANGGARAN DAN REALISASI"))
        #expect(budget.rows.count == 14)
        let salaries = try #require(row(budget, "Gaji dan Tunjangan"))
        let planned = try #require(column(budget, .year(2016, measure: .budget)))
        let spent = try #require(column(budget, .year(2016, measure: .realisation)))
        #expect(salaries.cells[planned].quantity?.value == 3_573_364_891)
        #expect(salaries.cells[spent].quantity?.value == 3_443_251_771)
        #expect(salaries.lines == LineSpan(941))
        #expect(source.line(941).hasPrefix("1.1\tGaji dan Tunjangan"))
        #expect(budget.rows.first?.cells.map(\.text).prefix(2) == ["I", "BELANJA TIDAK LANGSUNG"])
    }

    @Test func problemAndStrategyTables() throws {
        let problems = try #require(table("Tabel 3.1", titled: "Identifikasi Permasalahan"))
        #expect(problems.caption?.title == "Identifikasi Permasalahan Berdasarkan Tugas dan Fungsi Dinas Koperasi dan Usaha Mikro")
        #expect(problems.columns[2].header == "FAKTOR YANG MEMPENGARUHI / EKSTERNAL")
        #expect(problems.rows.count == 5)
        let strategy = try #require(table("Tabel 5.1", titled: "Strategi dan Kebijakan"))
        #expect(strategy.headerRows.count == 3)
        #expect(strategy.headerRows[0].cells[0].text.hasPrefix("VISI : Semarang Kota Perdagangan"))
        #expect(strategy.columns.map(\.header) == ["Tujuan", "Sasaran", "Strategi", "Arah Kebijakan"])
        #expect(strategy.rows.count == 5)
        #expect(strategy.rows[1].cells[3].text == "Peningkatan Kualitas Kinerja Aparatur Dinas Koperasi dan Usaha Mikro")
    }

    @Test func goalTargetsAndPerformanceIndicators() throws {
        let goals = try #require(table("Tabel 4.1", titled: "Tujuan dan Sasaran"))
        let good = try #require(row(goals, "TUJUAN : Mewujudkan"))
        #expect(good.cells[1].text == "Prosentase Koperasi Baik")
        #expect(good.cells[column(goals, .year(2016, measure: .target))!].text == "10")
        #expect(good.cells[column(goals, .year(2021, measure: .target))!].text == "88")

        let regional = try #require(table("Tabel 7.1", titled: "INDIKATOR KINERJA PERANGKAT DAERAH"))
        #expect(regional.columnNumberRow?.numbers == Array(1...10))
        #expect(regional.columnNumberRow?.line == 1495)
        #expect(regional.columns[3].role == .baseline(year: 2016, measure: .unspecified))
        #expect(row(regional, "Persentase koperasi aktif")?.cells[8].quantity?.value == 88.6)

        let service = try #require(table("Tabel 7.2", titled: "INDIKATOR KINERJA PELAYANAN"))
        let baik = try #require(row(service, "Prosentase Koperasi Baik"))
        let targets = (2017...2021).map { year in baik.cells[column(service, .year(year, measure: .target))!].quantity?.value }
        #expect(targets == [11, 88, 88, 88, 88])
        #expect(baik.lines == LineSpan(1515))
        let healthy = try #require(row(service, "Prosentase koperasi sehat"))
        #expect(healthy.cells[3].isBlank)
        #expect(healthy.cells[4].text == "6")
    }

    @Test func appendixTablesTakeTheirTitleRowsOrLines() throws {
        let goal = try #require(table(nil, titled: "Tujuan RPJMD : Meningkatkan Produktivitas ekonomi lokal"))
        #expect(goal.caption?.lines == LineSpan(1537))
        #expect(goal.rows.first?.cells[6].text == "6,5%")
        let supervision = try #require(table(nil, titled: "Peningkatan Manajemen Pengawasan Koperasi"))
        #expect(supervision.caption?.lines == LineSpan(1682))
        #expect(supervision.rows.first?.cells[3].quantity?.value == 50)
        #expect(!document.paragraphs.contains { $0.lines.first == 1682 })
        let coordination = try #require(table(nil, titled: "Koordinasi Dan Pengembangan KUMKM"))
        #expect(coordination.rows.count == 1)
        #expect(coordination.rows.first?.lines == LineSpan(1615))
    }

    /// The appendix (LAMPIRAN) is 62 small target tables, each named by the line above its header.
    @Test func everyAppendixTableHasItsTitleYearsAndRows() {
        let appendix = document.tables.filter { $0.lines.first > 1535 }
        #expect(appendix.count == 62)
        for table in appendix {
            let title = table.caption?.title ?? ""
            #expect(["Tujuan", "Sasaran", "Program", "Kegiatan"].contains { title.hasPrefix($0) }, "\(table.lines.first)")
            #expect(!table.years.isEmpty && table.years.allSatisfy { (2016...2021).contains($0) }, "\(title)")
            #expect(!table.rows.isEmpty, "\(title)")
            #expect(table.columns.contains { $0.role == .unit }, "\(title)")
        }
        let titleLines = (1536...source.lines.count).filter {
            source.line($0).hasPrefix("Kegiatan (Eselon IV)") || source.line($0).hasPrefix("Program (Eselon III)")
        }
        #expect(appendix.compactMap { $0.caption?.lines.first }.filter(titleLines.contains) == titleLines)
    }

    @Test func microEnterpriseStaffTable() throws {
        let staff = try #require(table(nil, titled: "Perkembangan Karyawan UMKM"))
        let row = try #require(staff.rows.first)
        #expect(row.label == "Jumlah Karyawan")
        #expect(row.cells[2].quantity?.value == 16_139)
        #expect(row.cells[8].quantity?.value == 11_753)
        #expect(staff.columns[7].header == "TAHUN / 2015*")
        #expect(staff.columns[7].year == 2015)
    }

    @Test func indirectSpendingSummaryStaysProse() {
        let heading = document.paragraphs.first { $0.text == "BELANJA TIDAK LANGSUNG" }
        #expect(heading?.lines == LineSpan(1309))
        let amounts = document.paragraphs.filter { (1311...1323).contains($0.lines.first) }.map(\.text)
        #expect(amounts.first == "5.604.112.361")
        #expect(amounts.last == "46.608.332.950")
        #expect(amounts.count == 7)
        #expect(!document.tables.contains { $0.lines.contains(1311) || $0.lines.contains(1344) })
    }

    @Test func blocksAreInReadingOrder() {
        let firstLines = document.blocks.map(\.lines.first)
        #expect(firstLines == firstLines.sorted())
        #expect(document.headings.contains { $0.number == "2.2.1" && $0.title == "Sumber Daya Pegawai" })
    }

    /// Every cell points at the line it was read from.
    @Test func everyCellKeepsItsSourceLine() {
        for table in document.tables {
            for row in table.headerRows + table.rows {
                for cell in row.cells where !cell.isBlank {
                    for (piece, line) in zip(cell.text.components(separatedBy: " / "), cell.lines) where cell.lines.count > 1 {
                        #expect(MarkupStripper.strip(source.line(line)).containsLiteral(piece), "\(table.displayName) line \(line)")
                    }
                    if cell.lines.count == 1 {
                        #expect(MarkupStripper.strip(source.line(cell.line)).containsLiteral(cell.text), "\(table.displayName) line \(cell.line)")
                    }
                    #expect(row.lines.contains(cell.line))
                }
            }
        }
    }
}
