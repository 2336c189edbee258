/// Splits a space-separated appendix line into its row number, its label and its values:
/// `Program Pelayanan Administrasi Perkantoran 1,179,513,000.00 Rp     1,014,041,000.00 Rp … 95.85% …`.
///
/// The label is the text before the first value. Values are amounts with the currency before or
/// after them (`1,179,513,000.00 Rp`, `Rp 188,333,000.00`, `- Rp`, `Rp -`), percentages, numbers
/// with a short unit (`92,06 M`), dashes, spreadsheet errors (`#DIV/0!`) and, in the performance
/// table, letter grades (`C`, `CC`, `B`).
enum AppendixLineSplitter {
    struct Split: Equatable {
        var number: String?
        var label: String
        var values: [String]
    }

    static func split(_ text: String, leadingRowNumber: Bool, allowGrades: Bool) -> Split {
        var tokens = text.blankSeparatedWords().map(String.init)
        var number: String?
        if leadingRowNumber, let first = tokens.first, first.count <= 3, first.allSatisfy(\.isNumber) {
            number = first
            tokens.removeFirst()
        }
        let firstValue = tokens.indices.first { isValueStart(tokens, at: $0, allowGrades: allowGrades) } ?? tokens.count
        return Split(number: number, label: tokens[..<firstValue].joined(separator: " "),
                     values: values(Array(tokens[firstValue...])))
    }

    static func isCurrency(_ token: String) -> Bool { token == "Rp" || token == "Rp." || token == "RP" }

    static func isFigure(_ token: String) -> Bool {
        if token == "-" { return true }
        guard let quantity = NumberParser.parse(token) else { return false }
        return quantity.kind != .notAvailable
    }

    static func isGrade(_ token: String) -> Bool {
        (1...3).contains(token.count) && token.allSatisfy { "ABCDE".contains($0) }
    }

    private static func isValueStart(_ tokens: [String], at index: Int, allowGrades: Bool) -> Bool {
        let token = tokens[index]
        if isCurrency(token) { return true }
        if token == "-" {
            return index + 1 == tokens.count || isCurrency(tokens[index + 1]) || isFigure(tokens[index + 1])
        }
        if isFigure(token) { return true }
        // A grade starts the values only when everything after it is a value too (`AKIP C CC CC B B …`).
        return allowGrades && isGrade(token)
            && tokens[index...].allSatisfy { isGrade($0) || isFigure($0) || isCurrency($0) }
    }

    /// Groups value tokens into cells: a currency mark joins the figure it stands next to (before it
    /// when one is waiting, else after it), a short unit joins the number before it.
    private static func values(_ tokens: [String]) -> [String] {
        var values: [String] = []
        var waitingCurrency: String?
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if isCurrency(token) {
                if let orphan = waitingCurrency { values.append(orphan) }
                waitingCurrency = token
                continue
            }
            if let currency = waitingCurrency {
                values.append(currency + " " + token)
                waitingCurrency = nil
            } else if index < tokens.count, isCurrency(tokens[index]) {
                values.append(token + " " + tokens[index])
                index += 1
            } else if index < tokens.count, isUnit(tokens[index]), isFigure(token), token != "-" {
                values.append(token + " " + tokens[index])
                index += 1
            } else {
                values.append(token)
            }
        }
        if let orphan = waitingCurrency { values.append(orphan) }
        return values
    }

    /// `M` (miliar) after `92,06`: a short word that is neither a currency nor a grade.
    private static func isUnit(_ token: String) -> Bool {
        token.count <= 3 && token.allSatisfy(\.isLetter) && !isCurrency(token) && !isGrade(token)
    }
}
