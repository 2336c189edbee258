import Foundation

/// Finds the document's city, agency, kind, declared period, signatory and signing date from its
/// front matter and signature blocks; every layout uses the same reading.
public enum MetadataExtractor {
    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                         "September", "Oktober", "November", "Desember"]

    public static func extract(from source: SourceText) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        let front = Array(source.lines.prefix(120).enumerated())
        metadata.period = declaredPeriod(in: front)
        metadata.kind = kind(in: front)
        metadata.city = city(in: front)
        metadata.agency = agency(in: front)
        metadata.signatory = signatory(in: source)
        if let (date, line) = signingDate(in: source) {
            metadata.date = date
            metadata.dateLine = line
        }
        return metadata
    }

    /// The first `YYYY-YYYY` span of 4–6 years in the front matter, e.g. `RENSTRA 2025-2029`.
    static func declaredPeriod(in lines: [(offset: Int, element: String)]) -> PlanPeriod? {
        for (offset, text) in lines {
            for span in YearSpanFinder.spans(in: text) where (4...6).contains(span.end - span.start) {
                return PlanPeriod(start: span.start, end: span.end, line: offset + 1)
            }
        }
        return nil
    }

    /// A revision says so on its title page (`Perubahan` over `Rencana Strategis`) or names itself
    /// `Perubahan Renstra`; a "perubahan" inside a cited regulation's long title does not count.
    static func kind(in lines: [(offset: Int, element: String)]) -> DocumentKind {
        let titlePage = lines.prefix(40).contains { line in
            line.element.count <= 80 && line.element.lowercased().containsLiteral("perubahan")
        }
        let namesItself = lines.contains { line in
            let lower = line.element.lowercased()
            return lower.containsLiteral("perubahan renstra") || lower.containsLiteral("perubahan rencana strategis")
        }
        return titlePage || namesItself ? .perubahanRenstra : .renstra
    }

    /// The most frequent `Kota X` / `Kabupaten X` in the front matter.
    static func city(in lines: [(offset: Int, element: String)]) -> String? {
        var counts: [String: Int] = [:]
        for (_, raw) in lines where raw.containsIgnoringCase("kota") || raw.containsIgnoringCase("kabupaten") {
            let words = MarkupStripper.strip(raw).letterRuns()
            for (index, word) in words.enumerated().dropLast() {
                let lower = word.lowercased()
                guard lower == "kota" || lower == "kabupaten" else { continue }
                let name = words[index + 1]
                guard let first = name.first, first.isUppercase, name.count > 2 else { continue }
                let place = (lower == "kota" ? "Kota " : "Kabupaten ") + name.prefix(1) + name.dropFirst().lowercased()
                counts[place, default: 0] += 1
            }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// The agency name from the title page: the first line starting with `Dinas`/`Badan`, with a
    /// continuation line joined when the name wraps (`DINAS KOPERASI,` / `USAHA KECIL DAN MENENGAH`).
    static func agency(in lines: [(offset: Int, element: String)]) -> String? {
        let plain = lines.map { MarkupStripper.strip($0.element).trimmingWhitespace() }
        for (index, text) in plain.enumerated() {
            let upper = text.uppercased()
            guard upper.hasPrefix("DINAS ") || upper.hasPrefix("BADAN ") else { continue }
            var name = text
            if let next = plain.dropFirst(index + 1).first, !next.isEmpty,
               name.hasSuffix(",") || name.hasSuffix(" DAN") || !next.uppercased().hasPrefix("KOTA") && next == next.uppercased() && !next.containsLiteral("RENSTRA") {
                name += " " + next
            }
            if let cut = name.range(of: " KOTA", options: .caseInsensitive) ?? name.range(of: " KABUPATEN", options: .caseInsensitive) {
                name = String(name[..<cut.lowerBound])
            }
            return name.trimmingWhitespace()
        }
        return nil
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
