/// A strict well-formedness check for the HTML the reporter writes: every element closed in order
/// (void elements excepted), attribute values quoted, and no raw `<`, `>` or bare `&` in text.
enum HTMLWellFormedness {
    static let voidElements: Set<String> = ["meta", "input", "br", "hr", "img", "link", "col", "wbr", "source"]
    /// Elements whose content is raw text, skipped up to their closing tag.
    static let rawTextElements: Set<String> = ["script", "style"]

    static func problems(_ html: String) -> [String] {
        let characters = Array(html)
        var problems: [String] = []
        var open: [String] = []
        var index = 0

        func starts(_ text: String, at position: Int) -> Bool {
            let target = Array(text)
            return position + target.count <= characters.count
                && String(characters[position..<position + target.count]).lowercased() == text.lowercased()
        }
        func skip(past text: String) {
            while index < characters.count, !starts(text, at: index) { index += 1 }
            index += text.count
        }
        func name() -> String {
            var result = ""
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "-" {
                result.append(characters[index])
                index += 1
            }
            return result.lowercased()
        }
        func checkEntity(in context: String) {
            var end = index + 1
            while end < characters.count, end - index < 10, characters[end].isLetter || characters[end].isNumber || characters[end] == "#" {
                end += 1
            }
            if end >= characters.count || characters[end] != ";" || end == index + 1 { problems.append("bare & in \(context)") }
        }

        while index < characters.count {
            let character = characters[index]
            if character == "&" { checkEntity(in: "text"); index += 1; continue }
            if character == ">" { problems.append("raw > in text near \(String(characters[max(0, index - 30)..<index]))"); index += 1; continue }
            guard character == "<" else { index += 1; continue }
            if starts("<!--", at: index) { skip(past: "-->"); continue }
            if starts("<!doctype", at: index) { skip(past: ">"); continue }
            if starts("</", at: index) {
                index += 2
                let closing = name()
                if open.last == closing { open.removeLast() } else { problems.append("</\(closing)> closes <\(open.last ?? "nothing")>") }
                skip(past: ">")
                continue
            }
            index += 1
            let element = name()
            if element.isEmpty { problems.append("raw < in text"); continue }
            while index < characters.count, characters[index] != ">" {
                if characters[index] == "\"" || characters[index] == "'" {
                    let quote = characters[index]
                    index += 1
                    while index < characters.count, characters[index] != quote {
                        if characters[index] == "<" { problems.append("raw < in attribute of <\(element)>") }
                        if characters[index] == "&" { checkEntity(in: "attribute of <\(element)>") }
                        index += 1
                    }
                } else if characters[index] == "=" {
                    let next = index + 1 < characters.count ? characters[index + 1] : " "
                    if next != "\"" && next != "'" { problems.append("unquoted attribute value in <\(element)>") }
                }
                index += 1
            }
            index += 1
            if rawTextElements.contains(element) {
                skip(past: "</\(element)>")
            } else if !voidElements.contains(element) {
                open.append(element)
            }
        }
        if !open.isEmpty { problems.append("never closed: \(open.joined(separator: ", "))") }
        return problems
    }
}
