import Foundation
@testable import LintKit
import Ingest
import Rules
import Testing

@Suite struct CompareOutputTests {
    let comparison = CompareFixture.comparison

    func table(_ view: ComparisonView, _ language: Language = .id) -> ComparisonTable {
        ComparisonTabulator(language: language).table(view, of: comparison)
    }

    /// What a renderer writes, passed on in small pieces to exercise the chunking.
    func rendered(_ write: (OutputSink) throws -> Void) throws -> String {
        var text = ""
        let output = OutputSink(flushSize: 64) { text += String(decoding: $0, as: UTF8.self) }
        try write(output)
        try output.close()
        return text
    }

    /// The CSV records of a block, split naively (the fixture has no quoted separators in these rows).
    func records(_ csv: String) -> [[String]] {
        csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ";") }
    }

    @Test func csvIsUtf8WithBomSemicolonsAndIndonesianPlainNumbers() throws {
        let csv = try rendered { try ComparisonCSVWriter(separator: ";").writeDocument(table(.programmes), to: $0) }
        #expect(csv.hasPrefix("\u{FEFF}Kelompok;Tingkat;Nama selaras;"))
        let rows = records(String(csv.dropFirst()))
        let header = rows[0]
        let bekasiUmkm = try #require(rows.first { $0.contains("Kota Bekasi") && $0.contains("2.17.07") })
        #expect(bekasiUmkm[try #require(header.firstIndex(of: "Pagu 2025"))] == "702103900")
        let depokUmkm = try #require(rows.first { $0.contains("Kota Depok") && $0.contains("2.17.07") })
        #expect(depokUmkm[try #require(header.firstIndex(of: "Pagu akhir periode"))] == "50143989500")
        let bekasiSupport = try #require(rows.first { $0.contains("Kota Bekasi") && $0.contains("X.XX.01") })
        #expect(bekasiSupport[try #require(header.firstIndex(of: "Kemiripan"))] == "0,83")
        #expect(bekasiSupport[try #require(header.firstIndex(of: "Kesesuaian nomenklatur"))] == "beda penulisan")
    }

    @Test func csvNumbersKeepDecimalsWithTheMarkOfTheSeparator() {
        #expect(ComparisonCSVWriter(separator: ";").plainNumber(7_663_589_176.10) == "7663589176,1")
        #expect(ComparisonCSVWriter(separator: ",").plainNumber(7_663_589_176.10) == "7663589176.1")
        #expect(ComparisonCSVWriter(separator: "\t").plainNumber(30.3) == "30,3")
    }

    @Test func csvQuotesFieldsAsRfc4180Says() {
        let writer = ComparisonCSVWriter(separator: ";")
        #expect(writer.field("Jumlah; total") == "\"Jumlah; total\"")
        #expect(writer.field("Program \"X\"") == "\"Program \"\"X\"\"\"")
        #expect(writer.field("PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL") == "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL")
        #expect(ComparisonCSVWriter(separator: ",").field("USAHA MENENGAH, USAHA KECIL") == "\"USAHA MENENGAH, USAHA KECIL\"")
    }

    @Test func csvWithoutViewHasOneSectionPerView() throws {
        let csv = try rendered { try ComparisonCSVWriter(separator: ";").writeSections(ComparisonView.allCases.map { table($0) }, to: $0) }
        let sectionLines = csv.dropFirst().components(separatedBy: "\r\n").filter { $0.hasPrefix("# ") }
        #expect(sectionLines == ["# overview", "# programmes", "# indicators", "# findings"])
        #expect(csv.hasPrefix("\u{FEFF}# overview\r\nNo;Kota/Kabupaten;"))
        #expect(csv.containsLiteral("\r\n\r\n# programmes\r\n"))
    }

    @Test func overviewShowsGenerationBudgetsAndCounts() throws {
        let overview = table(.overview, .en)
        let keys = overview.columns.map(\.key)
        #expect(keys.filter { $0.hasPrefix("budget_2") } == (2017...2030).map { "budget_\($0)" })
        let semarang = overview.row(2).values
        #expect(semarang[try #require(keys.firstIndex(of: "nomenclature"))] == .text("Permendagri 13/2006"))
        #expect(semarang[try #require(keys.firstIndex(of: "programmes_in_nomenclature"))] == .integer(2))
        #expect(semarang[try #require(keys.firstIndex(of: "budget_2017"))] == .number(1_381_987_000))
        #expect(semarang[try #require(keys.firstIndex(of: "kind"))] == .text("Revised Renstra"))
        let bekasi = overview.row(0).values
        #expect(bekasi[try #require(keys.firstIndex(of: "years"))] == .text("2025–2030"))
        #expect(bekasi[try #require(keys.firstIndex(of: "period"))] == .text("2025–2029"))
        #expect(bekasi[try #require(keys.firstIndex(of: "kegiatan"))] == .integer(2))
    }

    @Test func textAlignsColumnsAndPrintsIndonesianNumbers() throws {
        let text = try rendered { try ComparisonTextRenderer().render(table(.programmes), to: $0) }
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0] == "Penyelarasan program dan kegiatan")
        let header = lines[2], rule = lines[3]
        #expect(rule.count == header.count)
        let depok = try #require(lines.first { $0.containsLiteral("Kota Depok") && $0.containsLiteral("2.17.07 ") })
        #expect(depok.containsLiteral("15.837.074.500"))
        #expect(depok.hasSuffix("50.143.989.500"))
        // Aligned groups are set apart by an empty line.
        #expect(lines.dropFirst(4).contains(""))
        // Long names are shortened in text only.
        #expect(!lines.contains { $0.containsLiteral("Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku") })
    }

    @Test func jsonHasStableKeysAndNumbers() throws {
        let json = try rendered { try ComparisonJSONEncoder().write(comparison, views: ComparisonView.allCases, to: $0) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["tool", "documents", "programmes", "indicators", "findings"])
        let documents = try #require(object["documents"] as? [[String: Any]])
        let semarangNomenclature = try #require(documents[2]["nomenclature"] as? [String: Any])
        #expect(semarangNomenclature["generation"] as? String == "permendagri-13-2006")
        let programmes = try #require(object["programmes"] as? [[String: Any]])
        let umkm = try #require(programmes.first { ($0["official"] as? [String: Any])?["code"] as? String == "2.17.07" })
        let members = try #require(umkm["members"] as? [[String: Any]])
        #expect(members.map { $0["document"] as? Int } == [1, 2])
        let depokBudgets = try #require(members[1]["budgets"] as? [[String: Any]])
        #expect(depokBudgets.first?["year"] as? Int == 2022)
        #expect(depokBudgets.first?["amount"] as? Int == 5_545_000_000)
        let onlyFindings = try rendered { try ComparisonJSONEncoder().write(comparison, views: [.findings], to: $0) }
        let reduced = try #require(try JSONSerialization.jsonObject(with: Data(onlyFindings.utf8)) as? [String: Any])
        #expect(Set(reduced.keys) == ["tool", "documents", "findings"])
    }

    @Test func htmlIsOnePageWithTheFourViewsAndEscapedText() throws {
        let html = try rendered {
            try ComparisonHTMLRenderer(language: .en).render(ComparisonView.allCases.map { table($0, .en) }, documentCount: 3, to: $0)
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        for view in ComparisonView.allCases { #expect(html.containsLiteral("<section id=\"\(view.rawValue)\">")) }
        #expect(!html.containsLiteral("<script") && !html.containsLiteral("<link"))
        // English page, English numbers.
        #expect(html.containsLiteral("<td class=\"num\">702,103,900</td>"))
        #expect(html.containsLiteral("<tr class=\"flag\">"))
        let escaped = try rendered {
            try ComparisonHTMLRenderer(language: .id).render([ComparisonTable(
                view: .overview, title: "A & B", columns: [ComparisonColumn(key: "x", header: "<x>")],
                rowCount: 1) { _ in ComparisonRow(values: [.text("\"q\" <b>")]) }], documentCount: 1, to: $0)
        }
        #expect(escaped.containsLiteral("<th>&lt;x&gt;</th>") && escaped.containsLiteral("&quot;q&quot; &lt;b&gt;"))
    }
}
