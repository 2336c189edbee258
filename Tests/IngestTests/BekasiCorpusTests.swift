import Testing
import Ingest
import TestSupport

/// Facts from every table of the Bekasi Renstra 2025-2029 export, as the ingester reads them.
@Suite struct BekasiCorpusTests {
    let document = BekasiCorpus.document
    let source = BekasiCorpus.source

    @Test func documentLevelFacts() throws {
        #expect(document.layout == .bekasi)
        let period = try #require(document.metadata.period)
        #expect(period.start == 2025 && period.end == 2029)
        #expect(document.metadata.city == "Kota Bekasi")
        #expect(document.tableList.count == 19)
    }

    @Test func everyCaptionedTableIsFoundAtItsLines() {
        let expected: [(String, Int, Int, Int)] = [
            ("Tabel 2.1", 307, 315, 6), ("Tabel 2.2", 332, 340, 5), ("Tabel 2.3", 344, 349, 3),
            ("Tabel 2.4", 357, 362, 3), ("Tabel 2.5", 375, 383, 5), ("Tabel 2.6", 391, 426, 27),
            ("Tabel 2.7", 443, 939, 460), ("Tabel 2.8", 951, 968, 10), ("Tabel 2.9", 1006, 1016, 2),
            ("Tabel 2.10", 1048, 1071, 2), ("Tabel 3.1", 1117, 1133, 4), ("Tabel 3.2", 1170, 1179, 3),
            ("Tabel 3.3", 1185, 1200, 1), ("Tabel 4.1", 1233, 1352, 61), ("Tabel 4.2", 1370, 1466, 59),
            ("Tabel 4.3", 1474, 1488, 7), ("Tabel 4.4", 1494, 1500, 2), ("Tabel 4.5", 1506, 1513, 3),
            ("Tabel 4.6", 1543, 1553, 5),
        ]
        #expect(document.tables.compactMap(\.caption?.label) == expected.map(\.0))
        for (label, first, last, rowCount) in expected {
            let table = document.table(label)
            #expect(table?.lines == LineSpan(first, last), "\(label)")
            #expect(table?.rows.count == rowCount, "\(label)")
            #expect(source.line(first).containsLiteral(label.replacingOccurrences(of: "Tabel ", with: "")), "\(label)")
        }
    }

    @Test func listsOfContentsAndTablesAreProseNotTables() {
        #expect(document.tables.allSatisfy { $0.lines.first > 300 })
        #expect(document.paragraphs.contains { $0.lines.first == 67 && $0.text.hasPrefix("Tabel 2.1") })
    }

    @Test func sourceNotesAndProseAroundTablesStayParagraphs() {
        #expect(document.paragraphs.contains { $0.lines.first == 317 && $0.text.hasPrefix("Sumber:") })
        #expect(document.table("Tabel 4.2")?.chapter == "BAB IV")
        #expect(document.table("Tabel 2.1")?.chapter == "BAB II")
    }

    @Test func tabel21StaffByEducation() throws {
        let table = try #require(document.table("Tabel 2.1"))
        let total = try #require(table.row(at: 315))
        #expect(total[0]?.text == "JUMLAH")
        #expect(total[2]?.quantity?.value == 22)
        #expect(total[3]?.quantity?.value == 19)
        #expect(table.row(at: 311)?[3]?.quantity?.kind == .dash)
        #expect(table.columns.map(\.header) == ["NO", "JENJANG PENDIDIKAN", "PNS", "PPPK", "KET"])
    }

    @Test func tabel22To25TotalsRows() throws {
        let golongan = try #require(document.table("Tabel 2.2")?.row(at: 340))
        #expect(golongan.cells.map(\.text) == ["", "Jumlah", "5", "12", "5", "22"])
        #expect(document.table("Tabel 2.2")?.headerRows.count == 2)
        #expect(document.table("Tabel 2.3")?.row(at: 349)?[2]?.quantity?.value == 22)
        #expect(document.table("Tabel 2.4")?.row(at: 362)?[2]?.quantity?.value == 19)
        let pendidikan = try #require(document.table("Tabel 2.5")?.row(at: 383))
        #expect(pendidikan.cells.compactMap { $0.quantity?.value } == [11, 1, 21, 7, 1, 41])
    }

    @Test func tabel26MergesRepeatedHeadersAndSectionLine() throws {
        let table = try #require(document.table("Tabel 2.6"))
        #expect(table.rows.filter { $0.label == "Jabatan Fungsional Tertentu" }.map(\.lines.first) == [394])
        #expect(!table.rows.contains { $0[0]?.text == "No" })
        let total = try #require(table.row(at: 426))
        #expect(total.cells.suffix(4).map(\.text) == ["84", "17", "19", "-48"])
        #expect(total[9]?.quantity?.value == -48)
        #expect(table.row(at: 406)?[4]?.text == "Bidang Usaha Informal")
    }

