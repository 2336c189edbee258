import Testing
import Ingest
import TestSupport

/// The plan hierarchy the Bekasi ingester reads from Tabel 4.2.
@Suite struct BekasiPlanTests {
    let document = BekasiCorpus.document

    @Test func programmesAreTheTopNodesInTableOrder() {
        #expect(document.plan.map(\.name) == [
            "PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN/KOTA",
            "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM",
            "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI",
            "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI",
            "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN",
            "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",
            "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
            "PROGRAM PENGEMBANGAN UMKM",
        ])
        #expect(document.plan.allSatisfy { $0.level == .program && $0.table == "Tabel 4.2" })
        let levels = document.allPlanNodes.map(\.level)
        // The text before the table announces 13 kegiatan and 32 sub kegiatan; the table has 14 kegiatan.
        #expect(levels.filter { $0 == .kegiatan }.count == 14)
        #expect(levels.filter { $0 == .subKegiatan }.count == 32)
    }

    @Test func gajiDanTunjanganBudgets() throws {
        let node = try #require(document.planNode("Penyediaan Gaji dan Tunjangan ASN", level: .subKegiatan))
        let first = try #require(node.budget(for: 2025))
        #expect(first.quantity?.value == 7_106_548_000)
        #expect(first.line == 1394)
        #expect(BekasiCorpus.source.line(first.line).containsLiteral("7.106.548.000"))
        #expect(node.budget(for: 2030)?.quantity?.value == 8_480_275_970)
        #expect(node.budgets.map(\.year) == [2025, 2026, 2027, 2028, 2029, 2030])
        let indicator = try #require(node.indicators.first)
        #expect(indicator.name == "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN")
        #expect(indicator.unit == "Orang/Bulan")
        #expect(indicator.baseline?.quantity?.value == 702)
        #expect(indicator.targets.first { $0.year == 2026 }?.target?.text == "1204")
        #expect(indicator.line == 1394)
    }

    @Test func kegiatanNestUnderTheirProgrammeAndSubKegiatanUnderTheirKegiatan() throws {
        let penunjang = try #require(document.plan.first)
        #expect(penunjang.children.map(\.name) == [
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            "Administrasi Keuangan Perangkat Daerah",
            "Administrasi Kepegawaian Perangkat Daerah",
            "Administrasi Umum Perangkat Daerah",
            "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
            "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        ])
        let keuangan = penunjang.children[2]
        #expect(keuangan.children.map(\.name) == ["Penyediaan Gaji dan Tunjangan ASN",
                                                  "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD"])
        #expect(keuangan.budget(for: 2025)?.quantity?.value == 7_112_548_000)
    }

    /// The first programme prints four outcome indicators, each with its own budget, then an
    /// unlabelled line of totals: the totals are the programme's budget.
    @Test func programmeWithSeveralIndicatorsTakesItsBudgetFromTheTotalsLine() throws {
        let penunjang = try #require(document.plan.first)
        #expect(penunjang.indicators.map(\.name) == [
            "Persentase Keselarasan Perencanaan Perangkat Daerah dengan Penganggaran",
            "Persentase Capaian Kinerja Keuangan Penunjang Urusan",
            "Indeks Profesionalitas Aparatur Sipil Negara (IP ASN) Perangkat Daerah",
            "Persentase Pengelolaan Barang Milik Daerah yang Akuntabel",
        ])
        #expect(penunjang.budget(for: 2025)?.quantity?.value == 8_448_363_274)
        #expect(penunjang.budget(for: 2025)?.line == 1385)
        #expect(penunjang.budget(for: 2030)?.quantity?.value == 9_990_275_970)
        #expect(penunjang.lines == LineSpan(1376, 1385))
        let capaian = penunjang.indicators[1]
        #expect(capaian.targets.first { $0.year == 2027 }?.budget?.quantity?.value == 8_941_471_334)
        #expect(capaian.targets.first { $0.year == 2026 }?.target?.quantity?.value == 88.15)
        #expect(capaian.baseline?.text == "86.06")
    }

    @Test func secondIndicatorWithoutBudgetsLeavesTheProgrammeBudgetFromItsOwnRow() throws {
        let umkm = try #require(document.plan.last)
        #expect(umkm.indicators.map(\.name) == ["Persentase Usaha Mikro yang Bertransformasi dari Informal ke Formal",
                                                "Pertumbuhan Wirausaha"])
        #expect(umkm.indicators[1].targets.allSatisfy { $0.budget == nil && $0.target?.text == "7" })
        #expect(umkm.budget(for: 2025)?.text == "2.189.180.100")
        #expect(umkm.budget(for: 2025)?.line == 1458)
    }

    @Test func labelWithoutLevelWordIsReadAsSubKegiatanFromItsNeighbours() throws {
        let kegiatan = try #require(document.planNode(
            "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil", level: .kegiatan))
        let inferred = try #require(kegiatan.children.first)
        #expect(inferred.name == "Pengembangan Usaha Mikro")
        #expect(inferred.level == .subKegiatan)
        #expect(inferred.lines.first == 1461)
        #expect(kegiatan.children.count == 4)
        #expect(document.warnings.contains { $0.id.containsLiteral("baris 1461") && $0.id.containsLiteral("sub kegiatan") })
    }

    @Test func tabel41ListsThePlanWithoutBudgetsAndAddsNoNodes() {
        #expect(document.allPlanNodes.allSatisfy { $0.table == "Tabel 4.2" })
    }
}
