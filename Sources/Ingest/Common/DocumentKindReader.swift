/// Tells what kind of plan a document is from its title page (`RENCANA STRATEGIS`, `RPJMD`, `PERATURAN
/// DAERAH … TENTANG RENCANA PEMBANGUNAN JANGKA PANJANG DAERAH`, `RENCANA KERJA … TAHUN 2024`, `LAPORAN
/// KINERJA`, `POHON KINERJA`), or, without one, from the plan its front matter names most often
/// (`Renstra ini disusun …`).
enum DocumentKindReader {
    /// Phrases naming a kind, most specific first: `RENCANA KERJA PEMERINTAH DAERAH` before `RENCANA KERJA`.
    static let phrases: [(phrase: String, kind: DocumentKind)] = [
        ("POHON KINERJA", .performanceChart), ("CASCADING KINERJA", .performanceChart),
        ("LAPORAN KINERJA", .lkjip), ("LKJIP", .lkjip), ("LAKIP", .lkjip), ("AKUNTABILITAS KINERJA", .lkjip),
        ("JANGKA PANJANG DAERAH", .rpjpd), ("RPJPD", .rpjpd),
        ("JANGKA MENENGAH DAERAH", .rpjmd), ("RPJMD", .rpjmd),
        ("RENCANA KERJA PEMERINTAH DAERAH", .rkpd), ("RKPD", .rkpd),
        ("RENCANA KERJA", .renja), ("RENJA", .renja),
        ("RENCANA STRATEGIS", .renstra), ("RENSTRA", .renstra),
    ]

    /// Lines that end a title page: the front matter's prose starts.
    static let titlePageEnds = ["KATA PENGANTAR", "DAFTAR ISI", "MENIMBANG", "DENGAN RAHMAT", "BAB I", "BAB 1"]

    /// The title page: the short lines before the first foreword, contents list, chapter or long line.
    static func titlePage(_ lines: [String]) -> [String] {
        var page: [String] = []
        for raw in lines.prefix(60) {
            let text = plain(raw)
            if text.isEmpty { continue }
            if text.count > 120 || titlePageEnds.contains(where: { text.hasPrefix($0) }) { break }
            page.append(text)
        }
        return page
    }

    /// The text of a line in upper case with markup and repeated blanks gone.
    static func plain(_ raw: String) -> String {
        MarkupStripper.strip(raw).trimmingCharacters(in: "#* \t").uppercased().blankSeparatedWords().joined(separator: " ")
    }

    static func kind(titlePage: [String], front: [String]) -> DocumentKind {
        let revision = titlePage.contains { $0.containsLiteral("PERUBAHAN") }
        for line in titlePage {
            if let kind = phrases.first(where: { line.containsLiteral($0.phrase) })?.kind {
                return kind == .renstra && revision ? .perubahanRenstra : kind
            }
        }
        // No title page (a text starting at its foreword): the plan the front matter names most.
        var counts: [DocumentKind: Int] = [:]
        for line in front.map(plain) {
            if let kind = phrases.first(where: { line.containsLiteral($0.phrase) })?.kind { counts[kind, default: 0] += 1 }
        }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) })?.key else {
            return .unknown
        }
        let namesRevision = front.contains { line in
            let upper = plain(line)
            return upper.containsLiteral("PERUBAHAN RENSTRA") || upper.containsLiteral("PERUBAHAN RENCANA STRATEGIS")
        }
        return best == .renstra && namesRevision ? .perubahanRenstra : best
    }
}
