import Ingest
import Rules

/// How the reports name the places a finding cites.
enum EvidenceWording {
    static func role(_ role: Evidence.Role, language: Language) -> String {
        switch role {
        case .wrong: return language.say("sel yang salah", "wrong cell")
        case .operand: return language.say("dasar hitungan", "computed from")
        case .related: return language.say("tempat terkait", "related place")
        }
    }

    /// `dasar hitungan: Tabel 4.2, kolom "2025 / Rp", 8.998.000`: what and where the place is.
    static func describe(_ evidence: Evidence, language: Language) -> String {
        var parts: [String] = []
        if let table = evidence.table { parts.append(table) }
        if let header = evidence.header, !header.isEmpty {
            parts.append(language.say("kolom", "column") + " \"\(header)\"")
        } else if let column = evidence.column {
            parts.append(language.say("kolom ke-\(column + 1)", "column \(column + 1)"))
        }
        if let value = evidence.value { parts.append(value) }
        let place = parts.isEmpty ? language.lineRange(evidence.line, evidence.endLine) : parts.joined(separator: ", ")
        return role(evidence.role, language: language) + ": " + place
    }

    /// `957, 960–962`: lines in ascending order, runs of consecutive lines as ranges; at most `limit`
    /// entries, then `…`.
    static func lineList(_ lines: [Int], limit: Int = 12) -> String {
        var runs: [ClosedRange<Int>] = []
        for line in lines {
            if let last = runs.last, last.upperBound + 1 == line {
                runs[runs.count - 1] = last.lowerBound...line
            } else if runs.last?.contains(line) != true {
                runs.append(line...line)
            }
        }
        let shown = runs.prefix(limit).map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
        return shown.joined(separator: ", ") + (runs.count > limit ? ", …" : "")
    }
}
