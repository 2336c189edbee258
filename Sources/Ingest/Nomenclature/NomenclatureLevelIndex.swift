import Foundation

/// The entries of one level of one list, found by name: by their key without spaces at once, and by
/// content word once a name is not found that way (the word index is built on that first miss).
final class NomenclatureLevelIndex: @unchecked Sendable {
    // Sendable by hand: `wordIndexCache` is read and filled only while holding `lock`.
    let entries: [NomenclatureEntry]
    /// Entry positions by name key without spaces, so that PDF word breaks (`Pemberday aan`) and
    /// `Kerjasama`/`Kerja Sama` find the entry; variant forms are indexed too.
    private let indexByCompactKey: [String: [Int]]
    private let lock = NSLock()
    private var wordIndexCache: WordIndex?

    /// What the search for a near name needs of every entry.
    private struct WordIndex {
        var positionsByWord: [String: [Int]]
        /// The number of each entry's content words (`NameTokens`).
        var wordCounts: [Int]
        /// Each entry's key without spaces, as bytes, for measuring slips of spelling.
        var compactKeys: [[UInt8]]
        /// Their lengths, to pass over at a glance the entries too long or too short to be a slip.
        var compactLengths: [Int]
    }

    init(entries: [NomenclatureEntry]) {
        self.entries = entries
        var byCompactKey: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            for key in [entry.key] + entry.variantKeys { byCompactKey[PlanName.compact(key), default: []].append(position) }
        }
        indexByCompactKey = byCompactKey
    }

    private var wordIndex: WordIndex {
        lock.withLock {
            if let wordIndexCache { return wordIndexCache }
            var byWord: [String: [Int]] = [:]
            let tokens = entries.map { NameTokens(key: $0.key) }
            for (position, entryTokens) in tokens.enumerated() {
                for word in entryTokens.words { byWord[word, default: []].append(position) }
            }
            let compactKeys = entries.map { Array(PlanName.compact($0.key).utf8) }
            let built = WordIndex(positionsByWord: byWord, wordCounts: tokens.map { $0.words.count },
                                  compactKeys: compactKeys, compactLengths: compactKeys.map { $0.count })
            wordIndexCache = built
            return built
        }
    }

    /// Builds the word index now, if no look-up has (`NomenclatureList.prepareInBackground`).
    func prepareWordIndex() { _ = wordIndex }

    /// The same name; else the closest slip of spelling; else another wording of one entry (`NameTokens`:
    /// nearly the same content words, or a shortened name whose words no other entry shares); else
    /// `.different` with the entry sharing the most words as a hint.
    /// `key`: the name in `PlanName.key` form.
    func match(key: String) -> NameMatch {
        let compact = PlanName.compact(key)
        if let exact = indexByCompactKey[compact], !exact.isEmpty {
            return NameMatch(agreement: .same, entries: exact.map { entries[$0] }, similarity: 1)
        }
        let index = wordIndex
        let tokens = NameTokens(key: key)
        // Content words shared with each entry that shares any, counted through the word index (no more than
        // the entry's own words, so two bytes hold the count), and the entries in the order their words come.
        var sharedCounts = [UInt16](repeating: 0, count: entries.count)
        var candidates: [Int] = []
        for word in tokens.words {
            for position in index.positionsByWord[word] ?? [] {
                if sharedCounts[position] == 0 { candidates.append(position) }
                sharedCounts[position] += 1
            }
        }
        // The Dice coefficient of the content words (`NameTokens.similarity`), from the counts.
        func similarity(_ position: Int) -> Double {
            Double(2 * Int(sharedCounts[position])) / Double(tokens.words.count + index.wordCounts[position])
        }

        let printed = Array(compact.utf8)
        var closest: (distance: Int, positions: [Int])?
        var rows: [Int] = []
        for position in candidates where abs(index.compactLengths[position] - printed.count) <= NameAgreement.maximumSpellingEdits {
            guard let distance = NameAgreement.spellingDistance(printed, index.compactKeys[position], rows: &rows) else { continue }
            if closest == nil || distance < closest!.distance {
                closest = (distance, [position])
            } else if distance == closest!.distance {
                closest!.positions.append(position)
            }
        }
        if var closest {
            // Equally close entries in the list's order. The name is none of theirs (its key without spaces
            // would have found it), so it is a slip of the first one's spelling.
            closest.positions.sort()
            let first = entries[closest.positions[0]]
            return NameMatch(agreement: NameAgreement.spelling(printedKey: key, officialName: first.name, officialKey: first.key),
                             entries: closest.positions.map { entries[$0] }, similarity: similarity(closest.positions[0]))
        }

        var best: (position: Int, similarity: Double)?
        var containing: [Int] = []
        for position in candidates {
            let similarity = similarity(position)
            // The most similar entry, the first in the list among equals.
            if best == nil || similarity > best!.similarity || similarity == best!.similarity && position < best!.position {
                best = (position, similarity)
            }
            if Int(sharedCounts[position]) == tokens.words.count { containing.append(position) }
        }
        guard let best else { return NameMatch(agreement: .different, entries: [], similarity: 0) }
        if best.similarity >= NameTokens.sameMeaningThreshold {
            return NameMatch(agreement: .reworded, entries: [entries[best.position]], similarity: best.similarity)
        }
        // A shortened official name (Bekasi's `Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit
        // Simpan Pinjam`, without `… yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota`) is that entry
        // when its words, enough to name one entry, are found together in no other entry.
        if tokens.words.count >= Self.shortenedNameMinimumWords, containing.count == 1, let only = containing.first {
            return NameMatch(agreement: .reworded, entries: [entries[only]], similarity: similarity(only))
        }
        return NameMatch(agreement: .different, entries: [entries[best.position]], similarity: best.similarity)
    }

    /// Fewer content words than this identify a theme (`Pemberdayaan Usaha Mikro`), not one entry.
    static let shortenedNameMinimumWords = 5
}
