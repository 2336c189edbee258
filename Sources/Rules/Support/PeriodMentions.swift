import Ingest

/// A year span named in running text, with the sentence around it and the planning document the
/// sentence ties it to: `Renstra … Kabupaten Jember Tahun 2016 – 2021` names this plan, `RPJMN
/// 2020-2024` and `Rencana Penanggulangan Bencana Daerah Tahun 2023-2027` name others.
struct PeriodMention {
    enum Owner: Equatable {
        /// The nearest document named before the span is this plan (`Renstra … Tahun 2024-2026`); the
        /// words between it and the span.
        case thisPlan(between: String, anchor: String, anchorOffset: Int)
        /// Another planning document, a regulation, a ministry or a province.
        case otherDocument
        /// No document is named before the span in its sentence.
        case unnamed
    }

    var start: Int
    var end: Int
    /// Character offsets of the span in its passage.
    var offsets: Range<Int>
    var owner: Owner
    /// The sentence holding the span, lower-cased.
    var sentence: String
}

enum PeriodMentions {
    /// Names of this plan, by the kind of document.
    static func ownNames(_ kind: DocumentKind) -> [String] {
        switch kind {
        case .rpjmd: return ["rpjmd", "jangka menengah daerah"]
        case .rpjpd: return ["rpjpd", "jangka panjang daerah"]
        default: return ["renstra", "rencana strategis"]
        }
    }

    /// Names of planning documents; those that are not this plan's own name other documents.
    static let documentNames = [
        "renstra", "rencana strategis", "rpjmd", "jangka menengah daerah", "rpjpd", "jangka panjang daerah", "rpjmn",
        "jangka menengah nasional", "rpjpn", "jangka panjang nasional", "rpjp", "rkpd", "renja", "rencana kerja", "rtrw",
        "tata ruang", "rencana induk", "rencana aksi", "rpd ", "perpres", "undang-undang", "peraturan",
    ]

    /// Words between this plan's name and a span that make the plan another body's (`Renstra Kementerian
    /// Dalam Negeri`, `Renstra Dinas … Provinsi Jawa Timur periode 2019 – 2024`).
    static func foreignQualifiers(provincial: Bool) -> [String] {
        ["kementerian", "kementrian", "k/l", "lembaga", "nasional", "pusat", "kabupaten/kota"] + (provincial ? [] : ["provinsi"])
    }

    /// Words of a sentence that place an unnamed span elsewhere: other bodies and sources, history,
    /// projections.
    static func elsewhere(provincial: Bool) -> [String] {
        foreignQualifiers(provincial: provincial) + [
            "presiden", "sumber", "survei", "survey", "realisasi", "capaian", "sebelumnya", "periode lalu",
            "tahun lalu", "evaluasi", "proyeksi", "diproyeksikan", "prakiraan", "perkiraan",
        ]
    }

    /// Every year span in `text` that `keep` accepts, with its owner.
    static func mentions(in text: String, kind: DocumentKind, keep: (Int, Int) -> Bool) -> [PeriodMention] {
        guard TextScan.yearSpanCandidates(in: text).contains(where: keep) else { return [] }
        let characters = Array(text)
        let years = yearTokens(in: characters)
        var mentions: [PeriodMention] = []
        for (first, second) in zip(years, years.dropFirst()) {
            let written = String(characters[first.range.lowerBound..<second.range.upperBound])
            guard YearSpanFinder.spans(in: written).map({ [$0.start, $0.end] }) == [[first.value, second.value]],
                  keep(first.value, second.value) else { continue }
            let sentence = sentenceBounds(around: first.range.lowerBound..<second.range.upperBound, in: characters)
            let before = String(characters[sentence.lowerBound..<first.range.lowerBound])
            mentions.append(PeriodMention(
                start: first.value, end: second.value, offsets: first.range.lowerBound..<second.range.upperBound,
                owner: owner(before: before, kind: kind, from: sentence.lowerBound), sentence: String(characters[sentence]).lowercased()))
        }
        return mentions
    }

