import Testing
import Ingest
import Rules
import TestSupport

/// A runner told the language of the report keeps each finding's message in that language alone; the
/// findings are otherwise those of a runner that keeps both.
@Suite struct ReportLanguageTests {
    @Test(arguments: Language.allCases)
    func findingsKeepTheReportsLanguageAlone(_ language: Language) {
        let both = RuleRunner().run(Corpus.bekasi.document)
        var runner = RuleRunner()
        runner.reportLanguage = language
        let one = runner.run(Corpus.bekasi.document)
        #expect(!both.isEmpty && both.contains { $0.message.id != $0.message.en })
        #expect(one.map { $0.message.text(language) } == both.map { $0.message.text(language) })
        #expect(one.allSatisfy { $0.message.id == $0.message.en })
        var trimmed = both
        for index in trimmed.indices { trimmed[index].keepMessage(in: language) }
        #expect(one == trimmed)
    }
}
