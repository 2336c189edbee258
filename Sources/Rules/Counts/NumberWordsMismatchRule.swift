import Ingest

/// Flags a number whose spelled-out form in brackets says something else: `13 (empat belas)
/// kegiatan`, `2,95 (dua koma sembilan empat) persen`. One of the two is certainly wrong.
struct NumberWordsMismatchRule: Rule {
    static let description = RuleDescription(
        id: "CNT002",
        family: .counts,
        severity: .error,
        title: Localized(id: "Angka dan ejaan hurufnya berbeda",
                         en: "Digits and their spelled-out words differ"),
        rationale: Localized(
            id: "Dokumen resmi menulis angka penting dua kali, dengan angka dan dengan huruf (\"8 (delapan) program\"), justru agar tidak salah baca. Bila keduanya berbeda, salah satunya pasti keliru dan pembaca tidak tahu mana yang berlaku.",
            en: "Official documents write important numbers twice, in digits and in words (\"8 (delapan) program\"), precisely to prevent misreading. When the two differ, one of them is certainly wrong and the reader cannot tell which applies."),
        triggering: [
            RuleExample(.bekasi, """
            Pada Renstra Dinas Koperasi, Usaha Kecil dan Menengah Kota Bekasi Tahun 2025-2029, akan dilaksanakan 8 (delapan) program antara lain:

            ↓Program-program tersebut didukung dengan kegiatan dan sub kegiatan yang berjumlah 13 (empat belas) kegiatan dan 32 (tiga puluh dua) sub kegiatan.
            """),
            RuleExample(.depok, """
            ↓a. perumahan dengan kepadatan tinggi dikembangkan dengan luas kurang lebih 591,40 (lima ratus sembilan puluh satu koma empat nol) hektar atau 2,95 (dua koma sembilan empat) persen meliputi:
            """),
            RuleExample(.semarang, """
            ↓Perubahan Renstra ini memuat 4 (lima) misi Walikota Semarang yang menjadi acuan program Dinas.
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Program-program tersebut didukung dengan kegiatan dan sub kegiatan yang berjumlah 13 (tiga belas) kegiatan dan 32 (tiga puluh dua) sub kegiatan.
            """),
            RuleExample(.depok, """
            a. perumahan dengan kepadatan tinggi dikembangkan dengan luas kurang lebih 591,40 (lima ratus sembilan puluh satu koma empat nol) hektar atau 2,95 (dua koma sembilan lima) persen meliputi:
            """),
            RuleExample(.semarang, """
            Perubahan Renstra ini memuat 4 (empat) misi Walikota Semarang; jangka waktu Renstra adalah 5 (lima) tahun.
            """),
        ])

    /// A number followed by its spelling in brackets.
    struct SpelledNumber {
        var number: Quantity
        var words: String
        var reading: IndonesianNumberWords.Reading

        var agrees: Bool {
            number.readings.contains { abs(($0.value ?? .nan) - reading.value) < 1e-9 * max(1, reading.value) }
        }
    }

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        // A number spelled out in brackets after its digits: `13 (tiga belas)`.
        let facts = context.facts(of: document)
        return facts.proseGroups.flatMap(\.parts).filter { TextScan.hasDigit($0.text) && $0.text.containsLiteral("(") }.flatMap { part in
            Self.spelledNumbers(in: facts.tokens(of: part)).filter { !$0.agrees }.map { spelled in
                let digits = spelled.number.printed
                let wordsValue = Localized.number(spelled.reading.value, decimals: spelled.reading.decimals)
                let value = spelled.number.value ?? 0
                let matchingWords = IndonesianNumberWords.spell(value, decimals: spelled.number.decimals)
                return finding(
                    in: document, line: part.lines.first, endLine: part.lines.last,
                    message: Localized(
                        id: "Angka \(digits.id) ditulis dengan huruf \"\(spelled.words)\", yang berarti \(wordsValue.id). Salah satunya keliru.",
                        en: "The number \(digits.en) is spelled out as \"\(spelled.words)\", which means \(wordsValue.en). One of them is wrong."),
                    expected: digits + " (\(matchingWords))", found: Localized("\(spelled.number.spelling) (\(spelled.words))"),
                    subject: "\(digits.id)|\(spelled.words)")
            }
        }
    }

    /// Every `number (words)` where the bracket holds only number words.
    static func spelledNumbers(in tokens: [ProseToken]) -> [SpelledNumber] {
        tokens.indices.compactMap { index -> SpelledNumber? in
            guard let number = tokens[index].quantity, number.kind == .number || number.kind == .money,
                  index + 2 < tokens.count, tokens[index + 1].isPunctuation("(") else { return nil }
            var words: [String] = []
            var cursor = index + 2
            while cursor < tokens.count, let word = tokens[cursor].word {
                words.append(word)
                cursor += 1
            }
            guard cursor < tokens.count, tokens[cursor].isPunctuation(")"), !words.isEmpty,
                  IndonesianNumberWords.isNumberWord(words[0]) else { return nil }
            let phrase = words.joined(separator: " ")
            guard let reading = IndonesianNumberWords.parse(phrase) else { return nil }
            return SpelledNumber(number: number, words: phrase, reading: reading)
        }
    }
}
