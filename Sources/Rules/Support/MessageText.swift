import Ingest

/// Helpers for quoting document text inside finding messages.
extension String {
    /// The text cut to about `limit` characters at a word boundary, for quoting in messages.
    var shortened: String { shortened(to: 80) }

    func shortened(to limit: Int) -> String {
        if let cut = asciiShortened(to: limit) { return cut }
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

    /// `shortened(to:)` for printable ASCII words parted by single spaces (nearly every name a message
    /// quotes): there every Character is a byte and the words stand as written, so the text is cut after
    /// the last word ending within `limit` bytes (the first word whatever its length) without being
    /// rebuilt word by word. Nil for any other text.
    private func asciiShortened(to limit: Int) -> String? {
        var text = self
        return text.withUTF8 { bytes -> String? in
            guard let first = bytes.first, first != 0x20, bytes.last != 0x20 else { return nil }
            for (offset, byte) in bytes.enumerated() {
                guard byte >= 0x20, byte < 0x7F, byte != 0x20 || bytes[offset - 1] != 0x20 else { return nil }
            }
            guard bytes.count > limit else { return self }
            let cut = { (end: Int) in String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self) + "…" }
            // The end of the last word kept; a word ends before each space and at the end of the text.
            var keptEnd: Int?
            for offset in bytes.indices where bytes[offset] == 0x20 {
                if let end = keptEnd, offset > limit { return cut(end) }
                keptEnd = offset
            }
            return keptEnd.map(cut) ?? self
        }
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
