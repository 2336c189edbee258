import Ingest

/// Flags a sentence that refers to a numbered table or figure (`dapat dilihat pada Tabel 6.1`,
/// `sesuai tabel TC. 24`) when no caption in the document carries that number. When an unnumbered
/// table follows the sentence, the finding says so: it is probably the table meant, left without a number.
struct MissingReferenceTargetRule: Rule {
    static let description = RuleDescription(
        id: "REF001",
        family: .references,
        severity: .warning,
        title: Localized(id: "Rujukan ke tabel atau gambar yang tidak ada",
                         en: "Reference to a table or figure that does not exist"),
        rationale: Localized(
            id: "Pembaca dan reviu APIP mengikuti rujukan di teks untuk menemukan data pendukung. Rujukan ke nomor tabel atau gambar yang tidak dimiliki judul mana pun membuat data itu tidak dapat ditemukan, biasanya karena penomoran berubah atau judul tabel tidak diberi nomor.",
            en: "Readers and APIP reviewers follow references in the text to find the supporting data. A reference to a table or figure number that no caption carries leaves that data unfindable, usually because the numbering changed or the table's caption has no number."),
        triggering: [
            RuleExample(.bekasi, """
            ↓Rincian program disajikan dalam tabel 4.3 berikut:

            Tabel 4.2 Rencana Program

            NO\tPROGRAM\tPAGU
            1\tProgram Penunjang\t8.998.000
            """),
            RuleExample(.depok, """
            2.3.2 Anggaran dan Realisasi Pendanaan Pelayanan
            ↓Anggaran dan Realisasi Pendanaan Pelayanan selama kurun waktu Tahun 2016–2020 dapat digambarkan sesuai tabel TC. 24

            Tabel T-C.23.
            Pencapaian Kinerja Pelayanan
            """),
            RuleExample(.semarang, """
            ↓Untuk selanjutnya dapat dilihat pada Tabel 6.1 sebagai berikut :

            **BELANJA TIDAK LANGSUNG**

            Kode\tUraian\tJumlah
            1\tBelanja Pegawai\t5.604.112.361

            ↓Struktur organisasi dapat dilihat pada Gambar 2.1 berikut.
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Agar tujuan dan sasaran dapat terukur maka ditetapkan indikator sebagaimana tabel 3.1. berikut:

            Tabel 3.1 Tujuan dan Sasaran

            INDIKATOR\tTARGET
            Persentase Koperasi\t20

            Berikut digambarkan alur kinerja yang menghubungkan visi, misi, tujuan, dan sasaran.

            Gambar 3.2.

            Alur kinerja pada Gambar 3.2 disusun sesuai format Tabel T-C.27 Permendagri 86 Tahun 2017.
            """),
            RuleExample(.depok, """
            Anggaran dan Realisasi Pendanaan Pelayanan dapat digambarkan sesuai tabel T-C.24 berikut.

            Tabel T-C.24.
            Anggaran dan Realisasi Pendanaan Pelayanan
            """),
            RuleExample(.semarang, """
            Indikator kinerja dapat dilihat pada Tabel 7.1 sebagai berikut:

            **Tabel 7.1**
            **INDIKATOR KINERJA PERANGKAT DAERAH**

            No\tIndikator\tSatuan\t2017
            1\tPersentase koperasi aktif\t%\t79
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let listedLines = Set(document.tableList.map(\.line))
        // Each caption's key with its label as written, for naming similar labels.
        var captions: [LabelKey: String] = [:]
        // Tables the ingester named from a reference or the column layout, with no caption in the text.
        var uncaptioned: [LabelKey: Int] = [:]
        var references: [(mention: LabelMention, blockIndex: Int, line: Int)] = []

        for table in document.tables {
            guard let caption = table.caption, let label = caption.label, !caption.numberParts.isEmpty else { continue }
            let key = LabelKey(kind: .table, key: LabelMention.key(label.dropFirstWord()))
            if Self.isWritten(caption, in: document) {
                captions[key] = label
                for alias in LabelMentions.captionLabels(in: Self.withoutLeadingMarks(document.source.line(caption.lines.first))).dropFirst() {
                    captions[LabelKey(kind: alias.kind, key: alias.key), default: alias.display(.id)] = alias.display(.id)
                }
            } else if uncaptioned[key] == nil {
                uncaptioned[key] = table.lines.first
            }
        }
        for (index, block) in document.blocks.enumerated() {
            guard let text = Self.prose(of: block), LabelMentions.mayMention(text), !listedLines.contains(block.lines.first) else { continue }
            let plain = Self.withoutLeadingMarks(text)
            let mentions = LabelMentions.find(in: plain)
            guard !mentions.isEmpty, !ProseReader.isContentsEntry(document.source.line(block.lines.first)) else { continue }
            let captionLabels = LabelMentions.captionLabels(in: plain)
            for caption in captionLabels {
                let key = LabelKey(kind: caption.kind, key: caption.key)
                if captions[key] == nil { captions[key] = caption.display(.id) }
            }
            let opening = captionLabels.filter { label in mentions.contains { $0.offset == label.offset } }.count
            for mention in mentions.dropFirst(opening) where !Self.belongsToAnotherDocument(mention) {
                references.append((mention, index, block.lines.first))
            }
        }

        var reported = Set<String>()
        return references.compactMap { mention, blockIndex, line -> Finding? in
            let key = LabelKey(kind: mention.kind, key: mention.key)
            guard captions[key] == nil, reported.insert("\(line)|\(key)").inserted else { return nil }
            let similar = captions.filter { $0.key.kind == key.kind && $0.key.isSimilar(to: key) }
                .sorted { $0.key.key < $1.key.key }.map(\.value)
            let candidate = mention.kind == .table
                ? uncaptioned[key] ?? Self.unnumberedTableLine(after: blockIndex, in: document) : nil
            let otherKind: LabelMention.Kind = mention.kind == .table ? .figure : .table
            let sameNumberOtherKind = captions[LabelKey(kind: otherKind, key: key.key)]
            return finding(in: document, line: line, table: nil,
                           message: message(for: mention, similar: similar, candidateLine: candidate, otherKind: sameNumberOtherKind),
                           expected: mention.display(.id),
                           found: candidate.map { "tabel tanpa judul bernomor (baris \($0))" } ?? (similar.isEmpty ? "-" : similar.joined(separator: ", ")),
                           subject: "\(mention.kind.rawValue)|\(mention.key)")
        }
    }

    private func message(for mention: LabelMention, similar: [String], candidateLine: Int?, otherKind: String?) -> Localized {
        var id = "Teks merujuk ke \(mention.display(.id)), tetapi tidak ada judul \(mention.kind.rawValue) dengan nomor itu di dokumen."
        var en = "The text refers to \(mention.display(.en)), but no \(mention.kind == .table ? "table" : "figure") caption in the document carries that number."
        if let otherKind {
            id += " Yang ada \(otherKind): jenis rujukan atau judulnya perlu disamakan."
            en += " There is \(otherKind): the reference or the caption needs to say the same kind."
        } else if let candidateLine {
            id += " Tabel tanpa judul bernomor di baris \(candidateLine) tampaknya yang dimaksud: beri nomor pada judulnya."
            en += " The table without a numbered caption at line \(candidateLine) appears to be the one meant: number its caption."
        } else if !similar.isEmpty {
            id += " Nomor yang ada: \(similar.joined(separator: ", "))."
            en += " Existing labels: \(similar.joined(separator: ", "))."
        }
        return Localized(id: id, en: en)
    }

    /// The caption is written in the text: one of its lines opens with its label. An ingester may name a
    /// table from the sentence that refers to it, or from its layout; such a label is not a caption.
    private static func isWritten(_ caption: TableCaption, in document: RenstraDocument) -> Bool {
        (caption.lines.first...caption.lines.last).contains { line in
            CaptionParser.parse(document.source.line(line), line: line)?.label?.lowercased() == caption.label?.lowercased()
        }
    }

    private struct LabelKey: Hashable {
        var kind: LabelMention.Kind
        var key: String

        /// Same code prefix (`tc.23` for `tc.24`) or same chapter number (`6.2` for `6.1`).
        func isSimilar(to other: LabelKey) -> Bool {
            let mine = key.pieces(separatedBy: "."), theirs = other.key.pieces(separatedBy: ".")
            guard mine.count > 1, theirs.count > 1 else { return false }
            return mine.first == theirs.first
        }
    }

    /// The text of a block that may refer to a table; the entries of a contents list only repeat captions.
    private static func prose(of block: Block) -> String? {
        switch block {
        case .paragraph(let paragraph): return paragraph.isContentsEntry ? nil : paragraph.text
        case .listItem(let item): return item.text
        case .heading(let heading): return heading.title
        case .table: return nil
        }
    }

    /// `[image: ]Gambar 2.2. …` and `- Tabel 3.1` open with the label just as a caption does.
    private static func withoutLeadingMarks(_ text: String) -> String {
        var rest = Substring(text)
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") { rest = rest[rest.index(after: close)...] }
        return String(rest.drop { !$0.isLetter && !$0.isNumber })
    }

    /// `Tabel T-C.27 Permendagri 86 Tahun 2017` names a table of a regulation, not of this document.
    private static func belongsToAnotherDocument(_ mention: LabelMention) -> Bool {
        let following = " " + NameNormalizer.normalize(mention.followingText) + " "
        let others = [" permendagri ", " kepmendagri ", " inmendagri ", " peraturan ", " rpjmd ", " lampiran ", " perpres ",
                      " undang ", " uu ", " perda ", " pergub ", " perwal ", " perbup ", " keputusan ", " kepmen ", " permen "]
        return others.contains { following.prefix(40).containsLiteral($0) }
    }

    /// The first table without a numbered caption after the referring sentence, before the next heading.
    private static func unnumberedTableLine(after blockIndex: Int, in document: RenstraDocument) -> Int? {
        for block in document.blocks.dropFirst(blockIndex + 1).prefix(12) {
            switch block {
            case .heading:
                return nil
            case .table(let table):
                return table.caption.map { $0.label == nil || !isWritten($0, in: document) } ?? true ? table.lines.first : nil
            case .paragraph(let paragraph):
                if let caption = CaptionParser.parse(paragraph.text, line: paragraph.lines.first) {
                    return caption.label == nil ? paragraph.lines.first : nil
                }
            case .listItem:
                continue
            }
        }
        return nil
    }
}

private extension String {
    /// `Tabel 4.2` → `4.2`.
    func dropFirstWord() -> String {
        guard let space = firstIndex(of: " ") else { return self }
        return String(self[index(after: space)...])
    }
}
