import Testing
import Ingest
import TestSupport

/// How the Semarang programme-table reader settles the year of doubtful figures, on small tables with
/// a baseline (2016), 2017, 2018 and an end-of-period column.
@Suite struct SemarangPlanReadingTests {
    static let header = """
    Untuk selanjutnya dapat dilihat pada Tabel 6.1 sebagai berikut :

    Kode Rekening\tUraian\tIndikator Kinerja\tData Capaian pada Tahun Awal Perencanaan (2016)\t\tTarget Kinerja Program dan Kerangka Pendanaan\t\t\t\tKondisi Kinerja pada akhir periode Renstra PD\t\t\t
    \t\t\tTarget\t(Rp)\t2017\t\t2018\t\tTarget\t(Rp)
    \t\t\t\t\tTarget\t(Rp)\tTarget\t(Rp)\t\t
    1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11
    """

    func read(_ body: String) -> RenstraDocument {
        ingestSnippet(Self.header + "\n" + body, layout: .semarang)
    }

    func amounts(_ node: PlanNode) -> [String?] {
        [node.baselineBudget?.text] + [2017, 2018].map { node.budget(for: $0)?.text }
    }

    /// 18.030 prints 100 for 2017 and 2018 but totals 100; the programme's 2017 budget is all 18.016's.
    @Test func extraPairSettledByTheProgrammeTotals() throws {
        let document = read("""
        1.2.11.1.2.11.01.18\tPROGRAM KOPERASI\tKoperasi aktif\t78%\t100\t79%\t200\t80%\t300\t80%\t600
        1.2.11.1.2.11.01.18.016\tManajemen\tPengelola\t10 org\t100\t10 org\t200\t10 org\t200\t30 org\t500
        1.2.11.1.2.11.01.18.030\tPerlindungan\tKoperasi dibina\t\t\t5 kop\t100\t6 kop\t100\t6 kop\t100
        """)
        let protection = try #require(document.allPlanNodes.first { $0.code == "1.2.11.1.2.11.01.18.030" })
        #expect(amounts(protection) == [nil, nil, "100"])
        #expect(protection.indicators.first?.targets.map(\.target?.text) == [nil, "6 kop"])
        #expect(protection.endOfPeriodBudget?.text == "100")
        #expect(document.uninterpreted.map(\.line) == [9])
        #expect(document.uninterpreted.first?.text == "5 kop 100")
    }

    /// The yearly figures fit the programme; only the kegiatan's own end-of-period is wrong, and stays so.
    @Test func realEndOfPeriodSlipIsNotRepaired() throws {
        let document = read("""
        1.2.11.1.2.11.01.18\tPROGRAM KOPERASI\tKoperasi aktif\t78%\t100\t79%\t400\t80%\t400\t80%\t900
        1.2.11.1.2.11.01.18.016\tManajemen\tPengelola\t10 org\t100\t10 org\t200\t10 org\t200\t30 org\t500
        1.2.11.1.2.11.01.18.030\tPerlindungan\tKoperasi dibina\t\t\t5 kop\t200\t5 kop\t200\t5 kop\t200
        """)
        let protection = try #require(document.allPlanNodes.first { $0.code == "1.2.11.1.2.11.01.18.030" })
        #expect(amounts(protection) == [nil, "200", "200"])
        #expect(protection.endOfPeriodBudget?.text == "200")
        #expect(document.uninterpreted.isEmpty)
    }

    /// Four yearly pairs for three years, and neither the line's total (10+20+30 or 20+40) nor the
    /// programme (which needs 50 in 2018) settles them: the years stay blank and the line is reported.
    @Test func undecidableYearsAreLeftOut() throws {
        let document = read("""
        1.2.11.1.2.11.01.18\tPROGRAM KOPERASI\tKoperasi aktif\t78%\t100\t79%\t200\t80%\t300\t80%\t600
        1.2.11.1.2.11.01.18.016\tManajemen\tPengelola\t10 org\t90\t10 org\t180\t10 org\t250\t30 org\t520
        1.2.11.1.2.11.01.18.030\tPerlindungan\tKoperasi dibina\t1 kop\t10\t1 kop\t20\t1 kop\t30\t1 kop\t40\t3 kop\t60
        """)
        let protection = try #require(document.allPlanNodes.first { $0.code == "1.2.11.1.2.11.01.18.030" })
        #expect(amounts(protection) == [nil, nil, nil])
        #expect(protection.endOfPeriodBudget?.text == "60")
        let management = try #require(document.allPlanNodes.first { $0.code == "1.2.11.1.2.11.01.18.016" })
        #expect(amounts(management) == ["90", "180", "250"])
        let report = try #require(document.uninterpreted.first)
        #expect(document.uninterpreted.count == 1)
        #expect(report.line == 9)
        #expect(report.text == "1 kop 10 1 kop 20 1 kop 30 1 kop 40 3 kop 60")
        #expect(report.reason == "Tabel 6.1: pasangan nilai lebih banyak dari kolom tahun; tahun tidak dapat dipastikan, angka tahunan yang meragukan tidak dipakai")
    }
}