    /// Four-digit year tokens (1990–2100) standing on their own, with their offsets.
    static func yearTokens(in characters: [Character]) -> [(value: Int, range: Range<Int>)] {
        var tokens: [(Int, Range<Int>)] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            if end - index == 4, let value = Int(String(characters[index..<end])), (1990...2100).contains(value) {
                tokens.append((value, index..<end))
            }
            index = end
        }
        return tokens
    }

    /// How far (in Characters) a sentence is read on either side of a span.
    static let sentenceReach = 600

    /// Abbreviations whose dot does not end a sentence.
    static let abbreviations: Set<String> = ["no", "kab", "prov", "jl", "rp", "dr", "hj", "st", "tgl", "thn", "kec", "kel", "nomor"]

    /// The sentence around `span`: from after the last `.`, `;`, `!` or `?` that ends a sentence before it
    /// to the next one after it.
    static func sentenceBounds(around span: Range<Int>, in characters: [Character]) -> Range<Int> {
        func endsSentence(at index: Int) -> Bool {
            let mark = characters[index]
            guard mark == "." || mark == ";" || mark == "!" || mark == "?" else { return false }
            guard index + 1 >= characters.count || characters[index + 1].isWhitespace else { return false }
            guard mark == "." else { return true }
            if index > 0, characters[index - 1].isNumber {
                // `… tahun 2030. Hal ini …`; `No. 5. tahun` and `1.250.` go on.
                let next = characters[(index + 1)...].first { !$0.isWhitespace }
                return next?.isUppercase ?? true
            }
            var wordStart = index
            while wordStart > 0, characters[wordStart - 1].isLetter { wordStart -= 1 }
            let word = String(characters[wordStart..<index]).lowercased()
            return word.count > 1 && !abbreviations.contains(word)
        }
        // Text without sentence marks (a table read as prose) is not searched further than a long sentence.
        let floor = max(0, span.lowerBound - sentenceReach), ceiling = min(characters.count, span.upperBound + sentenceReach)
        var start = span.lowerBound
        while start > floor, !endsSentence(at: start - 1) { start -= 1 }
        var end = span.upperBound
        while end < ceiling, !endsSentence(at: end) { end += 1 }
        return start..<end
    }

    /// The document the sentence names last before the span: this plan, another, or none.
    static func owner(before original: String, kind: DocumentKind, from sentenceStart: Int) -> PeriodMention.Owner {
        let before = original.lowercased()
        let own = ownNames(kind)
        var nearest: (position: Int, name: String)?
        for name in documentNames {
            guard let position = lastPosition(of: name, in: before) else { continue }
            if nearest.map({ position > $0.position }) ?? true { nearest = (position, name) }
        }
        // `Rencana Penanggulangan Bencana Daerah`: a plan named with capitals that is not this one.
        if let proper = lastProperPlanName(in: original), nearest.map({ proper > $0.position }) ?? true {
            return .otherDocument
        }
        guard let nearest else { return .unnamed }
        guard own.contains(nearest.name) else { return .otherDocument }
        let between = String(before.dropFirst(nearest.position + nearest.name.count))
        // A name takes the first period after it: `Renstra … Tahun 2021-2026 … tahun 2016-2021` gives the
        // Renstra's period first, and the later span is not tied to it.
        guard YearSpanFinder.spans(in: between).isEmpty else { return .unnamed }
        let written = String(Array(original)[nearest.position..<min(original.count, nearest.position + nearest.name.count)])
        return .thisPlan(between: between, anchor: written, anchorOffset: sentenceStart + nearest.position)
    }

    /// Where `word` last starts in `text` at the start of a word.
    static func lastPosition(of word: String, in text: String) -> Int? {
        guard text.containsLiteral(word) else { return nil }
        let characters = Array(text), target = Array(word)
        var index = characters.count - target.count
        while index >= 0 {
            if (index == 0 || !characters[index - 1].isLetter) && Array(characters[index..<index + target.count]) == target { return index }
            index -= 1
        }
        return nil
    }

    /// The offset of the last `Rencana X` with `X` capitalised and not `Strategis`, `Kerja` or
    /// `Pembangunan` (this plan's own names and the generic ones, read through `documentNames`).
    static func lastProperPlanName(in text: String) -> Int? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var offset: Int?
        for (index, word) in words.enumerated() where word == "Rencana" && index + 1 < words.count {
            let next = words[index + 1]
            guard let first = next.first, first.isUppercase, !["Strategis", "Kerja", "Pembangunan"].contains(String(next)) else { continue }
            offset = text.distance(from: text.startIndex, to: word.startIndex)
        }
        return offset
    }
}
