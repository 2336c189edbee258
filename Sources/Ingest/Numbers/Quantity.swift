/// A value read from a document cell or sentence, keeping the spelling it was written with.
public struct Quantity: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A plain number, possibly followed by a unit (`34 Orang`, `12 bln`).
        case number
        /// A percentage; `value` is in percent points (`30,30%` → 30.3).
        case percent
        /// An amount of money (`Rp. 70.262.000`, `1,179,513,000.00 Rp`).
        case money
        /// `N/A`, `N.A`, `NA`: explicitly not available.
        case notAvailable
        /// A lone dash: zero or nothing.
        case dash
        /// A spreadsheet error pasted into the document (`#DIV/0!`).
        case spreadsheetError
        /// Looks like a number but its digit grouping is broken (`4.347.407.74,12`).
        case malformed
        /// A number with more digits before its decimal mark than a `Double` holds exactly
        /// (`NumberParser.maximumWholeDigits`): kept as written and never computed with, so that no sum
        /// or message shows digits the document does not have.
        case beyondPrecision
    }

    /// How the separators of the spelling were read.
    public enum Reading: String, Sendable, Codable {
        /// `.` groups thousands, `,` marks decimals (`7.663.589.176,10`).
        case indonesian
        /// `,` groups thousands, `.` marks decimals (`1,179,513,000.00`, `88.0`).
        case english
        /// No separator at all (`30000000`).
        case plain
    }

    public let spelling: String
    /// Text after the number, such as `Orang`, `unit` or `M` (miliar).
    public let unit: String?

    // Stored packed: every cell of every table holds a quantity, so its size is the document's size. NaN
    // stands for "no value" (a value read from digits, or summed from such values, is never NaN), the
    // decimals take four bytes (a figure's decimals never pass a cell's length), and the one-byte fields
    // come last, after every eight-byte one, so that no padding stands between them: 55 bytes, where
    // declaring them in reading order took 68. Visible to the inlined accessors below, which rules call
    // for every cell of every table.
    @usableFromInline let storedValue: Double
    @usableFromInline let storedAlternativeValue: Double
    @usableFromInline let storedDecimals: Int32

    public let kind: Kind
    public let reading: Reading
    /// The figure was rounded to its last printed place even though it is whole: an amount in a table
    /// that states its money in thousands, millions or billions (`dalam juta rupiah`).
    public var isRoundedToUnit = false

    /// The numeric value; nil for `notAvailable`, `dash`, `spreadsheetError`, `malformed` and `beyondPrecision`.
    @inlinable public var value: Double? { storedValue.isNaN ? nil : storedValue }
    /// Digits printed after the decimal mark; a value stands for ±½·10⁻ᵈ.
    @inlinable public var decimals: Int { Int(storedDecimals) }
    /// The value under the other reading when a single separator before exactly three digits
    /// (`2.946`, `1,179`) could be a thousands mark or a decimal mark.
    @inlinable public var alternativeValue: Double? { storedAlternativeValue.isNaN ? nil : storedAlternativeValue }

    public init(spelling: String, kind: Kind, value: Double?, decimals: Int = 0, reading: Reading = .plain,
                unit: String? = nil, alternativeValue: Double? = nil) {
        self.spelling = spelling
        self.kind = kind
        self.storedValue = value ?? .nan
        self.storedDecimals = Int32(clamping: decimals)
        self.reading = reading
        self.unit = unit
        self.storedAlternativeValue = alternativeValue ?? .nan
    }

    // Written out because the packed fields are not the quantity's public face: equality, hashing and the
    // coded form go by the optional values (NaN is never equal to itself) under their public names.
    public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
        lhs.spelling == rhs.spelling && lhs.kind == rhs.kind && lhs.value == rhs.value && lhs.decimals == rhs.decimals
            && lhs.reading == rhs.reading && lhs.unit == rhs.unit && lhs.alternativeValue == rhs.alternativeValue
            && lhs.isRoundedToUnit == rhs.isRoundedToUnit
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(spelling)
        hasher.combine(kind)
        hasher.combine(value)
        hasher.combine(decimals)
        hasher.combine(reading)
        hasher.combine(unit)
        hasher.combine(alternativeValue)
        hasher.combine(isRoundedToUnit)
    }

    private enum CodingKeys: String, CodingKey {
        case spelling, kind, value, decimals, reading, unit, alternativeValue, isRoundedToUnit
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(spelling: try container.decode(String.self, forKey: .spelling),
                  kind: try container.decode(Kind.self, forKey: .kind),
                  value: try container.decodeIfPresent(Double.self, forKey: .value),
                  decimals: try container.decode(Int.self, forKey: .decimals),
                  reading: try container.decode(Reading.self, forKey: .reading),
                  unit: try container.decodeIfPresent(String.self, forKey: .unit),
                  alternativeValue: try container.decodeIfPresent(Double.self, forKey: .alternativeValue))
        isRoundedToUnit = try container.decode(Bool.self, forKey: .isRoundedToUnit)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(spelling, forKey: .spelling)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encode(decimals, forKey: .decimals)
        try container.encode(reading, forKey: .reading)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(alternativeValue, forKey: .alternativeValue)
        try container.encode(isRoundedToUnit, forKey: .isRoundedToUnit)
    }

    @inlinable public var isAmbiguous: Bool { alternativeValue != nil }

    /// The value for summing: a dash counts as zero; N/A, errors and malformed spellings count as nothing.
    @inlinable public var additiveValue: Double? { kind == .dash ? 0 : value }

    /// Half a unit in the last printed place: the rounding a printed value may carry.
    public var roundingHalfUnit: Double {
        guard kind != .dash else { return 0 }
        var unit = 0.5
        for _ in 0..<decimals { unit /= 10 }
        return unit
    }

    /// An integer of five or more digits written without separators (`30000000`), which reviewers
    /// ask to be grouped like its formatted siblings.
    @inlinable public var isUnformattedLargeNumber: Bool {
        reading == .plain && abs(value ?? 0) >= 10_000 && kind != .percent
    }

    /// The same spelling read the other way: the lone mark of `2.946` or `1,179` as a decimal mark
    /// instead of a thousands mark (three decimals), or back (no decimals).
    public func withAlternativeReading() -> Quantity {
        guard let alternativeValue else { return self }
        let flipped: Reading = reading == .indonesian ? .english : .indonesian
        return Quantity(spelling: spelling, kind: kind, value: alternativeValue, decimals: decimals > 0 ? 0 : 3,
                        reading: flipped, unit: unit, alternativeValue: value)
    }
}
