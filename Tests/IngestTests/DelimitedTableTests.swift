import Testing
import Ingest
import TestSupport

/// CSV files: RFC 4180 fields, and the SIPD Renstra export read into a plan.
@Suite struct DelimitedTableTests {
    @Test func quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "kode,uraian,pagu2025\n1.02.02,\"Program \"\"Kesehatan\"\", UKM\",100\n1.02.03,\"Dua\nbaris\",200"
        let document = ingestSnippet(text, layout: .delimited, path: "data.csv")
        let table = try #require(document.tables.first)
        #expect(table.form == .delimited)
        #expect(table.rows.count == 2)
        #expect(table.rows[0].cells.map(\.text) == ["1.02.02", "Program \"Kesehatan\", UKM", "100"])
        #expect(table.rows[1].cells[1].text == "Dua baris")
        #expect(table.rows[1].cells[2].line == 4)
    }

    @Test(.enabled(if: ExternalDocument.isAvailable, Comment(rawValue: ExternalDocument.absence)))
    func sipdExportGivesAgenciesProgrammesAndSubKegiatan() throws {
        let document = ExternalDocument.yogyakartaSIPD.document
        #expect(document.layout == .delimited)
        #expect(document.metadata.period?.start == 2025 && document.metadata.period?.end == 2029)
        let table = try #require(document.tables.first)
        #expect(table.years == Array(2025...2029))
        #expect(table.rows.count == 4701)
        let hospital = try #require(document.plan.first { $0.name == "KAB. GUNUNGKIDUL · RSUD Saptosari" })
        let sub = try #require(hospital.allNodes.first { $0.code == "1.02.02.2.02.0032" })
        #expect(sub.level == .subKegiatan)
        #expect(sub.name == "Operasional Pelayanan Rumah Sakit")
        #expect(sub.budget(for: 2025)?.quantity?.value == 177_582_000)
        #expect(sub.budget(for: 2029)?.quantity?.value == 184_666_931)
        #expect(sub.lines.first == 2)
        // Three entries of one sub kegiatan (an indicator each) are one node whose budget is their sum.
        let equipment = try #require(document.allPlanNodes.first { $0.code == "1.02.02.2.01.0014" && $0.lines.contains(1034) })
        #expect(equipment.indicators.count == 3)
        #expect(equipment.lines == LineSpan(1034, 1036))
        #expect(equipment.budget(for: 2025)?.quantity?.value == 2_590_422_000.0)
        #expect(equipment.budget(for: 2025)?.lines == [1034, 1035, 1036])
    }
}