    @Test func tabel27VehiclesAcrossTwelvePages() throws {
        let table = try #require(document.table("Tabel 2.7"))
        #expect(table.rows.first?[0]?.text == "1.")
        #expect(table.rows.last?[0]?.text == "460.")
        #expect(table.rows.last?.lines.first == 939)
        #expect(!table.rows.contains { $0[0]?.text == "NO" || $0[4]?.text == "BAIK" })
        let motor = try #require(table.row(at: 456))
        #expect(motor[1]?.text == "Sepeda Motor")
        #expect(motor[8]?.text == "2 Unit")
        #expect(motor[3]?.quantity?.unit == "Unit")
    }

    @Test func tabel28PerformanceYearsAndPercentReadings() throws {
        let table = try #require(document.table("Tabel 2.8"))
        #expect(table.years == [2020, 2021, 2022, 2023, 2024])
        #expect(table.columns[9].role == .year(2020, measure: .realisation))
        #expect(table.columns[14].role == .year(2020, measure: .ratio))
        let wrapped = try #require(table.row(at: 957))
        #expect(wrapped[0]?.text == "IKU: Persentase Kontribusi Sektor Koperasi terhadap pertumbuhan ekonomi")
        #expect(wrapped[0]?.lines == [957, 959])
        let koperasi = try #require(table.row(at: 967)?[13]?.quantity)
        #expect(koperasi.spelling == "13.306%")
        #expect(abs((koperasi.value ?? 0) - 13.306) < 1e-9)
        #expect(koperasi.alternativeValue == 13_306)
        #expect(table.row(at: 956)?.label == "", "a second line of figures under the first IKU stays its own row")
    }

    @Test func tabel29ColumnsMovedByTheRepeatedHeaderAreMappedBack() throws {
        let table = try #require(document.table("Tabel 2.9"))
        #expect(table.columns.count == 4)
        let first = try #require(table.row(at: 1009))
        #expect(first.lines == LineSpan(1009, 1015))
        #expect(first[3]?.text.hasSuffix("10 Adanya Perubahan Kebijakan dalam Pemberdayaan PKL, dan Kurangnya sinergitas antar OPD dalam penataan PKL") == true)
        let second = try #require(table.row(at: 1016))
        #expect(second[2]?.text == "1 Lemahnya manajemen tata kelola perkoperasian")
        #expect(second[3]?.text.hasPrefix("1. Masih banyak koperasi") == true)
    }

    @Test func tabel210StrategicIssuesWithListCells() throws {
        let table = try #require(document.table("Tabel 2.10"))
        #expect(table.caption?.title == "Perumusan Isu Strategis Dinas Koperasi, Usaha Kecil dan Menengah")
        #expect(table.caption?.lines == LineSpan(1048, 1049))
        #expect(table.columnNumberRow?.line == 1053)
        #expect(table.columns[3].header == "ISU LINGKUNGAN DINAMIS YANG RELEVAN DENGAN PD / GLOBAL")
        #expect(table.columns[5].header == "ISU LINGKUNGAN DINAMIS YANG RELEVAN DENGAN PD / REGIONAL")
        let first = try #require(table.rows.first)
        #expect(first.lines == LineSpan(1054, 1070))
        #expect(first[2]?.text.containsLiteral("b. Tujuan Pembangunan Berkelanjutan (TPB)/ Sustainable Development Goals (SDGs)") == true)
        #expect(first[6]?.text == "Penguatan Koperasi dan UMKM dalam Peningkatan Perekonomian Masyarakat")
    }

    @Test func tabel31GoalsWithTitleOverThreeLines() throws {
        let table = try #require(document.table("Tabel 3.1"))
        #expect(table.caption?.title == "Tujuan dan Sasaran Renstra Dinas Koperasi, Usaha Kecil dan Menengah Kota Bekasi Tahun 2025-2029")
        #expect(table.caption?.lines == LineSpan(1117, 1119))
        #expect(table.years == [2025, 2026, 2027, 2028, 2029, 2030])
        #expect(table.columns[4].role == .year(2025, measure: .target))
        #expect(table.columnNumberRow?.numbers == Array(1...11))
        let industri = try #require(table.row(at: 1126))
        #expect(industri[3]?.text == "Indikator Tujuan 2: Proporsi PDRB Industri Pengolahan")
        #expect(industri[3]?.lines == [1126, 1131])
        #expect(industri[4]?.quantity?.value == 33.15)
        #expect(table.row(at: 1125)?[4]?.quantity?.value == 20.36)
    }

