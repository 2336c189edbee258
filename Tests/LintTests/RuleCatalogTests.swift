import Foundation
import Testing
@testable import Lint
@testable import LintKit
import Ingest
import Rules
import TestSupport

@Suite struct RuleCatalogTests {
    @Test(arguments: [(Language.id, "docs/rules.md"), (Language.en, "docs/rules.en.md")])
    func ruleDocumentationIsUpToDate(language: Language, file: String) throws {
        let onDisk = try String(contentsOfFile: Corpus.root + "/" + file, encoding: .utf8)
        let generated = RuleCatalog(rules: RuleRegistry.all, language: language).markdown()
        #expect(onDisk == generated, "\(file) is stale: run scripts/generate-rule-docs.sh")
    }

    @Test func listShowsEveryRuleWithFamilySeverityAndTitle() {
        let list = RuleCatalog(rules: testRules, language: .id).list()
        #expect(list.containsLiteral("TST001  totals  galat       Jumlah baris ≠ jumlah rinciannya\n"))
        #expect(list.containsLiteral("TST002  values  peringatan  Sel kosong di tengah baris\n"))
        #expect(list.hasSuffix("2 aturan. Penjelasan satu aturan: renstra-lint explain KODE\n"))
        #expect(RuleCatalog(rules: testRules, language: .en).list().containsLiteral("TST002  values  warning   Empty cell inside a row\n"))
    }

    @Test func explainGivesRationaleAndBothKindsOfExamples() {
        let text = RuleCatalog(rules: testRules, language: .en).explain(RowTotalTestRule.description)
        #expect(text == """
            TST001 — Row total differs from the sum of its parts
            Family: Totals (totals)
            Default severity: error (error)

            The JUMLAH column must equal the sum of the columns before it.

            Triggering examples (↓ marks the finding's line):
              [semarang]
                Sekretariat\t1\t2\t↓4

            Non-triggering examples:
              [semarang]
                Sekretariat\t1\t2\t3

            """)
    }

    @Test func markdownHasATableOfRulesAndASectionPerRuleUnderItsFamily() {
        let markdown = RuleCatalog(rules: testRules, language: .id).markdown()
        #expect(markdown.containsLiteral("| [TST001](#tst001) | totals | galat | Jumlah baris ≠ jumlah rinciannya |\n"))
        #expect(markdown.containsLiteral("\n## Jumlah (`totals`)\n\n### TST001\n\n**Jumlah baris ≠ jumlah rinciannya**\n"))
        #expect(markdown.containsLiteral("\n## Nilai (`values`)\n\n### TST002\n"))
        #expect(markdown.containsLiteral("Tata letak `semarang`:\n\n```text\n↓Esselon II\t\t1 orang\t1 orang\n```\n"))
    }

    @Test func commandsWriteTheCatalogAndRejectUnknownRules() throws {
        let directory = try TemporaryDirectory()
        let output = directory.file("rules.md")
        #expect(try RulesCommand.run(["--format", "markdown", "--lang", "en", "--output", output], rules: testRules) == ExitCode.clean)
        #expect(try directory.read("rules.md") == RuleCatalog(rules: testRules, language: .en).markdown())
        #expect(try ExplainCommand.run(["tst002", "--output", output], rules: testRules) == ExitCode.clean)
        #expect(try directory.read("rules.md").hasPrefix("TST002 — Sel kosong di tengah baris\n"))
        #expect(throws: UsageError(id: "aturan tidak dikenal: XYZ001 (lihat 'renstra-lint rules')",
                                   en: "unknown rule: XYZ001 (see 'renstra-lint rules')", showsUsageHint: false)) {
            try ExplainCommand.run(["XYZ001"], rules: testRules)
        }
        #expect(CommandLineApp.run(["explain", "XYZ001"]) == ExitCode.failure)
        #expect(CommandLineApp.run(["explain"]) == ExitCode.failure)
        #expect(CommandLineApp.run(["rules", "--format", "yaml"]) == ExitCode.failure)
    }
}
