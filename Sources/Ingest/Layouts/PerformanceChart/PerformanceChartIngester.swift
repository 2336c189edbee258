/// Reads the text of a performance-chart (pohon kinerja) diagram (DESIGN.md §2): box labels and texts
/// in scrambled reading order, no tables. The prose stays prose; the chart keeps the numbered label
/// runs (`SASARAN 1 … SASARAN 17`) and the official who signs it (name, NIP, position).
struct PerformanceChartIngester: LayoutIngester {
    let layout = Layout.performanceChart

    func ingest(_ source: SourceText) -> RenstraDocument {
        var document = ProseDocumentBuilder(source: source).document(layout: layout)
        document.metadata.kind = .performanceChart
        var officials: [Official] = []
        if var signatory = document.metadata.signatory {
            signatory.position = signatory.position ?? position(above: signatory.line, in: source)
            document.metadata.signatory = signatory
            officials.append(signatory)
        }
        // A chart has no front matter: its city and agency appear in the signature and the box titles.
        // Running text is left out because it speaks of `Daerah Kabupaten/Kota` in general.
        let titles = officials.compactMap(\.position) + source.lines.filter { $0 == $0.uppercased() }
        document.metadata.city = document.metadata.city ?? MetadataExtractor.city(in: Array(titles.enumerated()))
        document.metadata.agency = document.metadata.agency ?? agency(in: titles)
        let runs = source.lines.enumerated().flatMap { NumberedLabelRunReader.runs(in: $0.element, line: $0.offset + 1) }
        document.chart = PerformanceChart(labelRuns: runs, officials: officials)
        return document
    }

    /// The title block printed above an official's name (`Plt. KEPALA DINAS KOPERASI` / `USAHA KECIL
    /// DAN MENENGAH` / `KOTA BEKASI`), joined; the blank lines right above the name are skipped.
    func position(above nameLine: Int, in source: SourceText) -> String? {
        var line = nameLine - 1
        while line >= 1 && source.line(line).allSatisfy(\.isWhitespace) { line -= 1 }
        var parts: [String] = []
        while line >= 1, case let text = source.line(line).trimmingWhitespace(), !text.isEmpty, parts.count < 4 {
            parts.insert(text, at: 0)
            line -= 1
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// `DINAS KOPERASI USAHA KECIL DAN MENENGAH` from the first title naming a `DINAS …`: the signing
    /// official's position, else a box title (`… PADA DINAS KOPERASI, USAHA KECIL DAN MENENGAH KOTA BEKASI`).
    func agency(in titles: [String]) -> String? {
        for text in titles {
            guard let start = text.range(of: "DINAS ") else { continue }
            var name = text[start.lowerBound...]
            for place in [" KOTA ", " KABUPATEN "] {
                if let cut = name.range(of: place) { name = name[..<cut.lowerBound] }
            }
            return String(name).trimmingWhitespace()
        }
        return nil
    }
}
