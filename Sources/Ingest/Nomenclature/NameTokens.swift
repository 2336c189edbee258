/// The content words of a programme, kegiatan or indicator name, for telling names that differ only in
/// wording (spelling variants, acronyms, connecting words, word order) from names that mean something else.
public struct NameTokens: Sendable, Hashable {
    public let words: Set<String>

    public init(_ name: String) {
        self.init(key: PlanName.key(name))
    }

    /// The content words of a name already in `PlanName.key` form.
    init(key: String) {
        let keyWords = PlanName.words(of: key)
        // Room for every word from the start: a set that grows hashes its words again.
        var words = Set<String>(minimumCapacity: keyWords.count)
        var mayHoldPhrase = false
        for word in keyWords {
            switch Self.roles[word] {
            case .connecting?: continue
            case .compoundAcronym(let parts)?: words.formUnion(parts)
            case .phraseWord?:
                mayHoldPhrase = true
                words.insert(word)
            case nil: words.insert(word)
            }
        }
        // Only a name with a word of a phrase can hold the whole phrase.
        if mayHoldPhrase {
            for phrase in Self.acronymPhrases where phrase.words.isSubset(of: words) {
                words.subtract(phrase.words)
                words.insert(phrase.acronym)
            }
        }
        self.words = words
    }

    /// Names at or above this similarity mean the same thing. Against a name of n content words, one extra
    /// word scores 2n/(2n+1) and one substituted word (n-1)/n; so an extra word is tolerated from three words
    /// on (a qualifier such as `Terfasilitasi`), a substituted word only from six words on, where it is a
    /// variant (`Pemerintah` for `Pemerintahan`). Shorter names differing by one word mean different things:
    /// `Persentase koperasi simpan pinjam aktif` vs `… sehat` (0.8), `Persentase koperasi aktif` vs `… sehat` (0.67).
    public static let sameMeaningThreshold = 5.0 / 6.0

    /// The Dice coefficient of the two word sets: 1 for the same words, 0 for none in common.
    public func similarity(to other: NameTokens) -> Double {
        guard !words.isEmpty, !other.words.isEmpty else { return 0 }
        let shared = words.intersection(other.words).count
        return Double(2 * shared) / Double(words.count + other.words.count)
    }

    /// Connecting words that change no meaning in a name (`Pengembangan Sistem Pendukung Usaha bagi…`).
    public static let connectingWords: Set<String> = [
        "dan", "yang", "di", "ke", "dari", "untuk", "pada", "serta", "bagi", "dalam", "atau", "dengan",
        "oleh", "terhadap", "melalui",
    ]

    /// An acronym and the words it stands for count as one word, whichever way a name writes it
    /// (`… Kompetitif UKM` and `… Kompetitif Usaha Kecil Menengah`), so that a short name is not made
    /// similar by the four words of `UMKM` alone. Longest phrase first: `usaha mikro kecil menengah` is UMKM.
    static let acronymPhrases: [(acronym: String, words: Set<String>)] = [
        ("umkm", ["usaha", "mikro", "kecil", "menengah"]),
        ("ukm", ["usaha", "kecil", "menengah"]),
        ("ikm", ["industri", "kecil", "menengah"]),
        ("sdm", ["sumber", "daya", "manusia"]),
        ("asn", ["aparatur", "sipil", "negara"]),
        ("pns", ["pegawai", "negeri", "sipil"]),
    ]

    /// Acronyms that add a word to one of the above: KUMKM is Koperasi and UMKM.
    static let compoundAcronyms: [String: Set<String>] = [
        "kumkm": ["koperasi", "umkm"],
        "kukm": ["koperasi", "ukm"],
    ]

    /// What the words above are to a name, found with one look-up per word of a name.
    private enum Role {
        case connecting
        case compoundAcronym(Set<String>)
        case phraseWord
    }

