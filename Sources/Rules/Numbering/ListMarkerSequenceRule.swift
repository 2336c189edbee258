import Ingest

/// Flags enumerated list items whose markers skip or repeat (`1. 2. 4.`, `a. b. b.`). A list ends at a
/// heading, a table or a table caption; a marker `1`/`a` starts a new list; bullets (`-`, `•`) are not
/// enumerated. Markers standing after a wide gap in a line of text (a second column, a table cell) keep
/// the count without being judged; a missing item written inline (`… saing. c. Pembangunan`) is not
/// missing. A step is judged only once the next one shows the list is a sequence: a list that goes
/// backwards or steps irregularly twice in a row (two lists read as one, scrambled text) is not judged.
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
        var runs: [MarkerStyle: ListRun] = [:]
        var findings: [Finding] = []
        func end(_ run: ListRun?) {
            for irregularity in run?.findings ?? [] { findings.append(finding(for: irregularity, style: run!.style, in: document)) }
        }
        func endLists() {
            runs.values.forEach(end)
            runs.removeAll()
        }
        func read(_ style: MarkerStyle, _ value: Int, _ item: ListItem?) {
            if value == 1 || runs[style] == nil {
                end(runs[style])
                runs[style] = ListRun(style: style, value: value, item: item)
            } else {
                runs[style]?.read(value, item: item)
            }
        }
        var coveredUpTo = 0
        for block in document.blocks {
            // Lines the reader left out before this block (an HTML table it did not read) end the lists.
            if skipsText(from: coveredUpTo + 1, to: block.lines.first, in: document.source) { endLists() }
            coveredUpTo = max(coveredUpTo, block.lines.last)
            switch block {
            case .heading, .table:
                endLists()
            case .listItem(let item):
                for style in Array(runs.keys) { runs[style]?.append(item.marker + " " + item.text) }
                guard let (style, value) = MarkerStyle.parse(item.marker) else { continue }
                read(style, value, item)
            case .paragraph(let paragraph):
                guard !paragraph.isContentsEntry else { continue }
                // A caption: the table under it ends the lists, read as a table or not.
                if CaptionParser.parse(paragraph.text, line: paragraph.lines.first)?.label != nil {
                    endLists()
                    continue
                }
                if let style = runs.first(where: { InlineMarkers.isOCRLetterL(paragraph.text, after: $0.value.lastValue, style: $0.key) })?.key {
                    read(style, 12, ListItem(marker: style.marker(12), text: String(paragraph.text.dropFirst(3)), lines: paragraph.lines))
                    continue
                }
                if let (style, value) = InlineMarkers.lone(paragraph.text) {
                    read(style, value, nil)
                    continue
                }
                for style in Array(runs.keys) { runs[style]?.append(paragraph.text) }
                for (style, value) in InlineMarkers.afterColumnGaps(in: paragraph.text) { read(style, value, nil) }
            }
        }
        endLists()
        return findings
    }

    /// Whether a line in `first..<next` holds text although no block covers it.
    private func skipsText(from first: Int, to next: Int, in source: SourceText) -> Bool {
        guard first < next else { return false }
        return (first..<next).contains { !source.line($0).allSatisfy(\.isWhitespace) }
    }

    private func finding(for irregularity: ListRun.Irregularity, style: MarkerStyle, in document: RenstraDocument) -> Finding {
        let item = irregularity.item, previous = irregularity.previous
        let expected: String, message: Localized
        switch irregularity.step {
        case .repeated:
            expected = style.marker(irregularity.value + 1)
            message = Localized(id: "Butir \(item.marker) berulang (sudah dipakai di baris \(previous.lines.first)); seharusnya \(expected).",
                                en: "Item \(item.marker) repeats (already used on line \(previous.lines.first)); expected \(expected).")
        case .skip(let next):
            expected = style.marker(next)
            message = Localized(id: "Butir \(item.marker) mengikuti \(previous.marker) (baris \(previous.lines.first)); seharusnya \(expected).",
                                en: "Item \(item.marker) follows \(previous.marker) (line \(previous.lines.first)); expected \(expected).")
        }
        return self.finding(in: document, line: item.lines.first, endLine: item.lines.last, message: message,
                            expected: expected, found: item.marker,
                            subject: "\(previous.marker)->\(item.marker)|\(NameNormalizer.normalize(item.text).prefix(40))")
    }
}
