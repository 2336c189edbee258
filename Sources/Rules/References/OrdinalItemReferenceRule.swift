import Ingest

/// Flags a reference by number to an item of a numbered list (`Agenda ke-2 : Menghadirkan kembali
/// negara …`) whose quoted text is, word for word, another item of that list (item 1): the number
/// and the text cannot both be right.
struct OrdinalItemReferenceRule: Rule {
    static let description = RuleDescription(
        id: "REF004",
        family: .references,
        severity: .error,
        title: Localized(id: "Nomor butir yang dirujuk tidak sesuai dengan isinya",
                         en: "A numbered item is cited with another item's text"),
        rationale: Localized(
            id: "Saat teks menyebut \"misi ke-5\" atau \"agenda ke-2\" beserta bunyinya, nomor dan bunyi harus menunjuk butir yang sama dari daftar yang dikutip. Bila bunyinya adalah butir lain, keterkaitan Renstra dengan misi atau agenda yang dirujuk menjadi salah.",
            en: "When the text cites \"misi ke-5\" or \"agenda ke-2\" together with its wording, number and wording must point at the same item of the quoted list. When the wording is another item, the plan is linked to the wrong mission or agenda."),
        triggering: [
            RuleExample(.semarang, """
            Presiden juga menetapkan sembilan agenda prioritas (Nawa Cita) sebagai berikut:

            1. Menghadirkan kembali negara untuk melindungi segenap bangsa dan memberikan rasa aman kepada seluruh warga negara.
            2. Membuat Pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis, dan terpercaya.
            3. Membangun Indonesia dari pinggiran dengan memperkuat daerah-daerah dan desa dalam kerangka negara kesatuan.

            Tiga Nawa Cita menjadi prioritas Kementerian, yaitu:

            - ↓a. **Agenda ke-2 : Menghadirkan kembali negara untuk melindungi segenap bangsa dan memberikan rasa aman kepada seluruh warga negara**
            - b. **Agenda ke-3: Membangun Indonesia dari pinggiran dengan memperkuat daerah-daerah dan desa dalam kerangka negara kesatuan.**
            """),
            RuleExample(.bekasi, """
            Misi Wali Kota Bekasi adalah sebagai berikut:
            1. Mewujudkan tata kelola pemerintahan yang bersih dan melayani.
            2. Meningkatkan kualitas sumber daya manusia yang unggul.
            3. Meningkatkan ekonomi kota yang bertumpu pada perdagangan, jasa dan industri.
            ↓Dinas Koperasi mendukung misi ke-2 yaitu: Meningkatkan ekonomi kota yang bertumpu pada perdagangan, jasa dan industri.
            """),
            RuleExample(.depok, """
            Misi Kota Depok:
            1. Meningkatkan pelayanan publik yang profesional.
            2. Mengembangkan ekonomi yang maju dan berdaya saing.
            3. Membangun infrastruktur yang terintegrasi.
            ↓Dinas Koperasi dan Usaha Mikro mendukung misi ke 3: Mengembangkan ekonomi yang maju dan berdaya saing.
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            Visi tersebut diwujudkan melalui tujuh **Misi Pembangunan** yaitu:

            1. Mewujudkan keamanan nasional yang mampu menjaga kedaulatan wilayah.
            2. Mewujudkan masyarakat maju, berkeadilan, dan demokratis berlandaskan negara hukum.
            3. Mewujudkan bangsa yang berdaya saing.

            Kementerian Koperasi dan UKM melaksanakan **misi ke 3 yaitu: Mewujudkan bangsa yang berdaya saing.**
            """),
            RuleExample(.bekasi, """
            Misi Wali Kota Bekasi adalah sebagai berikut:
            1. Mewujudkan tata kelola pemerintahan yang bersih dan melayani.
            2. Meningkatkan ekonomi kota yang bertumpu pada perdagangan, jasa dan industri.
            Dinas Koperasi mendukung misi ke-2 dan misi ke-1.
            """),
            RuleExample(.depok, """
            Misi Kota Depok:
            1. Meningkatkan pelayanan publik yang profesional.
            2. Mengembangkan ekonomi yang maju dan berdaya saing.
            Dinas Koperasi dan Usaha Mikro mendukung misi ke-2: Mengembangkan ekonomi yang maju dan berdaya saing.
            """),
        ])

