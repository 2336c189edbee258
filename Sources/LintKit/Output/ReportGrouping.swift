import Ingest
import Rules

/// The findings of one document arranged the way a reviewer reads a Renstra: by chapter, then by table.
struct ChapterGroup {
    var title: String
    var tables: [TableGroup]
}

struct TableGroup {
    var title: String
    /// The model's table, when the finding lies inside one the ingester read (for the row excerpt).
    var table: Table?
    var findings: [Finding]
}

/// Places findings in their chapter and table, using the ingested document where there is one.
struct FindingPlacer {
    var document: RenstraDocument?
    var language: Language

    /// Groups in order of first appearance; findings keep their (line) order.
    func group(_ findings: [Finding]) -> [ChapterGroup] {
        var chapters: [ChapterGroup] = []
        for finding in findings {
            let table = self.table(for: finding)
            let chapterTitle = chapter(for: finding, table: table)
            let tableTitle = table.map(title(of:)) ?? finding.table ?? language.say("Di luar tabel", "Outside tables")
            if !chapters.contains(where: { $0.title == chapterTitle }) { chapters.append(ChapterGroup(title: chapterTitle, tables: [])) }
            let chapterIndex = chapters.firstIndex { $0.title == chapterTitle }!
            // Two tables may share a label (a numbering finding in itself): tell them apart by position.
            if let index = chapters[chapterIndex].tables.firstIndex(where: { $0.title == tableTitle && $0.table?.lines == table?.lines }) {
                chapters[chapterIndex].tables[index].findings.append(finding)
            } else {
                chapters[chapterIndex].tables.append(TableGroup(title: tableTitle, table: table, findings: [finding]))
            }
        }
        return chapters
    }

    /// The table whose lines overlap the finding's, preferring one whose label the finding names.
    func table(for finding: Finding) -> Table? {
        guard let document else { return nil }
        let span = LineSpan(finding.line, finding.endLine)
        let overlapping = document.tables.filter { $0.lines.first <= span.last && span.first <= $0.lines.last }
        if let label = finding.table, let named = overlapping.first(where: { $0.caption?.label == label || $0.displayName == label }) {
            return named
        }
        return overlapping.first
    }

    /// `BAB IV Tujuan dan Sasaran`: the table's chapter, else the last chapter heading before the finding.
    func chapter(for finding: Finding, table: Table?) -> String {
        let chapters = document?.headings.filter(\.isChapter) ?? []
        if let named = table?.chapter {
            let heading = chapters.first { "BAB \($0.number ?? "")" == named || $0.number == named }
            return heading.map(title(of:)) ?? named
        }
        if let heading = chapters.last(where: { $0.lines.first <= finding.line }) { return title(of: heading) }
        return chapters.isEmpty ? language.say("Dokumen", "Document") : language.say("Sebelum BAB I", "Before the first chapter")
    }

    private func title(of heading: Heading) -> String {
        let number = heading.number.map { "BAB \($0)" } ?? ""
        return [number, heading.title].filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func title(of table: Table) -> String {
        guard let caption = table.caption else { return table.displayName }
        guard let label = caption.label, !caption.title.isEmpty else { return caption.displayName }
        return "\(label) — \(caption.title)"
    }
}
