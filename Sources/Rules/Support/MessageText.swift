import Ingest

/// Helpers for quoting document text inside finding messages.
extension String {
    /// The text cut to about `limit` characters at a word boundary, for quoting in messages.
    var shortened: String { shortened(to: 80) }

    func shortened(to limit: Int) -> String {
        var result = ""
        // Counted as the words are added: counting the result anew for every word grows with its square.
        var length = 0
        for word in whitespaceSeparatedWords() {
            let wordLength = word.count
            if !result.isEmpty && length + wordLength + 1 > limit { return result + "…" }
            if !result.isEmpty {
                result += " "
                length += 1
            }
            result += word
            length += wordLength
        }
        return result
    }

    /// The text with its first letter in upper case (`subkegiatan` → `Subkegiatan`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension Localized {
    /// Said of a finding in a table whose columns were found from the spacing of layout text: the
    /// reading is a guess, so the finding is a warning.
    static let reconstructedTableNote = Localized(
        id: " (Kolom tabel ini dibaca dari jarak spasi teks; periksa di dokumen.)",
        en: " (This table's columns were read from the spacing of the text; check it in the document.)")

    /// The message with a sentence added in each language.
    func appending(_ sentence: Localized) -> Localized {
        Localized(id: id + sentence.id, en: en + sentence.en)
    }
}
