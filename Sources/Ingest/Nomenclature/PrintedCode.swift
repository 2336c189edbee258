/// A nomenclature code as a plan prints it: `2.17.02.2.01.0001`, `2.17.02.2.01.01` (sub kegiatan in two
/// digits), `1.2.11.1.2.11.01.18.016` (Permendagri 13/2006 with the organisation's code in front), the
/// same with spaces instead of dots (`2 17 02 2 01 0001`), or a local short form (`01 01 06`).
public struct PrintedCode: Sendable, Hashable {
    /// The code's parts in print order, separators dropped.
    public let parts: [String]
    /// The Permendagri 90/2019-generation reading of the code's last parts, when they fit that pattern
    /// (whatever stands before them, such as an organisation code, is ignored).
    public let official: OfficialCode?

    /// Nil when the text holds anything but digit groups (or `X` placeholders) between separators.
    public init?(_ text: String) {
        var parts: [String] = []
        var current = ""
        for character in text {
            if character.isASCII && (character.isNumber || character == "X" || character == "x") {
                current.append(character == "x" ? "X" : character)
            } else if character.isLetter || character.isNumber {
                return nil
            } else if !current.isEmpty {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        guard !parts.isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isNumber) || $0.allSatisfy { $0 == "X" } }) else { return nil }
        self.parts = parts
        self.official = OfficialCode(lastPartsOf: parts)
    }

    /// Whether the code cannot be a plain row number (`1`, `1.1`, `2.3.1`): an official code of a programme
    /// or below, or four parts or more (a Permendagri 13/2006 code with the organisation's code in front).
    public var isNomenclatureCode: Bool { (official.map { $0.parts.count >= 3 } ?? false) || parts.count >= 4 }

    /// The code with dots, in the official form when it has one (sub kegiatan in four digits).
    public var text: String { official?.text ?? parts.joined(separator: ".") }

    /// Whether this code continues `parent`'s (a sub kegiatan's code starts with its kegiatan's, a kegiatan's
    /// with its programme's, `X` matching any digit); nil when the two are printed in styles that cannot be
    /// compared (one official, the other not).
    public func extends(_ parent: PrintedCode) -> Bool? {
        switch (official, parent.official) {
        case let (child?, parent?):
            return Self.startsWith(child.parts, parent.parts)
        case (nil, nil):
            return Self.startsWith(parts, parent.parts)
        default:
            return nil
        }
    }

    private static func startsWith(_ child: [String], _ parent: [String]) -> Bool {
        guard child.count > parent.count else { return false }
        return zip(child, parent).allSatisfy { childPart, parentPart in
            childPart == parentPart || childPart.allSatisfy { $0 == "X" } || parentPart.allSatisfy { $0 == "X" }
        }
    }
}

/// A code of the Permendagri 90/2019 generation: urusan, bidang, programme, kewenangan, kegiatan and
/// sub kegiatan (`2.17.02.2.01.0001`).
public struct OfficialCode: Sendable, Hashable {
    /// urusan, bidang, then as far as the code goes: programme, kewenangan, kegiatan, sub kegiatan (in four digits).
    public let parts: [String]

    /// Reads the last six, five, three or two parts, longest first: sub kegiatan, kegiatan, programme, bidang
    /// (a bidang only when nothing stands before it, since two digit groups alone say little).
    init?(lastPartsOf parts: [String]) {
        for count in [6, 5, 3, 2] where parts.count >= count && (count > 2 || parts.count == 2) {
            let tail = Array(parts.suffix(count))
            if Self.fits(tail) {
                self.parts = count == 6 ? tail.dropLast() + [String(repeating: "0", count: 4 - tail[5].count) + tail[5]] : tail
                return
            }
        }
        return nil
    }

    /// Digits per part: urusan 1 (or `X`), bidang 2 (or `XX`), programme 2, kewenangan 1, kegiatan 2,
    /// sub kegiatan 2 to 4 (printed in two digits under 050-3708/2020 and in four since 050-5889/2021).
    private static func fits(_ parts: [String]) -> Bool {
        let widths: [ClosedRange<Int>] = [1...1, 2...2, 2...2, 1...1, 2...2, 2...4]
        for (index, part) in parts.enumerated() {
            guard widths[index].contains(part.count) else { return false }
            let placeholderAllowed = index < 2
            guard part.allSatisfy(\.isNumber) || (placeholderAllowed && part.allSatisfy { $0 == "X" }) else { return false }
        }
        return true
    }

    public var level: PlanLevel {
        switch parts.count {
        case 2: return .bidangUrusan
        case 3: return .program
        case 5: return .kegiatan
        default: return .subKegiatan
        }
    }

    public var text: String { parts.joined(separator: ".") }

    /// `2.17`, or nil when printed as the placeholder `X.XX`.
    public var bidangCode: String? {
        parts[0].allSatisfy(\.isNumber) && parts[1].allSatisfy(\.isNumber) ? parts[0] + "." + parts[1] : nil
    }

    /// The kewenangan digit of a kegiatan or sub kegiatan code: 1 provinsi, 2 kabupaten/kota (later lists add
    /// others, such as 5 for the Daerah Istimewa Yogyakarta's own affairs).
    public var kewenangan: Int? { parts.count > 3 ? Int(parts[3]) : nil }

    /// Programme `01` of every bidang is the support programme, listed once as `X.XX.01`.
    public var isSupportProgramme: Bool { parts.count > 2 && parts[2] == "01" }

    /// The code as the official list writes it: the support programme under `X.XX`.
    public var listCode: String {
        isSupportProgramme ? (["X", "XX"] + parts.dropFirst(2)).joined(separator: ".") : text
    }
}
