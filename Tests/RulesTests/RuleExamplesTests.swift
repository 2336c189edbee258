import Testing
import Ingest
import Rules
import TestSupport

/// Every rule's examples are its tests: triggering examples fire exactly on the `↓` lines,
/// non-triggering examples stay silent.
@Suite struct RuleExamplesTests {
    static let rules: [any Rule] = RuleRegistry.all
    static let ruleIDs = rules.map { type(of: $0).description.id }

    @Test(arguments: ruleIDs)
    func triggeringExamplesFireOnMarkedLines(_ id: String) {
        let rule = RuleRegistry.rule(withID: id)!
        let description = type(of: rule).description
        #expect(!description.triggering.isEmpty, "\(id) has no triggering example")
        for example in description.triggering {
            let (text, marked) = example.markedText
            let findings = rule.check(ingestSnippet(text, layout: example.layout), RuleContext())
            #expect(Set(findings.map(\.line)) == Set(marked), "\(id) on \(example.layout.rawValue) example:\n\(text)")
        }
    }

    @Test(arguments: ruleIDs)
    func nonTriggeringExamplesStaySilent(_ id: String) {
        let rule = RuleRegistry.rule(withID: id)!
        let description = type(of: rule).description
        #expect(!description.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        for example in description.nonTriggering {
            let findings = rule.check(ingestSnippet(example.text, layout: example.layout), RuleContext())
            #expect(findings.isEmpty, "\(id) fired on non-triggering \(example.layout.rawValue) example: \(findings.map(\.line))")
        }
    }

    @Test(arguments: ruleIDs)
    func messagesAreBilingual(_ id: String) {
        let description = type(of: RuleRegistry.rule(withID: id)!).description
        for text in [description.title, description.rationale] {
            #expect(!text.id.isEmpty && !text.en.isEmpty && text.id != text.en, "\(id)")
        }
    }
}
