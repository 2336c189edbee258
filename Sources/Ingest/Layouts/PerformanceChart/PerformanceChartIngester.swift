/// Reads the text of a performance-chart (pohon kinerja) diagram (DESIGN.md §2): box labels and texts
/// in scrambled reading order, no tables. The prose stays prose; the chart keeps its labels, its box
/// texts (with the label where the text decides it), the sasaran–indicator pairings the text decides,
/// and its pages with their positions, titles and signing officials.
struct PerformanceChartIngester: LayoutIngester {
    let layout = Layout.performanceChart

    func ingest(_ source: SourceText) -> RenstraDocument {
        var document = ProseDocumentBuilder(source: source).document(layout: layout)
        document.metadata.kind = .performanceChart
        let (labels, labelLines) = ChartLabelReader.read(source)
        let officials = ChartOfficialReader(source: source, labelLines: labelLines).read()
        var boxes = ChartBoxReader(source: source, claimed: labelLines.union(officials.lines)).read()
        let pairings = ChartLabelAssigner(labels: labels, separators: officials.lines).assign(&boxes)
        document.chart = PerformanceChart(labels: labels, boxes: boxes, pairings: pairings, pages: pages(source, officials))
        if let signatory = officials.signatories.first {
            document.metadata.signatory = signatory
        }
        // A chart has no front matter: its city and agency appear in the signature and the box titles.
        // Running text is left out because it speaks of `Daerah Kabupaten/Kota` in general.
        let titles = officials.signatories.compactMap(\.position) + source.lines.filter { $0 == $0.uppercased() }
        document.metadata.city = document.metadata.city ?? MetadataExtractor.city(in: Array(titles.enumerated()))
        document.metadata.agency = document.metadata.agency ?? agency(in: titles)
        return document
    }

    /// The chart's pages (form feeds; one page without them), each with what is printed on it.
    private func pages(_ source: SourceText, _ officials: ChartOfficialReader.Officials) -> [ChartPage] {
        let starts = [1] + source.pageStartLines
        let ends = source.pageStartLines.map { $0 - 1 } + [max(1, source.lines.count)]
        return zip(starts, ends).enumerated().map { index, bounds in
            let span = LineSpan(bounds.0, bounds.1)
            return ChartPage(number: index + 1, lines: span,
                             titles: officials.titles.filter { span.contains($0.lines.first) },
                             positions: officials.positions.filter { span.contains($0.lines.first) },
                             signatories: officials.signatories.filter { span.contains($0.line) })
        }
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
