/// Recognises and re-joins numbers that the PDF export broke apart, either over lines of the same
/// column (`8.998` above `.000`) or with spaces inside one cell (`346.4 01.00 0`).
enum SplitNumber {
    /// A number as written, split into its currency mark, digit run and percent sign.
    struct Spelling {
        let currency: String
        /// Digits, separators and the spaces the wrapping left inside them.
        let digits: String
        let percent: Bool
        /// The digits and separators without the spaces.
        let packedDigits: String

        init(currency: String, digits: String, percent: Bool) {
            (self.currency, self.digits, self.percent) = (currency, digits, percent)
            // `digits` is ASCII, so bytes will do; most numbers hold no space, and keep their text.
            packedDigits = digits.containsByte(where: { $0 == UInt8(ascii: " ") })
                ? String(decoding: digits.utf8.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self) : digits
        }

        /// The spelling with the spaces inside the digits removed.
        var compacted: String {
            currency.isEmpty && !percent ? packedDigits : (currency.isEmpty ? "" : currency + " ") + packedDigits + (percent ? "%" : "")
        }
    }

    static let currencyMarks = ["Rp.", "Rp", "RP.", "RP"]

    /// `Rp. 70.26 2.000` → (`Rp.`, `70.26 2.000`, no percent); nil for anything but a number or a piece of one.
    static func spelling(_ text: String) -> Spelling? {
        // Most cells are words: an ASCII first byte other than a digit, a separator or the `R` of a
        // currency mark starts a Character that cannot begin a number.
        if let first = text.utf8.first(where: { !ByteText.isWhitespace($0) }), first < 0x80,
           !ByteText.isNumberByte(first), first != UInt8(ascii: "R") { return nil }
        guard text.isAllASCII else { return characterSpelling(text) }
        var text = text
        return text.withUTF8(asciiSpelling)
    }

    /// `spelling` for ASCII text, on bytes: there the whitespace Characters are the bytes 09–0D and 20,
    /// and the only numeric Characters are the digits.
    private static func asciiSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> Spelling? {
        var start = 0, end = bytes.count
        func trim() {
            while start < end, ByteText.isWhitespace(bytes[start]) { start += 1 }
            while end > start, ByteText.isWhitespace(bytes[end - 1]) { end -= 1 }
        }
        trim()
        var currency = ""
        for mark in currencyMarks where bytes[start..<end].starts(with: mark.utf8) {
            currency = mark
            start += mark.utf8.count
            trim()
            break
        }
        var percent = false
        if end > start, bytes[end - 1] == UInt8(ascii: "%") {
            percent = true
            end -= 1
            trim()
        }
        let body = bytes[start..<end]
        guard let first = body.first, ByteText.isNumberByte(first), body.contains(where: ByteText.isDigit),
              body.allSatisfy({ ByteText.isNumberByte($0) || $0 == UInt8(ascii: " ") }) else { return nil }
        return Spelling(currency: currency, digits: String(decoding: body, as: UTF8.self), percent: percent)
    }

