/// Gives each table column a role from its stacked header texts (outermost first), e.g.
/// [`TARGET DAN PAGU INDIKATIF TAHUN`, `2025`, `PAGU`] → `.year(2025, measure: .budget)`.
///
/// The layout ingester aligns the header rows first (repeating a spanning header over the columns
/// it spans); this type only reads words.
public enum ColumnClassifier {
    public static func classify(headerGrid: [[String]]) -> [Column] {
        let width = headerGrid.map(\.count).max() ?? 0
        return (0..<width).map { index in
            let texts = headerGrid.map { index < $0.count ? MarkupStripper.strip($0[index]).trimmingWhitespace() : "" }
                .filter { !$0.isEmpty }
            return Column(index: index, header: texts.joined(separator: " / "), role: role(for: texts))
        }
    }

    public static func role(for texts: [String]) -> ColumnRole {
        let joined = " " + texts.joined(separator: " ").lowercased() + " "
        let innermost = (texts.last ?? "").lowercased().trimmingWhitespace()
        let measure = self.measure(innermost: innermost, all: joined)
        // A span (`Sasaran Renstra … Tahun 2018-2023`) dates the whole header, not one year's column.
        let years = texts.flatMap { YearSpanFinder.yearsOutsideSpans(in: $0) }
        if joined.containsLiteral("akhir periode") || joined.containsLiteral("kondisi akhir") {
            return .endOfPeriod(measure: measure)
        }
        if joined.containsLiteral("base line") || joined.containsLiteral("baseline") || joined.containsLiteral("kondisi kinerja awal")
            || joined.containsLiteral("kondisi awal") || joined.containsLiteral("tahun awal") || joined.containsLiteral("awal periode") {
            return .baseline(year: years.last, measure: measure)
        }
        if let year = years.last, texts.count == 1 || !joined.containsLiteral(" no ") {
            return .year(year, measure: measure)
        }
        let words = Set(joined.letterRuns().map(String.init))
        if innermost == "no" || innermost == "no." || words == ["no"] { return .rowNumber }
        if words.contains("kode") { return .code }
        if words.contains("satuan") { return .unit }
        if words.contains("indikator") { return .indicator }
        if words.contains("ket") || words.contains("keterangan") { return .remarks }
        if innermost == "jumlah" || innermost == "total" { return .total }
        if words.contains("uraian") || words.contains("program") || words.contains("kegiatan") || words.contains("nama") {
            return .label
        }
        return .other
    }

    static func measure(innermost: String, all: String) -> Measure {
        // `Rasio antara Realisasi dan Anggaran / 2017 / %`, `Realisasi Anggaran Tahun Ke / 2017 / Rp`: the
        // group names what the year's column holds, whatever its unit.
        if all.containsLiteral("rasio") { return .ratio }
        if all.containsLiteral("realisasi") && !all.containsLiteral("target") { return .realisation }
        switch innermost {
        case "t", "target", "tar": return .target
        case "pagu", "rp", "rp.", "(rp)", "rupiah", "(rupiah)", "anggaran", "pagu indikatif", "dana": return .budget
        default: break
        }
        if all.containsLiteral("rasio") { return .ratio }
        if all.containsLiteral("realisasi") { return .realisation }
        if all.containsLiteral("anggaran") || all.containsLiteral("pagu") && !all.containsLiteral("target") { return .budget }
        if all.containsLiteral("target") && !all.containsLiteral("pagu") && !all.containsLiteral("pendanaan") { return .target }
        return .unspecified
    }
}
