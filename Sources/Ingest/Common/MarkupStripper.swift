/// Removes the inline markup some exports carry (`**bold**`, `*italic*`, `<b>…</b>`, `\*`), keeping the text.
public enum MarkupStripper {
    public static func strip(_ text: String) -> String {
        // A character scan: `contains("*")` would pick Foundation's substring search, slow on every line.
        guard text.unicodeScalars.contains(where: { $0 == "*" || $0 == "<" || $0 == "\\" }) else { return text }
        var result = text
        for token in ["<b>", "</b>", "<B>", "</B>", "<i>", "</i>", "<br>", "<br/>", "**"] {
            result = result.replacingAll(token, with: "")
        }
        result = result.replacingAll("\\*", with: "*")
        if result.hasPrefix("*") && result.hasSuffix("*") && result.count > 2 {
            result = String(result.dropFirst().dropLast())
        }
        return result
    }
}
