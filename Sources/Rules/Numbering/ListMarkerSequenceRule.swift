import Ingest

/// Flags enumerated list items whose markers skip or repeat (`1. 2. 4.`, `a. b. b.`). A list ends at a
/// heading or a table; a marker `1`/`a` starts a new list; bullets (`-`, `•`) are not enumerated.
struct ListMarkerSequenceRule: Rule {
    static let description = RuleDescription(
        id: "NUM005",
        family: .numbering,
        severity: .warning,
        title: Localized(id: "Penomoran butir daftar melompat atau berulang",
                         en: "List item numbering skips or repeats"),
        rationale: Localized(
            id: "Butir daftar (1., 2., …; a., b., …) yang melompat atau berulang menandakan butir yang hilang atau tersalin dua kali, misalnya pada daftar program, strategi, atau landasan hukum.",
            en: "List items (1., 2., …; a., b., …) that skip or repeat suggest an item that was lost or copied twice, for instance in lists of programmes, strategies or legal bases."),
        triggering: [
            RuleExample(.bekasi, """
            Program yang dilaksanakan:

            1. Program Penunjang Urusan;
            2. Program Pengawasan Koperasi;
            ↓4. Program Pendidikan Perkoperasian;
            """),
            RuleExample(.depok, """
            Landasan hukum:
            a. Undang-undang Nomor 25 Tahun 1992 tentang Perkoperasian;
            b. Undang-undang Nomor 20 Tahun 2008 tentang UMKM;
            ↓b. Peraturan Pemerintah Nomor 7 Tahun 2021;
            """),
            RuleExample(.semarang, """
            Kegiatan dari program ini adalah :

            - a. Peningkatan Perluasan Jaringan Usaha;
            - b. Fasilitasi Promosi Produk;
            ↓- d. Perluasan Akses Pasar.
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Program yang dilaksanakan:

            1. Program Penunjang Urusan;
            Program ini mendukung seluruh bidang.
            2. Program Pengawasan Koperasi;
            3. Program Pendidikan Perkoperasian;

            Strategi:

            1. Strategi Pengurangan Beban Pengeluaran
            2. Strategi peningkatan pendapatan
            """),
            RuleExample(.semarang, """
            Kegiatan dari program ini adalah :

            - a. Peningkatan Perluasan Jaringan Usaha;
            - b. Fasilitasi Promosi Produk;
            - c. Perluasan Akses Pasar.
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var lastByStyle: [MarkerStyle: (value: Int, item: ListItem)] = [:]
        var findings: [Finding] = []
        for block in document.blocks {
            switch block {
            case .heading, .table:
                lastByStyle.removeAll()
            case .listItem(let item):
                guard let (style, value) = MarkerStyle.parse(item.marker) else { continue }
                defer { lastByStyle[style] = (value, item) }
                guard let previous = lastByStyle[style], value != previous.value + 1, value != 1 else { continue }
                let expected = style.marker(previous.value + 1)
                let message = value == previous.value
                    ? Localized(id: "Butir \(item.marker) berulang (sudah dipakai di baris \(previous.item.lines.first)); seharusnya \(expected).",
                                en: "Item \(item.marker) repeats (already used on line \(previous.item.lines.first)); expected \(expected).")
                    : Localized(id: "Butir \(item.marker) mengikuti \(previous.item.marker) (baris \(previous.item.lines.first)); seharusnya \(expected).",
                                en: "Item \(item.marker) follows \(previous.item.marker) (line \(previous.item.lines.first)); expected \(expected).")
                findings.append(finding(in: document, line: item.lines.first, endLine: item.lines.last, message: message,
                                        expected: expected, found: item.marker,
                                        subject: "\(previous.item.marker)->\(item.marker)|\(NameNormalizer.normalize(item.text).prefix(40))"))
            case .paragraph:
                continue
            }
        }
        return findings
    }
}

/// How a list marker is written: digits or a lower-case letter, closed by `.` or `)`.
struct MarkerStyle: Hashable {
    enum Kind: Hashable { case number, letter }
    var kind: Kind
    var closer: Character
    var opensWithParenthesis: Bool

    /// `3.` → (number, 3); `b)` → (letter, 2); `(c)` → (letter, 3); bullets → nil.
    static func parse(_ marker: String) -> (MarkerStyle, Int)? {
        var body = Substring(marker)
        let opens = body.first == "("
        if opens { body = body.dropFirst() }
        guard let closer = body.last, closer == "." || closer == ")" else { return nil }
        body = body.dropLast()
        if let number = Int(body) { return (MarkerStyle(kind: .number, closer: closer, opensWithParenthesis: opens), number) }
        guard body.count == 1, let scalar = body.unicodeScalars.first, scalar.isASCII, scalar.properties.isLowercase else { return nil }
        return (MarkerStyle(kind: .letter, closer: closer, opensWithParenthesis: opens), Int(scalar.value) - 96)
    }

    func marker(_ value: Int) -> String {
        let body: String
        switch kind {
        case .number: body = String(value)
        case .letter: body = Unicode.Scalar(96 + max(1, min(value, 26))).map { String(Character($0)) } ?? "?"
        }
        return (opensWithParenthesis ? "(" : "") + body + String(closer)
    }
}
