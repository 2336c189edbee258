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