    /// `spelling` Character by Character, for text with non-ASCII whitespace or marks around the number.
    private static func characterSpelling(_ text: String) -> Spelling? {
        var body = Substring(text).trimmingWhitespaceSubstring()
        var currency = ""
        for mark in currencyMarks where body.hasPrefix(mark) {
            currency = mark
            body = body.dropFirst(mark.count).trimmingWhitespaceSubstring()
            break
        }
        var percent = false
        if body.last == "%" {
            percent = true
            body = body.dropLast().trimmingWhitespaceSubstring()
        }
        guard let first = body.first, first.isNumber || first == "." || first == ",",
              body.contains(where: \.isNumber),
              body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == " ") }) else { return nil }
        return Spelling(currency: currency, digits: String(body), percent: percent)
    }

    static func isNumeric(_ text: String) -> Bool { spelling(text) != nil }

    /// Removes the spaces inside a number (`24.00 0.000` → `24.000.000`); other text is returned unchanged.
    static func compacted(_ text: String) -> String { spelling(text)?.compacted ?? text }

    /// Two pieces of one number glued without a space.
    static func joined(_ head: String, _ tail: String) -> String { compacted(head + tail) }

    /// A finished number: it parses, its digits are well grouped, and in a budget column it is not a
    /// short decimal (`20.00` there is the head of `20.000.000`, not twenty rupiah).
    static func isComplete(_ text: String, inBudgetColumn budget: Bool) -> Bool {
        spelling(text).map { isComplete($0, inBudgetColumn: budget) } ?? false
    }

    private static func isComplete(_ spelling: Spelling, inBudgetColumn budget: Bool) -> Bool {
        let digits = spelling.packedDigits
        guard isWellGrouped(digits), let quantity = NumberParser.parse(spelling.compacted),
              quantity.value != nil, quantity.kind != .malformed else { return false }
        return !(budget && quantity.reading == .english && !digits.containsLiteral(","))
    }

    /// The head of a dot-grouped number whose last group is still short: `7.977.115.`, `8.941.471.33`, `20.00`.
    static func isPartial(_ text: String) -> Bool {
        spelling(text).map(isPartial) ?? false
    }

    private static func isPartial(_ spelling: Spelling) -> Bool {
        let groups = spelling.packedDigits.pieces(separatedBy: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, groups.allSatisfy({ $0.allSatisfy(\.isNumber) }),
              (1...3).contains(groups.first!.count), groups.last!.count < 3 else { return false }
        return groups.dropFirst().dropLast().allSatisfy { $0.count == 3 }
    }

    /// `1.234.567`, `1.234,5`, `1,234,567.00`, `30000000`, `88.15`, `0.098`: groups of three after the
    /// first, or a plain number with at most three decimals.
    static func isWellGrouped(_ digits: String) -> Bool {
        // Asked of nearly every piece of a wrapped table: read on the bytes, which for ASCII are its Characters.
        var digits = digits
        return digits.utf8.allSatisfy { $0 < 0x80 }
            ? digits.withUTF8 { isWellGrouped($0, dot: UInt8(ascii: "."), comma: UInt8(ascii: ",")) }
            : isWellGrouped(Array(digits), dot: ".", comma: ",")
    }

    private static func isWellGrouped<Digits: RandomAccessCollection>(_ digits: Digits, dot: Digits.Element, comma: Digits.Element) -> Bool
    where Digits.Element: Equatable, Digits.Index == Int {
        let isMark = { (element: Digits.Element) in element == dot || element == comma }
        guard let lastMark = digits.lastIndex(where: isMark) else { return !digits.isEmpty }
        var marks = 0, likeLast = 0
        for element in digits where isMark(element) {
            marks += 1
            if element == digits[lastMark] { likeLast += 1 }
        }
        if marks == 1 { return lastMark > 0 && (1...3).contains(digits.count - lastMark - 1) }
        // With both marks the later one is the decimal mark, found once and followed by digits; with one
        // kind repeated, it only groups.
        var wholeEnd = digits.count
        let group: Digits.Element
        if likeLast < marks {
            guard likeLast == 1, lastMark < digits.count - 1 else { return false }
            wholeEnd = lastMark
            group = digits[lastMark] == dot ? comma : dot
        } else {
            group = digits[lastMark]
        }
        var groupStart = 0
        for index in 0...wholeEnd where index == wholeEnd || digits[index] == group {
            let length = index - groupStart
            guard groupStart == 0 ? (1...3).contains(length) : length == 3 else { return false }
            groupStart = index + 1
        }
        return true
    }

    /// How a piece on a continuation line relates to the cell above it in the same column.
    enum Fit: Equatable {
        /// The pieces form one number, and something shows the cell above was cut (a separator at the
        /// cut, or a head that is not a finished number on its own).
        case cutNumber
        /// The pieces form a well-grouped number, but the head was a finished number too (`88.1` + `5`).
        case possibleNumber
        /// Not a continuation of the value above.
        case separateValue
    }

    static func fit(head: String, tail: String, inBudgetColumn budget: Bool) -> Fit {
        guard let pieces = numberPieces(head: head, tail: tail), formOneNumber(head: head, tail: tail, inBudgetColumn: budget)
        else { return .separateValue }
        return showsCut(pieces, inBudgetColumn: budget) ? .cutNumber : .possibleNumber
    }

    /// Whether `fit` is `.cutNumber`, asked of every figure of a line that may start a row: whether the pieces
    /// show a cut is settled before the pieces are joined and read again, which most figures never need.
    static func cutsNumber(head: String, tail: String, inBudgetColumn budget: Bool) -> Bool {
        guard let pieces = numberPieces(head: head, tail: tail), showsCut(pieces, inBudgetColumn: budget) else { return false }
        return formOneNumber(head: head, tail: tail, inBudgetColumn: budget)
    }

    /// The spellings of a head and a tail that may be pieces of one number: no currency on the tail, no
    /// percent sign on the head.
    private static func numberPieces(head: String, tail: String) -> (head: Spelling, tail: Spelling)? {
        guard let headSpelling = spelling(head), let tailSpelling = spelling(tail), tailSpelling.currency.isEmpty,
              !headSpelling.percent else { return nil }
        return (headSpelling, tailSpelling)
    }

    /// Whether the pieces joined read as a complete or partial number.
    private static func formOneNumber(head: String, tail: String, inBudgetColumn budget: Bool) -> Bool {
        guard let whole = spelling(joined(head, tail)) else { return false }
        return isComplete(whole, inBudgetColumn: budget) || isPartial(whole)
    }

    /// A separator at the cut, or a head that is no finished number on its own.
    private static func showsCut(_ pieces: (head: Spelling, tail: Spelling), inBudgetColumn budget: Bool) -> Bool {
        let headDigits = pieces.head.packedDigits
        let cutAtSeparator = headDigits.last == "." || headDigits.last == "," || pieces.tail.digits.first == "."
            || pieces.tail.digits.first == ","
        return cutAtSeparator || !isComplete(pieces.head, inBudgetColumn: budget)
    }
}
