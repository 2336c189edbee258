import Foundation
import Ingest

/// Runs a set of rules over a document and returns the findings in line order.
public struct RuleRunner: Sendable {
    public var rules: [any Rule]
    public var context: RuleContext
    /// Severity overrides by rule identifier (from configuration).
    public var severityOverrides: [String: Severity]
    /// Threads the rules of one document run on: every core unless the caller says otherwise (a run over
    /// several files gives each file one thread, as its files already run side by side).
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// The one language the findings will be reported in, when the caller knows it: each finding then keeps
    /// only that language's message, so that a large plan's findings, waiting for their report, do not
    /// carry every message twice. Nil keeps both.
    public var reportLanguage: Language?

    public init(rules: [any Rule] = RuleRegistry.all, context: RuleContext = RuleContext(),
                severityOverrides: [String: Severity] = [:]) {
        self.rules = rules
        self.context = context
        self.severityOverrides = severityOverrides
    }

    public func run(_ document: RenstraDocument) -> [Finding] {
        let facts = DocumentFacts(document)
        var findings = check(document, facts: facts)
        // What the rules read of a large plan takes a while to free: that is left to another thread.
        releaseElsewhere(consume facts)
        findings.sort { ($0.line, $0.ruleID, $0.endLine, $0.subject) < ($1.line, $1.ruleID, $1.endLine, $1.subject) }
        return findings
    }

    /// The findings of every rule, in rule order.
    private func check(_ document: RenstraDocument, facts: DocumentFacts) -> [Finding] {
        var sharedContext = self.context
        sharedContext.sharedFacts = facts
        let context = sharedContext
        // The costly facts the rules read are worked out first, each on the next free thread; the rules that
        // read none come next, the longest of them first, and those that wait for a fact last.
        let factsRead = rules.map { (type(of: $0) as? ReadsSharedFacts.Type)?.sharedFacts ?? [] }
        let neededFacts = DocumentFacts.SharedFact.allCases.filter { fact in factsRead.contains { $0.contains(fact) } }
        enum Work: Sendable {
            case workOut(DocumentFacts.SharedFact)
            case check(any Rule)
        }
        let tasks = neededFacts.map(Work.workOut) + rules.map(Work.check)
        let claimOrder = neededFacts.map { _ in 3 } + zip(rules, factsRead).map { rule, facts in
            !facts.isEmpty ? 0 : type(of: rule) is TakesLongOnLargePlans.Type ? 2 : 1
        }
        var findingsByTask = tasks.parallelMap(workers: workers, sizes: claimOrder) { task -> [Finding] in
            let rule: any Rule
            switch task {
            case .workOut(let fact):
                facts.workOut(fact)
                return []
            case .check(let checked):
                rule = checked
            }
            let override = severityOverrides[type(of: rule).description.id]
            // Completed in place: a copy of a large plan's findings would double them for a while.
            var found = rule.check(document, context)
            for index in found.indices {
                if let override { found[index].severity = override }
                if let reportLanguage { found[index].keepMessage(in: reportLanguage) }
                found[index].page = document.source.page(ofLine: found[index].line)
                for evidence in found[index].evidence.indices {
                    found[index].evidence[evidence].page = document.source.page(ofLine: found[index].evidence[evidence].line)
                }
            }
            return found
        }
        var findings: [Finding] = []
        findings.reserveCapacity(findingsByTask.reduce(0) { $0 + $1.count })
        for index in findingsByTask.indices {
            findings.append(contentsOf: findingsByTask[index])
            findingsByTask[index] = []
        }
        return findings
    }
}