    /// How far back (in blocks) the cited list may be.
    private static let reach = 40

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        var lists: [NumberedList] = []
        for (index, block) in document.blocks.enumerated() {
            let text: String
            switch block {
            case .listItem(let item):
                if let number = Int(item.marker.filter(\.isNumber)), item.marker.hasSuffix(".") || item.marker.hasSuffix(")") {
                    if number == 1 || lists.isEmpty || lists[lists.count - 1].nextNumber != number {
                        lists.append(NumberedList())
                    }
                    lists[lists.count - 1].add(number: number, text: item.text, blockIndex: index, line: item.lines.first)
                    continue
                }
                text = item.text
            case .paragraph(let paragraph): text = paragraph.text
            default: continue
            }
            guard let citation = Citation(text) else { continue }
            let recent = lists.reversed().first { index - $0.lastBlock <= Self.reach && $0.items.count >= 2 }
            guard let list = recent, let meant = list.matchingItem(citation.wording), meant != citation.number,
                  list.items[citation.number].map({ !NumberedList.sameWording($0, citation.wording) }) ?? true else { continue }
            findings.append(finding(
                in: document, line: block.lines.first, endLine: block.lines.last,
                message: Localized(
                    id: "Teks menyebut \(citation.noun) ke-\(citation.number), tetapi bunyinya adalah butir \(meant) dari daftar di baris \(list.line(of: meant)).",
                    en: "The text cites \(citation.noun) no. \(citation.number), but its wording is item \(meant) of the list at line \(list.line(of: meant))."),
                expected: "\(citation.noun) ke-\(meant)", found: "\(citation.noun) ke-\(citation.number)",
                subject: "\(citation.noun)|\(citation.number)|\(meant)"))
        }
        return findings
    }

    /// A run of list items numbered 1, 2, 3, … with their wording.
    private struct NumberedList {
        var items: [Int: String] = [:]
        var lines: [Int: Int] = [:]
        var nextNumber = 1
        var lastBlock = 0

        mutating func add(number: Int, text: String, blockIndex: Int, line: Int) {
            items[number] = text
            lines[number] = line
            nextNumber = number + 1
            lastBlock = blockIndex
        }

        func line(of number: Int) -> Int { lines[number] ?? 0 }

        /// The one item whose wording the cited text repeats.
        func matchingItem(_ wording: String) -> Int? {
            let matches = items.filter { Self.sameWording($0.value, wording) }.map(\.key)
            return matches.count == 1 ? matches[0] : nil
        }

        /// Nearly the same words both ways (punctuation and a word or two aside).
        static func sameWording(_ a: String, _ b: String) -> Bool {
            let wordsA = Set(NameNormalizer.normalize(a).pieces(separatedBy: " ")), wordsB = Set(NameNormalizer.normalize(b).pieces(separatedBy: " "))
            guard wordsA.count >= 3, wordsB.count >= 3 else { return false }
            return Double(wordsA.intersection(wordsB).count) / Double(wordsA.union(wordsB).count) >= 0.8
        }
    }

    /// `Agenda ke-2 : Menghadirkan …`, `misi ke 5 yaitu: Mewujudkan …`.
    private struct Citation {
        var noun: String
        var number: Int
        var wording: String

        init?(_ text: String) {
            // The ordinal's number is ASCII digits, and a colon, `yaitu` or `adalah` introduces the wording.
            guard TextScan.hasDigit(text), text.containsByte(where: { $0 == UInt8(ascii: ":") }) || text.containsIgnoringCase("yaitu")
                    || text.containsIgnoringCase("adalah") else { return nil }
            let words = text.blankSeparatedWords().map(String.init)
            guard let at = words.indices.dropFirst().first(where: { Self.ordinal(words, at: $0) != nil }),
                  let (number, next) = Self.ordinal(words, at: at) else { return nil }
            var rest = Array(words[next...])
            while let first = rest.first, [":", "yaitu", "yaitu:", "adalah", "adalah:"].contains(first.lowercased()) { rest.removeFirst() }
            guard rest.count >= 3 else { return nil }
            noun = words[at - 1].filter(\.isLetter).lowercased()
            self.number = number
            wording = rest.joined(separator: " ")
        }

        /// `ke-2`, `ke-6:` or `ke 5` at `index`: the number and the index after it, when it is followed by a colon or `yaitu`.
        static func ordinal(_ words: [String], at index: Int) -> (Int, Int)? {
            // A word that lower-cases to `ke…` opens with `k`, `K` or the non-ASCII Kelvin sign.
            guard let first = words[index].utf8.first, first | 0x20 == UInt8(ascii: "k") || first >= 0x80 else { return nil }
            let word = words[index].lowercased()
            var digits = ""
            var next = index + 1
            if word.hasPrefix("ke-") { digits = String(word.dropFirst(3)) } else if word == "ke", next < words.count {
                digits = words[next]
                next += 1
            } else { return nil }
            let hasColon = digits.hasSuffix(":")
            digits = digits.filter(\.isNumber)
            guard let number = Int(digits), digits.count <= 2 else { return nil }
            let introducesWording = hasColon || (next < words.count && [":", "yaitu", "yaitu:", "adalah", "adalah:"].contains(words[next].lowercased()))
            return introducesWording ? (number, next) : nil
        }
    }
}
