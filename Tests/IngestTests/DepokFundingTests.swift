import Testing
import Ingest
import TestSupport

/// BAB VI, `Tabel Program Kegiatan disertai Pendanaan Pagu Indikatif`, and the plan read from it.
@Suite struct DepokFundingTests {
    let table = DepokCorpus.fundingTable
    let plan = DepokCorpus.document.allPlanNodes

    func node(_ name: String) -> PlanNode? { plan.first { $0.name == name } }

    @Test func headerSpansExpandToYearTargetAndBudgetColumns() {
        #expect(table.caption?.label == nil)
        #expect(table.caption?.lines == LineSpan(1326))
        #expect(table.headerRows.map(\.cells.count) == [5, 10, 16])
        #expect(table.headerRows[1].cells[4].text == "TAHUN 2022")
        #expect(table.headerRows[1].cells[4].line == 1338)
        let expected: [ColumnRole] = [.label, .indicator, .other, .baseline(year: 2020, measure: .unspecified)]
            + (2022...2026).flatMap { [ColumnRole.year($0, measure: .target), .year($0, measure: .budget)] }
            + [.endOfPeriod(measure: .target), .endOfPeriod(measure: .budget)]
        #expect(table.columns.map(\.role) == expected)
        #expect(table.years == [2022, 2023, 2024, 2025, 2026])
        #expect(table.columns[5].header == "CAPAIAN KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN KERANGKA PENDANAAN / TAHUN 2022 / Rp.")
        #expect(table.columns[15].header == "CAPAIAN KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN KERANGKA PENDANAAN / KONDISI KINERJA PADA AKHIR PERIODE RPJMD / Rp.")
    }

    @Test func columnNumberRowAsWritten() {
        #expect(table.columnNumberRow?.numbers == [2, 3, 4, 5] + Array(9...20))
        #expect(table.columnNumberRow?.line == 1362)
        #expect(table.columnNumberRow?.cells.last?.line == 1377)
    }

    @Test func bodyRowsCarryEveryCellsLine() {
        #expect(table.rows.count == 62)
        #expect(table.rows.allSatisfy { $0.cells.count == 16 })
        let agency = DepokCorpus.row(table, "DINAS KOPERASI DAN USAHA MIKRO")
        #expect(agency?[5]?.quantity?.value == 24_285_144_731)
        #expect(agency?[5]?.quantity?.spelling == "24.285.144.731")
        #expect(agency?[5]?.line == 1418)
        #expect(agency?[15]?.line == 1428)
        // `30000000` is written without separators among formatted siblings.
        let electricity = DepokCorpus.row(table, "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor")
        #expect(electricity?[7]?.quantity?.isUnformattedLargeNumber == true)
        #expect(electricity?[7]?.line == 1556)
        // The definition cell continues on a line without a tab (1807).
        let licensing = DepokCorpus.row(table, "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM")
        #expect(licensing?[2]?.lines == [1806, 1807])
        #expect(licensing?[2]?.text.hasSuffix("data dasar perhitungan = 132") == true)
    }

