import Foundation
import Rules

/// The rules as people read them: the `rules` list, `explain`, and the Markdown page docs/rules.md,
/// all rendered from the rules' own descriptions.
struct RuleCatalog {
    var rules: [any Rule]
    var language: Language

    var descriptions: [RuleDescription] { rules.map { type(of: $0).description } }

    /// The rule's type name without the `Rule` suffix (`ChildBudgetSum`): a stable, readable name.
    static func name(of rule: any Rule) -> String {
        let typeName = String(describing: type(of: rule))
        return typeName.hasSuffix("Rule") ? String(typeName.dropLast(4)) : typeName
    }

    func list() -> String {
        guard !rules.isEmpty else { return language.say("Belum ada aturan terdaftar.\n", "No rules registered yet.\n") }
        let header = [language.say("KODE", "ID"), language.say("RUMPUN", "FAMILY"), language.say("TINGKAT", "SEVERITY"),
                      language.say("JUDUL", "TITLE")]
        let rows = [header] + descriptions.map { [$0.id, $0.family.rawValue, $0.severity.label.text(language), $0.title.text(language)] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max()! }
        var output = rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + "  " + row[3]
        }.joined(separator: "\n")
        output += "\n\n" + language.say("\(rules.count) aturan. Penjelasan satu aturan: renstra-lint explain KODE\n",
                                        "\(rules.count) rules. To explain one: renstra-lint explain ID\n")
        return output
    }

    func explain(_ description: RuleDescription) -> String {
        var output = "\(description.id) — \(description.title.text(language))\n"
        output += language.say("Rumpun", "Family") + ": \(description.family.title.text(language)) (\(description.family.rawValue))\n"
        output += language.say("Tingkat bawaan", "Default severity")
            + ": \(description.severity.label.text(language)) (\(description.severity.rawValue))\n\n"
        output += description.rationale.text(language) + "\n"
        for (title, examples) in exampleGroups(description) where !examples.isEmpty {
            output += "\n" + title + ":\n"
            for example in examples {
                for (index, part) in ([example] + example.companions).enumerated() {
                    output += "  " + (index == 0 ? "" : language.say("bersama ", "with ")) + "[\(part.layout.rawValue)]\n"
                    let lines = part.text.pieces(separatedBy: "\n", omittingEmptySubsequences: false)
                    output += lines.map { "    " + $0 }.joined(separator: "\n") + "\n"
                }
            }
        }
        return output
    }

    func markdown() -> String {
        var output = "# " + language.say("Aturan renstra-lint", "renstra-lint rules") + "\n\n"
        output += language.say(
            "<!-- Dibuat dari definisi aturan dengan `renstra-lint rules --format markdown`; jangan disunting manual. -->\n\n",
            "<!-- Generated from the rule definitions by `renstra-lint rules --format markdown --lang en`; do not edit by hand. -->\n\n")
        guard !rules.isEmpty else { return output + language.say("Belum ada aturan terdaftar.\n", "No rules registered yet.\n") }
        output += language.say("\(rules.count) aturan. ", "\(rules.count) rules. ")
        output += language.say("Matikan atau ubah tingkatnya di `.renstra-lint.json` (lihat README).\n\n",
                               "Disable them or change their severity in `.renstra-lint.json` (see the README).\n\n")
        output += "| " + language.say("Kode | Rumpun | Tingkat | Judul", "ID | Family | Severity | Title") + " |\n|---|---|---|---|\n"
        for description in descriptions {
            output += "| [\(description.id)](#\(description.id.lowercased())) | \(description.family.rawValue) | "
                + "\(description.severity.label.text(language)) | \(Self.tableCell(description.title.text(language))) |\n"
        }
        for family in RuleFamily.allCases {
            let members = descriptions.filter { $0.family == family }
            guard !members.isEmpty else { continue }
            output += "\n## \(family.title.text(language)) (`\(family.rawValue)`)\n"
            for description in members { output += "\n" + markdownSection(description) }
        }
        return output
    }

    /// One rule's Markdown: shared by docs/rules.md and the SARIF rule help.
    func markdownSection(_ description: RuleDescription) -> String {
        var output = "### \(description.id)\n\n**\(description.title.text(language))**\n\n"
        output += "- " + language.say("Rumpun", "Family") + ": \(description.family.title.text(language)) (`\(description.family.rawValue)`)\n"
        output += "- " + language.say("Tingkat bawaan", "Default severity")
            + ": \(description.severity.label.text(language)) (`\(description.severity.rawValue)`)\n\n"
        output += description.rationale.text(language) + "\n"
        for (title, examples) in exampleGroups(description) where !examples.isEmpty {
            output += "\n**\(title)**\n"
            for example in examples {
                for (index, part) in ([example] + example.companions).enumerated() {
                    let fence = Self.fence(for: part.text)
                    let intro = index == 0 ? language.say("Tata letak", "Layout") : language.say("Bersama dokumen bertata letak", "With a document of layout")
                    output += "\n" + intro + " `\(part.layout.rawValue)`:\n\n"
                    output += "\(fence)text\n\(part.text)\n\(fence)\n"
                }
            }
        }
        return output
    }

    private func exampleGroups(_ description: RuleDescription) -> [(String, [RuleExample])] {
        [(language.say("Contoh yang memicu temuan (↓ menandai baris temuan)", "Triggering examples (↓ marks the finding's line)"),
          description.triggering),
         (language.say("Contoh yang tidak memicu temuan", "Non-triggering examples"), description.nonTriggering)]
    }

    /// A code fence longer than any run of backticks inside the example.
    private static func fence(for text: String) -> String {
        var longest = 0, current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    private static func tableCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
