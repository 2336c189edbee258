import Foundation
import Ingest
import Rules

/// `--select` and `--ignore` of one run, over what the configuration leaves active: with `--select`, exactly
/// the rules it names run (even those the configuration disables), less those `--ignore` names.
public struct RuleSelection: Equatable, Sendable {
    public var selected: [RuleSelector]?
    public var ignored: [RuleSelector] = []

    public init(selected: [RuleSelector]? = nil, ignored: [RuleSelector] = []) {
        self.selected = selected
        self.ignored = ignored
    }

    func isActive(_ description: RuleDescription, configured: Bool) -> Bool {
        let chosen = selected.map { $0.contains { $0.matches(description) } } ?? configured
        return chosen && !ignored.contains { $0.matches(description) }
    }

    /// Reads the comma-separated words of `--select` or `--ignore` (`TOT,DUP001,values`): a family name, a
    /// rule identifier, or the start of identifiers (`TOT`, `TOT00`), as ruff reads its codes.
    public static func selectors(_ list: String, option: String, knownRules: [RuleDescription]) throws -> [RuleSelector] {
        let words = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !words.isEmpty else {
            throw UsageError(id: "\(option) memerlukan kode aturan atau nama rumpun, mis. TOT003,duplicates",
                             en: "\(option) needs rule ids or family names, e.g. TOT003,duplicates")
        }
        return try words.map { word in
            if let selector = RuleSelector.named(word, knownRules: knownRules) { return selector }
            let prefix = word.uppercased()
            if knownRules.contains(where: { $0.id.hasPrefix(prefix) }) { return .prefix(prefix) }
            let families = RuleFamily.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(id: "\(option): aturan atau rumpun tidak dikenal \"\(word)\" (rumpun: \(families); aturan: 'renstra-lint rules')",
                             en: "\(option): unknown rule or family \"\(word)\" (families: \(families); rules: 'renstra-lint rules')")
        }
    }
}
