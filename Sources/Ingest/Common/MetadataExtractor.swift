import Foundation

/// Finds the document's city, agency, kind, declared period, signatory and signing date from its
/// front matter and signature blocks; every layout uses the same reading.
public enum MetadataExtractor {
    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                         "September", "Oktober", "November", "Desember"]

    public static func extract(from source: SourceText) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        let front = Array(source.lines.prefix(120).enumerated())
        let titlePage = DocumentKindReader.titlePage(Array(source.lines.prefix(60)))
        metadata.kind = DocumentKindReader.kind(titlePage: titlePage, front: front.map(\.element))
        if metadata.kind.coversOneYear {
            metadata.period = singleYear(in: front)
            metadata.citedPeriod = declaredPeriod(in: front, lengths: 4...6)
        } else {
            metadata.period = declaredPeriod(in: front, lengths: metadata.kind.isLongTerm ? 18...22 : 4...6)
                ?? (metadata.kind.isLongTerm ? declaredPeriod(in: front, lengths: 4...6) : nil)
        }
        metadata.transitionYear = metadata.planPeriod.flatMap { transitionYear(after: $0, in: source) }
        metadata.city = city(in: front)
        metadata.agency = agency(in: front)
        metadata.signatory = signatory(in: source)
        if let (date, line) = signingDate(in: source) {
            metadata.date = date
            metadata.dateLine = line
        }
        return metadata
    }

    /// The first `YYYY-YYYY` span of a plan's length in the front matter, e.g. `RENSTRA 2025-2029`;
    /// also written over two lines (`2025` / `2029` on a cover).
    static func declaredPeriod(in lines: [(offset: Int, element: String)], lengths: ClosedRange<Int>) -> PlanPeriod? {
        for (index, (offset, text)) in lines.enumerated() {
            for span in YearSpanFinder.spans(in: text) where lengths.contains(span.end - span.start) {
                return PlanPeriod(start: span.start, end: span.end, line: offset + 1)
            }
            // A cover printing the two years on lines of their own.
            if let start = loneYear(text), let next = lines.dropFirst(index + 1).prefix(2).first(where: { !$0.element.allSatisfy(\.isWhitespace) }),
               let end = loneYear(next.element), lengths.contains(end - start) {
                return PlanPeriod(start: start, end: end, line: offset + 1)
            }
        }
        return nil
    }

    private static func loneYear(_ text: String) -> Int? {
        let words = MarkupStripper.strip(text).trimmingCharacters(in: "#* \t").blankSeparatedWords()
        guard words.count == 1, words[0].count == 4, let year = Int(words[0]), (1990...2100).contains(year) else { return nil }
        return year
    }

    /// The year of a one-year plan or report: `RENCANA KERJA … TAHUN 2024`, `LKjIP TAHUN 2023`, the
    /// first `Tahun YYYY` of the front matter that is not part of a span.
    static func singleYear(in lines: [(offset: Int, element: String)]) -> PlanPeriod? {
        for (offset, text) in lines {
            let words = text.lowercased().blankSeparatedWords()
            guard let index = words.firstIndex(where: { $0 == "tahun" || $0 == "tahun:" }), index + 1 < words.count,
                  YearSpanFinder.spans(in: text).isEmpty else { continue }
            let next = words[index + 1].trimmingCharacters(".,;:")
            guard next.count == 4, let year = Int(next), (1990...2100).contains(year),
                  !text.lowercased().containsLiteral("nomor") else { continue }
            return PlanPeriod(start: year, end: year, line: offset + 1)
        }
        return nil
    }

    /// The year after `period` when the document calls it a transition year (`dengan tahun 2030 sebagai
    /// tahun transisi`).
    static func transitionYear(after period: PlanPeriod, in source: SourceText) -> Int? {
        let year = period.end + 1
        for line in source.lines where line.containsIgnoringCase("transisi") {
            let lower = line.lowercased()
            guard lower.containsLiteral("tahun transisi"), YearSpanFinder.years(in: line).contains(year) else { continue }
            return year
        }
        return nil
    }

    /// Words that end a region's name: `Kabupaten Jember Tahun 2021`, `Kota Semarang Kota Metropolitan`.
    static let placeNameEnds: Set<String> = [
        "tahun", "dinas", "badan", "nomor", "provinsi", "kota", "kabupaten", "dan", "yang", "dalam", "untuk", "pada",
        "sebagai", "periode", "rencana", "renstra", "pemerintah", "peraturan", "di", "ke", "dari", "dengan", "se",
        "kepala", "satuan", "sekretariat", "tentang", "telah", "adalah", "merupakan", "logo",
    ]

    /// The region named most often in the front matter: `Kota X` / `Kabupaten X` with the whole name
    /// (`Kota Tangerang Selatan`), else the province (`Provinsi Daerah Khusus Ibukota Jakarta`). The
    /// phrase `Kabupaten/Kota` names no region.
    static func city(in lines: [(offset: Int, element: String)]) -> String? {
        var counts: [String: Int] = [:]
        var provinces: [String: Int] = [:]
        for (_, raw) in lines where raw.containsIgnoringCase("kota") || raw.containsIgnoringCase("kabupaten")
            || raw.containsIgnoringCase("provinsi") {
            let text = MarkupStripper.strip(raw)
            let words = text.blankSeparatedWords()
            for (index, word) in words.enumerated() {
                let lower = word.lowercased()
                guard lower == "kota" || lower == "kabupaten" || lower == "kab." || lower == "provinsi" else { continue }
                var name: [String] = []
                for next in words.dropFirst(index + 1).prefix(5) {
                    let letters = next.trimmingCharacters(".,;:()")
                    guard let first = letters.first, first.isUppercase, letters.count > 1,
                          letters.allSatisfy({ $0.isLetter || $0 == "-" }),
                          !placeNameEnds.contains(letters.lowercased()) || (lower == "provinsi" && letters.lowercased() == "daerah") else { break }
                    name.append(letters.prefix(1) + letters.dropFirst().lowercased())
                    if next.last == "," || next.last == "." && next.count > 2 { break }
                }
                // Names of more than four words are sentences in capitals, not places.
                guard !name.isEmpty, name.count <= (lower == "provinsi" ? 5 : 3) else { continue }
                if lower == "provinsi" {
                    provinces["Provinsi " + name.joined(separator: " "), default: 0] += 1
                } else {
                    counts[(lower == "kota" ? "Kota " : "Kabupaten ") + name.joined(separator: " "), default: 0] += 1
                }
            }
        }
        func mostFrequent(_ counts: [String: Int]) -> String? {
            counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        }
        return mostFrequent(counts) ?? mostFrequent(provinces)
    }

    /// Words opening an agency's name on a title page.
    static let agencyWords = ["DINAS ", "BADAN ", "SATUAN ", "SEKRETARIAT ", "INSPEKTORAT", "KANTOR ", "RUMAH SAKIT ", "RSUD "]

    /// The agency name from the title page: the first line starting with `Dinas`, `Badan`, `Satuan`, …,
    /// with continuation lines joined while the name goes on (`Dinas Penanaman Modal dan` / `Pelayanan
    /// Terpadu Satu Pintu`, a logo's column beside it left out), up to the region's name.
    static func agency(in lines: [(offset: Int, element: String)]) -> String? {
        let plain = lines.map { rightmostColumn(MarkupStripper.strip($0.element)) }
        for (index, text) in plain.enumerated() {
            let upper = text.uppercased()
            guard let opening = agencyWords.first(where: { upper.hasPrefix($0) }) else { continue }
            // `Badan … yang selanjutnya disebut …`: a definition in running text, not a title.
            guard text.count <= 100, !(opening == "INSPEKTORAT" && text.count > 40) else { continue }
            var name = text
            for next in plain.dropFirst(index + 1).prefix(2) {
                let nextUpper = next.uppercased()
                guard !next.isEmpty, !nextUpper.hasPrefix("KOTA"), !nextUpper.hasPrefix("KABUPATEN"), !nextUpper.hasPrefix("PROVINSI"),
                      !nextUpper.containsLiteral("RENSTRA"), !nextUpper.containsLiteral("RENCANA"), !nextUpper.containsLiteral("TAHUN"),
                      next.count <= 80, let first = next.first, first.isUppercase else { break }
                let continues = name.hasSuffix(",") || name.uppercased().hasSuffix(" DAN") || next == nextUpper && name == name.uppercased()
                guard continues else { break }
                name += " " + next
            }
            for place in [" KOTA", " KABUPATEN", " PROVINSI", " TAHUN"] {
                if let cut = name.range(of: place, options: .caseInsensitive) { name = String(name[..<cut.lowerBound]) }
            }
            return name.trimmingCharacters(in: ", ").trimmingWhitespace()
        }
        return nil
    }

    /// The last of the columns a layout line holds (`LOGO   Pelayanan Terpadu Satu Pintu`), trimmed.
    static func rightmostColumn(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let gap = trimmed.range(of: "   ", options: .backwards) else { return trimmed }
        return String(trimmed[gap.upperBound...]).trimmingWhitespace()
    }

    /// The official signing the document: the name above the first `NIP.` line, skipping a rank line.
    static func signatory(in source: SourceText) -> Official? {
        for (index, raw) in source.lines.enumerated() where raw.containsIgnoringCase("nip") {
            let text = MarkupStripper.strip(raw).trimmingWhitespace()
            guard text.uppercased().hasPrefix("NIP") else { continue }
            let nip = text.dropFirst(3).trimmingCharacters(".: ").trimmingWhitespaceSubstring()
            guard nip.contains(where: \.isNumber) else { continue }
            var candidates: [(Int, String)] = []
            var cursor = index - 1
            while cursor >= 0 && candidates.count < 2 {
                let line = MarkupStripper.strip(source.lines[cursor]).trimmingWhitespace()
                if !line.isEmpty { candidates.append((cursor + 1, line)) }
                cursor -= 1
            }
            guard let nearest = candidates.first else { return nil }
            let nearestIsRank = nearest.1.containsLiteral(",") && nearest.1.containsLiteral("/") || nearest.1.lowercased().hasPrefix("pembina")
            let (nameLine, name) = nearestIsRank && candidates.count > 1 ? candidates[1] : nearest
            return Official(name: name, nip: String(nip), position: nearestIsRank ? nearest.1 : nil, line: nameLine)
        }
        return nil
    }

    /// `Bekasi, 19 September 2025` or `Semarang,    Maret 2019`.
    static func signingDate(in source: SourceText) -> (String, Int)? {
        // A date line holds a comma: a byte test that skips most lines before any other work.
        for (index, raw) in source.lines.enumerated() where raw.containsByte(where: { $0 == UInt8(ascii: ",") }) {
            let text = MarkupStripper.strip(raw).trimmingWhitespace()
            // The date ends in its year: a cheap test that skips nearly every line before counting.
            guard let last = text.utf8.last, ByteText.isDigit(last),
                  text.count < 60, let comma = text.firstIndex(of: ","), text.first?.isUppercase == true else { continue }
            let date = text[text.index(after: comma)...].trimmingWhitespaceSubstring()
            let words = date.pieces(separatedBy: " ")
            guard words.count >= 2, words.count <= 3, let year = Int(words.last!), (1990...2100).contains(year),
                  months.contains(String(words[words.count - 2])) else { continue }
            return (text, index + 1)
        }
        return nil
    }
}