    @Test func tabel32And33ListMarkupRemoved() throws {
        let tahapan = try #require(document.table("Tabel 3.2"))
        #expect(tahapan.row(at: 1174)?[1]?.text == "Pemetaan potensi UMKM di wilayah Kota Bekasi")
        #expect(tahapan.rows.map { $0[0]?.text } == ["1.", "2", "3"])
        let arah = try #require(document.table("Tabel 3.3"))
        #expect(arah.caption?.title == "Arah Kebijakan Renstra Dinas Koperasi, Usaha Kecil dan Menengah Kota Bekasi")
        #expect(arah.rows.first?.lines == LineSpan(1191, 1200))
        #expect(arah.rows.first?[3]?.text.hasSuffix("kewirausahaan melalui kolaborasi lintas sektor, yaitu pemerintah, swasta, akademisi dan komunitas lokal") == true)
    }

    @Test func tabel41CascadeRowsContinueAcrossPages() throws {
        let table = try #require(document.table("Tabel 4.1"))
        #expect(table.caption?.title == "Program/Kegiatan/ Sub kegiatan Renstra Dinas Koperasi, Usaha Kecil dan Menengah")
        let output = try #require(table.row(at: 1242))
        #expect(output.lines == LineSpan(1242, 1246))
        #expect(output[6]?.text == "Kegiatan: Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Kordinasi dengan Para Pemangku Kepentingan")
        #expect(table.row(at: 1268)?[5]?.text == "Indikator Sasaran 2: Persentase Koperasi yang Berkualitas")
        #expect(table.row(at: 1310)?[4]?.text == "Output: Tersusun ya Laporan Administ rasi Keuangan Perangkat Daerah sesuai NSPK")
    }

    @Test func tabel43To46() throws {
        let prioritas = try #require(document.table("Tabel 4.3"))
        #expect(prioritas.row(at: 1482)?[4]?.text == "Gerakan Kobe Berkarya: Pelatihan dan pendampingan start up di masing-masing kecamatan")
        #expect(prioritas.row(at: 1487)?[3]?.text == "Pengembangan Usaha Mikro")

        let iku = try #require(document.table("Tabel 4.4"))
        #expect(iku.years == [2025, 2026, 2027, 2028, 2029, 2030])
        let baseline = try #require(iku.row(at: 1499)?[3]?.quantity)
        #expect(abs((baseline.value ?? 0) - 13.306) < 1e-9, "a percent indicator's baseline reads as a decimal")
        #expect(baseline.alternativeValue == 13_306)
        #expect(iku.row(at: 1500)?[4]?.quantity?.value == 0.1)

        let ikk = try #require(document.table("Tabel 4.5"))
        #expect(ikk.years == [2024, 2025, 2026, 2027, 2028, 2029])
        #expect(ikk.row(at: 1512)?.cells.suffix(7).compactMap { $0.quantity?.value } == [40, 41, 43, 44, 45, 47])

        let kemiskinan = try #require(document.table("Tabel 4.6"))
        #expect(kemiskinan.row(at: 1547)?[3]?.text.hasSuffix("Koordinasi dengan Para Pemangku Kepentingan") == true)
        #expect(kemiskinan.rows.last?[4]?.text == "Pengembangan Usaha Mikro")
    }

    @Test func appendixFormulaTableWithoutCaption() throws {
        let table = try #require(document.tables.last)
        #expect(table.caption == nil)
        #expect(table.lines == LineSpan(1583, 1604))
        #expect(table.rows.count == 16)
        #expect(table.columns.map(\.header) == ["No", "Indikator Kinerja", "Rumus", "KETERANGAN"])
        let last = try #require(table.rows.last)
        #expect(last.lines == LineSpan(1601, 1604))
        #expect(last[2]?.text.hasSuffix("Jumlah 1+2+3 / 3") == true)
        #expect(last[2]?.text.containsLiteral("<p>") == false)
    }

    /// Every one-line cell's text is on its line (spaces the wrapping left inside numbers aside), and
    /// every line of a joined cell lies within its row.
    @Test func cellLinesPointAtTheirSourceText() {
        func packed(_ text: String) -> String { String(MarkupStripper.strip(text).filter { !$0.isWhitespace }) }
        var checked = 0
        for table in document.tables {
            for row in table.rows {
                for cell in row.cells where !cell.isBlank {
                    #expect(cell.lines.allSatisfy { row.lines.contains($0) }, "\(table.displayName) row \(row.lines.first)")
                    guard cell.lines.count == 1 else { continue }
                    #expect(packed(source.line(cell.line)).containsLiteral(packed(cell.text)), "\(table.displayName) line \(cell.line): \(cell.text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 3900)
    }
}
