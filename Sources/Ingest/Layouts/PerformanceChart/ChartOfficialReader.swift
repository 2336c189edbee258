/// Reads who the chart's boxes belong to: the positions printed in capitals (`KEPALA SUB BAGIAN
/// KEUANGAN`, `ANALIS KEBIJAKAN AHLI MUDA`, several on one line or glued: `AHLI MUDAANALIS KOPERASI`),
/// the page titles (`INDIKATOR KERJA INDIVIDU BIDANG PADA DINAS …`) and the officials who sign with
/// their NIP.
struct ChartOfficialReader {
    let source: SourceText
    let labelLines: Set<Int>

    struct Officials {
        var positions: [ChartPosition] = []
        var titles: [ChartPosition] = []
        var signatories: [Official] = []
        /// Lines that hold positions, titles or signatures: not box text.
        var lines: Set<Int> = []
    }

    /// The first words of a position title.
    static let positionHeads: Set<String> = [
        "KEPALA", "SEKRETARIS", "ANALIS", "PENGELOLA", "PENGADMINISTRASI", "PENYUSUN", "PENGAWAS", "ARSIPARIS",
        "BENDAHARA", "PELAKSANA", "PRANATA", "PENATA", "STAF", "CAMAT", "LURAH", "KASUBAG", "KASUBBAG", "KABID",
        "KASI", "KASIE", "KADIS", "SEKDIS", "AUDITOR", "PERENCANA", "PENYULUH", "PENGEMBANG", "PENELAAH",
        "FUNGSIONAL", "WAKIL", "DIREKTUR", "INSPEKTUR", "ASISTEN", "OPERATOR", "TEKNISI", "VERIFIKATOR", "PENGOLAH",
        "PENGANALISIS", "PENGEVALUASI", "PENGURUS", "KOORDINATOR", "PEJABAT",
    ]

    /// How page titles begin, or a word only they hold.
    static let titleOpenings = ["POHON KINERJA", "CASCADING", "INDIKATOR KERJA", "INDIKATOR KINERJA", "PETA KINERJA"]

    func read() -> Officials {
        var officials = Officials()
        readSignatures(into: &officials)
        // What the last non-blank, non-label line was: a position or title continues on the lines below it.
        var previous: ChartPosition.Kind = .text
        for (offset, text) in source.lines.enumerated() {
            let line = offset + 1
            let trimmed = text.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if labelLines.contains(line) || officials.lines.contains(line) { previous = .text; continue }
            guard let capitals = Self.capitalsOnly(trimmed) else { previous = .text; continue }
            let words = capitals.words
            if Self.titleOpenings.contains(where: { capitals.text.hasPrefix($0) }) || words.contains("INDIVIDU") {
                officials.titles.append(ChartPosition(title: trimmed, lines: LineSpan(line)))
                previous = .title
            } else if let first = words.first, Self.positionHeads.contains(Self.splitGlued(first).first ?? first) {
                officials.positions += Self.positions(in: words, line: line, continuing: nil)
                previous = .position
            } else if previous == .position, let last = officials.positions.popLast() {
                officials.positions += Self.positions(in: words, line: line, continuing: last)
            } else if previous == .title, let last = officials.titles.popLast(), last.lines.last == line - 1 {
                officials.titles.append(ChartPosition(title: last.title + " " + trimmed, lines: LineSpan(last.lines.first, line)))
            } else {
                previous = .text
                continue
            }
            officials.lines.insert(line)
        }
        return officials
    }

    /// Each `NIP.` line with the name printed above it and the title block above the name.
    private func readSignatures(into officials: inout Officials) {
        for (offset, text) in source.lines.enumerated() {
            let start = text.utf8.drop(while: ByteText.isWhitespace).prefix(3).map { $0 & 0xDF }
            guard start.elementsEqual("NIP".utf8) else { continue }
            let trimmed = text.trimmingWhitespace()
            guard trimmed.contains(where: \.isNumber) else { continue }
            let nip = String(trimmed.drop { !$0.isNumber }).trimmingWhitespace()
            guard let nameLine = previousNonBlank(before: offset + 1) else { continue }
            let name = source.line(nameLine).trimmingWhitespace()
            guard name.contains(where: \.isLowercase) else { continue }
            officials.signatories.append(Official(name: name, nip: nip, position: titleBlock(above: nameLine), line: nameLine))
            officials.lines.formUnion([offset + 1, nameLine])
        }
    }

    private func previousNonBlank(before line: Int) -> Int? {
        var candidate = line - 1
        while candidate >= 1, source.line(candidate).allSatisfy(\.isWhitespace) { candidate -= 1 }
        return candidate >= 1 ? candidate : nil
    }

    /// The title block printed above an official's name (`Plt. KEPALA DINAS KOPERASI` / `USAHA KECIL
    /// DAN MENENGAH` / `KOTA BEKASI`), joined; the blank lines right above the name are skipped.
    func titleBlock(above nameLine: Int) -> String? {
        var line = nameLine - 1
        while line >= 1 && source.line(line).allSatisfy(\.isWhitespace) { line -= 1 }
        var parts: [String] = []
        while line >= 1, case let text = source.line(line).trimmingWhitespace(), !text.isEmpty, parts.count < 4 {
            parts.insert(text, at: 0)
            line -= 1
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The words of a line written in capitals (an acting official's `Plt.`/`Plh.` allowed before them);
    /// nil for a line with small letters.
    static func capitalsOnly(_ text: String) -> (text: String, words: [String])? {
        var body = Substring(text)
        for prefix in ["Plt.", "Plh.", "PLT.", "PLH."] where body.hasPrefix(prefix) { body = body.dropFirst(prefix.count) }
        // A small ASCII letter is a small letter: most lines of running text stop here, on bytes.
        guard !body.utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return nil }
        guard body.contains(where: \.isLetter), !body.contains(where: \.isLowercase) else { return nil }
        let words = body.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return (String(body).trimmingWhitespace(), words)
    }

    /// The positions of a line: a new one starts at every head word, also where the export glued it to
    /// the word before (`MUDAANALIS`); words before the first head continue `continuing`.
    static func positions(in words: [String], line: Int, continuing: ChartPosition?) -> [ChartPosition] {
        var segments: [[String]] = []
        for word in words.flatMap(splitGlued) {
            if segments.isEmpty || positionHeads.contains(word) { segments.append([word]) } else { segments[segments.count - 1].append(word) }
        }
        var positions = segments.map { ChartPosition(title: $0.joined(separator: " "), lines: LineSpan(line)) }
        if let continuing {
            if let first = segments.first, !positionHeads.contains(first[0]) {
                positions[0] = ChartPosition(title: continuing.title + " " + positions[0].title, lines: LineSpan(continuing.lines.first, line))
            } else {
                positions.insert(continuing, at: 0)
            }
        }
        return positions
    }

    /// `MUDAANALIS` → `MUDA`, `ANALIS`: a word ending in a head word, glued by the export.
    static func splitGlued(_ word: String) -> [String] {
        guard !positionHeads.contains(word) else { return [word] }
        for head in positionHeads where head.count >= 5 && word.count >= head.count + 3 && word.hasSuffix(head) {
            return [String(word.dropLast(head.count)), head]
        }
        return [word]
    }
}

extension ChartPosition {
    enum Kind { case text, position, title }
}