    @Test func hierarchyLevels() {
        #expect(DepokCorpus.document.plan.count == 1)
        let urusan = DepokCorpus.document.plan[0]
        #expect(urusan.level == .urusan)
        #expect(urusan.children.map(\.level) == [.bidangUrusan])
        let agency = urusan.children[0].children[0]
        #expect(agency.level == .agency)
        #expect(agency.children.map(\.name) == [
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM",
            "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI",
            "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN", "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",
            "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", "PROGRAM PENGEMBANGAN UMKM",
        ])
        #expect(plan.filter { $0.level == .kegiatan }.count == 13)
        #expect(plan.filter { $0.level == .subKegiatan }.count == 27)
        #expect(plan.allSatisfy { $0.table == "Program Kegiatan disertai Pendanaan Pagu Indikatif" })
    }

    @Test func indentedRowsAreSubKegiatanInTheSupportProgramme() {
        let support = node("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
        #expect(support?.children.map(\.name) == [
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah",
            "Administrasi Umum Perangkat Daerah", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Peningkatan Pelayanan BLUD",
        ])
        #expect(node("Administrasi Umum Perangkat Daerah")?.children.count == 6)
        #expect(node("Peningkatan Pelayanan BLUD")?.budgets.isEmpty == true)
    }

    @Test func unindentedProgrammesHaveOneKegiatanThenSubKegiatan() {
        let supervision = node("PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI")
        #expect(supervision?.children.map(\.level) == [.kegiatan])
        let kegiatan = supervision?.children.first
        #expect(kegiatan?.lines.first == 1874)
        #expect(kegiatan?.children.map(\.lines.first) == [1892, 1909])
        #expect(kegiatan?.children.allSatisfy { $0.level == .subKegiatan } == true)
        // The kegiatan's budget is the sum of its sub kegiatan: 385 + 75 million in 2022.
        #expect(kegiatan?.budget(for: 2022)?.quantity?.value == 460_000_000)
        #expect(kegiatan?.children.compactMap { $0.budget(for: 2022)?.quantity?.value }.reduce(0, +) == 460_000_000)
    }

    @Test func financialAdministrationBudget() {
        let administration = node("Administrasi Keuangan Perangkat Daerah")
        #expect(administration?.level == .kegiatan)
        let budget = administration?.budget(for: 2022)
        #expect(budget?.quantity?.value == 7_663_589_176.10)
        #expect(budget?.quantity?.spelling == "7.663.589.176,10")
        #expect(budget?.quantity?.decimals == 2)
        #expect(budget?.quantity?.reading == .indonesian)
        #expect(budget?.line == 1503)
        #expect(administration?.endOfPeriodBudget?.quantity?.value == 46_786_978_279.01)
        #expect(administration?.children.map(\.name) == ["Penyediaan Gaji dan Tunjangan ASN"])
    }

    @Test func cooperativeEmpowermentBudgetsAsPrinted() {
        let programme = node("PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI")
        let yearly = programme?.budgets.map { $0.budget?.quantity?.value }
        #expect(programme?.budgets.map(\.year) == [2022, 2023, 2024, 2025, 2026])
        #expect(yearly == [1_710_000_000, 2_028_000_000, 2_636_400_000, 3_427_320_000, 4_455_516_000])
        #expect(yearly?.compactMap { $0 }.reduce(0, +) == 14_257_236_000)
        // The printed end-of-period budget differs from that sum; the ingester keeps what is written.
        #expect(programme?.endOfPeriodBudget?.quantity?.value == 14_107_236_000)
        #expect(programme?.endOfPeriodBudget?.line == 2115)
    }

    @Test func indicatorsWithTargets() {
        let programme = node("PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM")
        let indicator = programme?.indicators.first
        #expect(indicator?.name == "Presentase Penerbitan Izin Usaha simpan pinjam")
        #expect(indicator?.baseline?.quantity?.value == 30.3)
        #expect(indicator?.targets.map(\.year) == [2022, 2023, 2024, 2025, 2026])
        #expect(indicator?.targets.map { $0.target?.quantity?.spelling } == ["63,64%", "73,48%", "83,33%", "93,94%", "100%"])
        #expect(indicator?.endOfPeriodTarget?.quantity?.value == 100)
        #expect(indicator?.line == 1805)
    }

    @Test func rowsWithoutANameAddIndicators() {
        let training = node("Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi")
        #expect(training?.indicators.map(\.name) == ["Jumlah anak sekolah paham koperasi", "Jumlah anggota koperasi",
                                                      "Jumlah pengurus koperasi yang terlatih",
                                                      "Jumlah pengurus/pengelola koperasi yang tersertifikasi"])
        #expect(training?.indicators[1].targets.first?.target?.quantity?.value == 1100)
        #expect(training?.indicators[1].line == 2049)
        #expect(training?.lines == LineSpan(2031, 2097))
        let office = node("Penyediaan Peralatan dan Perlengkapan Kantor")
        #expect(office?.indicators.map(\.name) == ["Jenis Alat Tulis Kantor", "Jumlah inventaris kantor"])
        #expect(office?.indicators[1].baseline?.quantity?.value == 0)
    }
}
