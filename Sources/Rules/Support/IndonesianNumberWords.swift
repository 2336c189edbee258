import Ingest

/// Reads numbers written in Indonesian words, as plans spell them out after the digits:
/// `tiga belas` → 13, `tiga puluh dua` → 32, `seratus dua puluh lima ribu` → 125.000,
/// `lima ratus sembilan puluh satu koma empat nol` → 591,40.
enum IndonesianNumberWords {
    struct Reading: Equatable {
        var value: Double
        /// Digits spelled after `koma`.
        var decimals: Int
    }

    static let digits: [String: Int] = [
        "nol": 0, "kosong": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
        "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    ]
    /// Words that stand for a whole amount on their own (`se-` = one).
    static let wholeWords: [String: Int] = ["sepuluh": 10, "sebelas": 11, "seratus": 100]
    /// Multipliers that close a group of three digits.
    static let scales: [String: Double] = [
        "ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12,
    ]
    /// Words that may follow a spelled-out amount without being part of it.
    static let trailingUnits: Set<String> = ["rupiah", "persen"]

    /// True when `word` can be part of a spelled-out number.
    static func isNumberWord(_ word: String) -> Bool {
        let word = word.lowercased()
        return digits[word] != nil || wholeWords[word] != nil || scales[word] != nil || word == "seribu"
            || ["belas", "puluh", "ratus", "koma"].contains(word)
    }

    /// The value of a phrase made only of number words; nil when any word is not one, or the
    /// words are not in a valid order (`puluh` without a digit before it, two digits in a row…).
    static func parse(_ phrase: String) -> Reading? {
        var words = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\t" }).map(String.init)
        while let last = words.last, trailingUnits.contains(last) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        if let comma = words.firstIndex(of: "koma") {
            guard let whole = parseWhole(Array(words[..<comma])) else { return nil }
            let fractionWords = words[(comma + 1)...]
            guard !fractionWords.isEmpty else { return nil }
            var fraction = 0.0, scale = 0.1
            for word in fractionWords {
                guard let digit = digits[word] else { return nil }
                fraction += Double(digit) * scale
                scale /= 10
            }
            return Reading(value: whole + fraction, decimals: fractionWords.count)
        }
        return parseWhole(words).map { Reading(value: $0, decimals: 0) }
    }

    private static func parseWhole(_ words: [String]) -> Double? {
        guard !words.isEmpty else { return nil }
        var total = 0.0
        var group = 0
        var pendingDigit: Int?
        var lastScale = Double.infinity
        for word in words {
            if let digit = digits[word] {
                guard pendingDigit == nil else { return nil }
                pendingDigit = digit
            } else if let whole = wholeWords[word] {
                guard pendingDigit == nil else { return nil }
                group += whole
            } else if word == "belas" || word == "puluh" || word == "ratus" {
                guard let digit = pendingDigit, digit > 0 else { return nil }
                group += word == "belas" ? digit + 10 : digit * (word == "puluh" ? 10 : 100)
                pendingDigit = nil
            } else if let scale = scales[word] ?? (word == "seribu" ? 1e3 : nil) {
                let amount = word == "seribu" ? 1 : group + (pendingDigit ?? 0)
                guard amount > 0, word != "seribu" || (group == 0 && pendingDigit == nil), scale < lastScale else {
                    return nil
                }
                total += Double(amount) * scale
                lastScale = scale
                group = 0
                pendingDigit = nil
            } else {
                return nil
            }
        }
        return total + Double(group + (pendingDigit ?? 0))
    }

    /// Spells a number out the way `parse` reads it: `spell(32)` → `tiga puluh dua`,
    /// `spell(591.4, decimals: 2)` → `lima ratus sembilan puluh satu koma empat nol`.
    /// Values beyond what Indonesian number words name (a trillion trillion) are written in digits.
    static func spell(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return IndonesianNumberFormat.format(value, decimals: decimals) }
        let whole = Int(value.rounded(.towardZero))
        var text = spellWhole(whole)
        if decimals > 0 {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let fraction = Int(((value - Double(whole)) * scale).rounded())
            let fractionDigits = String(fraction).paddedToLength(decimals)
            text += " koma " + fractionDigits.map { digitNames[Int(String($0))!] }.joined(separator: " ")
        }
        return text
    }

    private static let digitNames = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

    private static func spellWhole(_ number: Int) -> String {
        if number < 10 { return digitNames[number] }
        if number == 10 { return "sepuluh" }
        if number == 11 { return "sebelas" }
        if number < 20 { return digitNames[number - 10] + " belas" }
        if number < 100 { return joined(digitNames[number / 10] + " puluh", number % 10) }
        if number < 1000 { return joined(number < 200 ? "seratus" : digitNames[number / 100] + " ratus", number % 100) }
        for (name, scale) in [("triliun", 1_000_000_000_000), ("miliar", 1_000_000_000), ("juta", 1_000_000), ("ribu", 1000)]
        where number >= scale {
            let head = name == "ribu" && number / scale == 1 ? "seribu" : spellWhole(number / scale) + " " + name
            return joined(head, number % scale)
        }
        return String(number)
    }

    private static func joined(_ head: String, _ rest: Int) -> String { rest == 0 ? head : head + " " + spellWhole(rest) }
}

private extension String {
    func paddedToLength(_ length: Int) -> String { count >= length ? self : String(repeating: "0", count: length - count) + self }
}
