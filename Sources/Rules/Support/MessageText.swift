/// Helpers for quoting document text inside finding messages.
extension String {
    /// The text cut to about `limit` characters at a word boundary, for quoting in messages.
    var shortened: String { shortened(to: 80) }

    func shortened(to limit: Int) -> String {
        let words = whitespaceSeparatedWords()
        var result = ""
        for word in words {
            if !result.isEmpty && result.count + word.count + 1 > limit { return result + "…" }
            result += (result.isEmpty ? "" : " ") + word
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
