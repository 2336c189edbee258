import Foundation
import Ingest
import TestSupport

/// Staff tables 2.1–2.3 of the Semarang plan (corpus lines 745–789, under `BAB II`), copied so that
/// tests can edit them the way an agency planner edits a draft.
enum SemarangExcerpt {
    static let corpusLines = 745...789

    /// The excerpt with a chapter heading on top, so line 1 is `## **BAB II**` and corpus line 745 is line 3.
    static var lines: [String] {
        let source = Corpus.semarang.source
        return ["## **BAB II**", ""] + corpusLines.map { source.line($0) }
    }

    static var text: String { lines.joined(separator: "\n") + "\n" }

    /// `lines` with the row starting with `label` (after the caption `table`) changed to end with `total`.
    static func changingTotal(of label: String, in table: String, to total: String, lines: [String]) -> [String] {
        var result = lines
        guard let caption = result.firstIndex(where: { $0.containsLiteral("**\(table)**") }),
              let row = result[caption...].firstIndex(where: { $0.hasPrefix(label + "\t") }) else { return result }
        var cells = result[row].pieces(separatedBy: "\t", omittingEmptySubsequences: false).map(String.init)
        cells[cells.count - 1] = total
        result[row] = cells.joined(separator: "\t")
        return result
    }

    /// The excerpt ingested, with Tabel 2.1 built by hand as the model describes it (header rows, typed
    /// columns, body rows of cells with their lines), so reports can be tested before the ingester reads tables.
    static func document(lines: [String], path: String = "semarang-draft.txt") -> RenstraDocument {
        var document = ingestSnippet(lines.joined(separator: "\n"), layout: .semarang, path: path)
        guard let captionIndex = lines.firstIndex(where: { $0.containsLiteral("**Tabel 2.1**") }) else { return document }
        let headerIndex = captionIndex + 4
        let cellsOf = { (index: Int) -> [Cell] in
            MarkupStripper.strip(lines[index]).pieces(separatedBy: "\t", omittingEmptySubsequences: false).map {
                Cell(text: String($0), line: index + 1, quantity: NumberParser.parse(String($0)))
            }
        }
        let bodyEnd = lines[headerIndex...].firstIndex(where: { $0.isEmpty })!
        let groups = ["GOL I", "GOL II", "GOL III", "GOL IV", "Non ASN"]
        var columns = [Column(index: 0, header: "BIDANG", role: .label)]
        for (offset, group) in groups.enumerated() {
            columns.append(Column(index: 1 + offset * 2, header: "\(group) / P", role: .other))
            columns.append(Column(index: 2 + offset * 2, header: "\(group) / W", role: .other))
        }
        columns.append(Column(index: 11, header: "JUMLAH", role: .total))
        let table = Table(
            caption: TableCaption(label: "Tabel 2.1", numberParts: ["2", "1"], title: "Jumlah Pegawai Menurut Golongan",
                                  lines: LineSpan(captionIndex + 1, captionIndex + 3)),
            headerRows: [Row(cells: cellsOf(headerIndex), lines: LineSpan(headerIndex + 1)),
                         Row(cells: cellsOf(headerIndex + 1), lines: LineSpan(headerIndex + 2))],
            columnNumberRow: nil, columns: columns,
            rows: ((headerIndex + 2)..<bodyEnd).map { Row(cells: cellsOf($0), lines: LineSpan($0 + 1)) },
            lines: LineSpan(captionIndex + 1, bodyEnd))
        document.blocks.removeAll { if case .table = $0 { return true } else { return false } }
        document.blocks.append(.table(table))
        document.blocks.sort { $0.lines.first < $1.lines.first }
        return document
    }
}