    // Later roles override earlier ones as the separate tests once ranked them: connecting words first.
    private static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for phrase in acronymPhrases {
            for word in phrase.words { roles[word] = .phraseWord }
        }
        for (acronym, parts) in compoundAcronyms { roles[acronym] = .compoundAcronym(parts) }
        for word in connectingWords { roles[word] = .connecting }
        return roles
    }()
}

/// The comparable form of a plan node's name.
public enum PlanName {
    /// The normalised name (`NameNormalizer`) in standard spelling, without a leading enumeration or code
    /// (`1.`, `a.`, `2.17.07`) and without the level word (`Program`, `Kegiatan`, `Sub Kegiatan`) that some
    /// tables print and others leave to the column header.
    public static func key(_ name: String) -> String {
        let normalized = NameNormalizer.normalize(name)
        var words = normalized.pieces(separatedBy: " ")[...]
        while let first = words.first, words.count > 1, first.count == 1 || first.allSatisfy(\.isNumber) {
            words.removeFirst()
        }
        if words.count > 2, words.first == "sub", words.dropFirst().first == "kegiatan" {
            words.removeFirst(2)
        } else if words.count > 1, let first = words.first, levelWords.contains(first) {
            words.removeFirst()
        }
        // Most names need no respelling: then the key is the normalised text from its first kept word.
        guard words.contains(where: { standardSpelling[$0] != nil }) else {
            return words.first.map { String(normalized[$0.startIndex...]) } ?? ""
        }
        return words.map { standard($0) }.joined(separator: " ")
    }

    /// The words of a key, as `key.pieces(separatedBy: " ")` gives them: in an ASCII key (nearly every one)
    /// each space is a Character of its own, so the key is split on its space bytes without walking Characters.
    static func words(of key: String) -> [String] {
        var key = key
        let asciiWords = key.withUTF8 { bytes -> [String]? in
            var words: [String] = [], start = 0
            for offset in 0...bytes.count {
                if offset < bytes.count, bytes[offset] >= 0x80 { return nil }
                guard offset == bytes.count || bytes[offset] == UInt8(ascii: " ") else { continue }
                if start < offset { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)) }
                start = offset + 1
            }
            return words
        }
        return asciiWords ?? key.pieces(separatedBy: " ").map(String.init)
    }

    /// The key without spaces: a name broken by PDF word breaks (`Pemberday aan`) or written `Kerjasama` for
    /// `Kerja Sama` compares equal in this form.
    public static func compact(_ key: String) -> String {
        guard key.containsByte(where: { $0 == UInt8(ascii: " ") }) else { return key }
        var key = key
        return key.withUTF8 { bytes in
            // Copied byte by byte into the new string: an ASCII space never sits inside a longer character.
            String(unsafeUninitializedCapacity: bytes.count) { compact in
                var count = 0
                for byte in bytes where byte != UInt8(ascii: " ") {
                    compact[count] = byte
                    count += 1
                }
                return count
            }
        }
    }

    /// A normalised word in its standard spelling.
    static func standard<Word: StringProtocol>(_ word: Word) -> String {
        standardSpelling[Substring(word)].map(String.init) ?? String(word)
    }

    static let levelWords: Set<Substring> = ["program", "kegiatan", "subkegiatan"]

    /// Non-standard spellings found in plans (and in the official lists: `Perijinan`), mapped to the
    /// standard (KBBI) form, so that a spelling variant is not a different name.
    static let standardSpelling: [Substring: Substring] = [
        "prosentase": "persentase", "presentase": "persentase", "persentasi": "persentase",
        "ijin": "izin", "perijinan": "perizinan", "propinsi": "provinsi", "kwalitas": "kualitas",
        "aktifitas": "aktivitas", "standarisasi": "standardisasi", "analisa": "analisis",
        "praktek": "praktik", "sistim": "sistem", "mebeluer": "mebel", "subyek": "subjek", "obyek": "objek",
        "resiko": "risiko", "karir": "karier", "efektifitas": "efektivitas", "survey": "survei",
    ]
}
