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
            if let rule = rule as? any CrossDocumentRule, let companion = example.companion {
                let (companionText, companionMarked) = companion.markedText
                let findings = Self.check(rule, text, example.layout, with: companionText, companion.layout)
                let expected = Set(marked.map { "example.txt:\($0)" } + companionMarked.map { "companion.txt:\($0)" })
                #expect(Set(findings.map { "\($0.file):\($0.line)" }) == expected, "\(id) on example:\n\(text)\nwith:\n\(companionText)")
                #expect(findings.allSatisfy { $0.placeInOtherDocument != nil }, "\(id) names the other document's place")
                continue
            }
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
            if let rule = rule as? any CrossDocumentRule, let companion = example.companion {
                let findings = Self.check(rule, example.text, example.layout, with: companion.text, companion.layout)
                #expect(findings.isEmpty, "\(id) fired on non-triggering example: \(findings.map { "\($0.file):\($0.line)" })")
                continue
            }
            let findings = rule.check(ingestSnippet(example.text, layout: example.layout), RuleContext())
            #expect(findings.isEmpty, "\(id) fired on non-triggering \(example.layout.rawValue) example: \(findings.map(\.line))")
        }
    }

    /// A cross-document rule on an example (the dependent document) and its companion (the reference).
    static func check(_ rule: any CrossDocumentRule, _ text: String, _ layout: Layout, with companion: String,
                      _ companionLayout: Layout) -> [Finding] {
        let dependent = CascadeProfile(ingestSnippet(text, layout: layout, path: "example.txt"))
        let reference = CascadeProfile(ingestSnippet(companion, layout: companionLayout, path: "companion.txt"))
        return rule.check(DocumentPair(dependent: dependent, reference: reference), RuleContext())
    }

    @Test(arguments: ruleIDs)
    func crossDocumentRulesHaveCompanions(_ id: String) {
        let rule = RuleRegistry.rule(withID: id)!
        let examples = type(of: rule).description.triggering + type(of: rule).description.nonTriggering
        #expect(examples.allSatisfy { $0.companion != nil } == (rule is any CrossDocumentRule), "\(id)")
    }

    @Test(arguments: ruleIDs)
    func messagesAreBilingual(_ id: String) {
        let description = type(of: RuleRegistry.rule(withID: id)!).description
        for text in [description.title, description.rationale] {
            #expect(!text.id.isEmpty && !text.en.isEmpty && text.id != text.en, "\(id)")
        }
    }
}
