/// Parses the number spellings found in Renstra exports (see DESIGN.md §1) into `Quantity` values.
///
/// The parser never coerces a broken spelling: `Rp 4.347.407.74,12`, a number cut by a line wrap
/// (`8.941.`, `.000`) or split by spaces (`Rp. 70.26 2.000`) becomes `.malformed` with its original
/// text; joining the pieces is the ingester's business. A lone separator before three digits
/// (`2.946`) is read one way (thousands for money, decimals for percentages, otherwise `.` as
/// thousands and `,` as decimals) with the other reading kept as `alternativeValue` for the table
/// to decide. It is called for every cell, so it works on the UTF-8 bytes and allocates only for
/// the `Quantity` it returns.
public enum NumberParser {
    /// Whole parts of up to 15 digits are exact in a `Double` (below 2^53), decimals included in the sums
    /// a rule makes; a longer one is read as `.beyondPrecision`.
    public static let maximumWholeDigits = 15
    static let smallestBeyondPrecision = 1e15

    /// Returns nil when the text is not a quantity at all: words, codes (`1.2.11.01`), dates,
    /// ranges (`2016-2021`), list markers (`1.`) and lists of bare integers (`2016 2017`).
    public static func parse(_ raw: String) -> Quantity? {
        var raw = raw
        return raw.withUTF8 { bytes in
            let trimmed = ByteText.trimmed(bytes)
            guard !trimmed.isEmpty else { return nil }
            let makeSpelling = { String(decoding: trimmed, as: UTF8.self) }
            guard trimmed.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "*") }) else {
                return read(trimmed, spelling: makeSpelling)
            }
            let spelling = makeSpelling()
            var plain = MarkupStripper.strip(spelling)
            return plain.withUTF8 { read(ByteText.trimmed($0), spelling: { spelling }) }
        }
    }

    /// Reads a trimmed, markup-free spelling; `spelling` builds the original text when needed.
    static func read(_ text: UnsafeBufferPointer<UInt8>, spelling: () -> String) -> Quantity? {
        guard !text.isEmpty else { return nil }
        if ByteText.isDash(withoutCurrencyMark(text)) { return Quantity(spelling: spelling(), kind: .dash, value: nil) }
        if text.first == UInt8(ascii: "#") {
            return isSpreadsheetError(text) ? Quantity(spelling: spelling(), kind: .spreadsheetError, value: nil) : nil
        }
        if isNotAvailable(text) { return Quantity(spelling: spelling(), kind: .notAvailable, value: nil) }
        guard text.contains(where: ByteText.isDigit) else { return nil }
        return readNumber(text, spelling: spelling)
    }

    /// `[-][Rp[.]] digits [% | Rp | unit]`, the sign also allowed after the currency mark.
    static func readNumber(_ text: UnsafeBufferPointer<UInt8>, spelling: () -> String) -> Quantity? {
        var cursor = 0
        var negative = ByteText.skipMinus(text, &cursor)
        let hasCurrencyPrefix = skipCurrency(text, &cursor)
        if hasCurrencyPrefix && !negative { negative = ByteText.skipMinus(text, &cursor) }

        let bodyStart = cursor
        var bodyEnd = cursor
        var brokenBySpace = false
        while cursor < text.count {
            if ByteText.isNumberByte(text[cursor]) {
                cursor += 1
                bodyEnd = cursor
                continue
            }
            let gap = ByteText.whitespaceRun(text, from: cursor)
            guard gap > cursor, gap < text.count, ByteText.isNumberByte(text[gap]) else { break }
            brokenBySpace = true
            cursor = gap
        }
        let body = UnsafeBufferPointer(rebasing: text[bodyStart..<bodyEnd])
        guard body.contains(where: ByteText.isDigit) else { return nil }

        var kind: Quantity.Kind = hasCurrencyPrefix ? .money : .number
        var unit: String?
        let suffixStart = ByteText.whitespaceRun(text, from: bodyEnd)
        let suffix = UnsafeBufferPointer(rebasing: text[suffixStart...])
        if suffix.count == 1 && suffix[0] == UInt8(ascii: "%") {
            guard !hasCurrencyPrefix else { return nil }
            kind = .percent
        } else if !suffix.isEmpty && !hasCurrencyPrefix && isCurrencyMark(suffix) {
            kind = .money
        } else if !suffix.isEmpty {
            // A unit stands apart (`12 bln`); letters glued to digits are something else (`1e5`, `0x10`, `2a`).
            let text = String(decoding: suffix, as: UTF8.self)
            guard suffixStart > bodyEnd, UnitText.isUnit(text) else { return nil }
            unit = text
        }

        if brokenBySpace {
            // A PDF wrap splits a formatted amount (`150.00 0.000`); bare integers with spaces are a list.
            let meantAsOneAmount = kind != .number || body.contains(where: ByteText.isSeparator)
            return meantAsOneAmount ? Quantity(spelling: spelling(), kind: .malformed, value: nil, unit: unit) : nil
        }
        let loneMark: DigitReader.LoneMarkReading = kind == .money ? .thousands : kind == .percent ? .decimal : .byMark
        switch DigitReader.read(body, loneMark: loneMark) {
        case .notANumber:
            return kind == .number ? nil : Quantity(spelling: spelling(), kind: .malformed, value: nil, unit: unit)
        case .malformed:
            return Quantity(spelling: spelling(), kind: .malformed, value: nil, unit: unit)
        case .number(let reading) where !(abs(reading.value) < smallestBeyondPrecision):
            return Quantity(spelling: spelling(), kind: .beyondPrecision, value: nil, decimals: reading.decimals,
                            reading: reading.reading, unit: unit)
        case .number(let reading):
            let sign = negative ? -1.0 : 1.0
            return Quantity(spelling: spelling(), kind: kind, value: sign * reading.value, decimals: reading.decimals,
                            reading: reading.reading, unit: unit, alternativeValue: reading.alternative.map { sign * $0 })
        }
    }

    /// Skips `Rp`, `Rp.` or `IDR` (any case) and the whitespace after it.
    static func skipCurrency(_ text: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> Bool {
        var end = cursor
        if ByteText.hasPrefix(text, from: cursor, "rp") {
            end += 2
            if end < text.count && text[end] == UInt8(ascii: ".") { end += 1 }
        } else if ByteText.hasPrefix(text, from: cursor, "idr") {
            end += 3
        } else {
            return false
        }
        let next = ByteText.whitespaceRun(text, from: end)
        guard next < text.count, ByteText.isDigit(text[next]) || ByteText.isMinus(text, at: next) else { return false }
        cursor = next
        return true
    }

    /// The text without a leading or trailing currency mark, so that `- Rp` and `Rp -` read as a dash.
    static func withoutCurrencyMark(_ text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let marks: [StaticString] = ["rp.", "rp", "idr"]
        for mark in marks {
            if ByteText.hasPrefix(text, from: 0, mark) {
                return ByteText.trimmed(UnsafeBufferPointer(rebasing: text[mark.utf8CodeUnitCount...]))
            }
            if ByteText.hasSuffix(text, mark) {
                return ByteText.trimmed(UnsafeBufferPointer(rebasing: text[..<(text.count - mark.utf8CodeUnitCount)]))
            }
        }
        return text
    }

    /// A trailing currency mark: `Rp`, `Rp.` or `IDR`, any case.
    static func isCurrencyMark(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteText.equalsIgnoringCase(text, "rp") || ByteText.equalsIgnoringCase(text, "rp.")
            || ByteText.equalsIgnoringCase(text, "idr")
    }

    static let notAvailableSpellings: [StaticString] = ["n/a", "n.a", "n.a.", "na"]

    static func isNotAvailable(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        notAvailableSpellings.contains { ByteText.equalsIgnoringCase(text, $0) }
    }

    /// Error values of Excel and LibreOffice; `#####` is a value too wide for its column.
    static let spreadsheetErrors: [StaticString] = ["#div/0!", "#ref!", "#value!", "#name?", "#num!", "#null!", "#n/a",
                                                    "#error!", "#spill!", "#calc!", "#getting_data", "#field!", "#blocked!"]

    static func isSpreadsheetError(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if text.count >= 3 && text.allSatisfy({ $0 == UInt8(ascii: "#") }) { return true }
        return spreadsheetErrors.contains { ByteText.equalsIgnoringCase(text, $0) }
    }
}
