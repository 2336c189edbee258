import Foundation
import Testing
import Rules
import TestSupport

/// The rules of one document run on several threads and share its facts: the findings must be the same,
/// in the same order, as when they run one after another.
struct RulesOnThreadsTests {
    @Test(arguments: Corpus.allCases)
    func findingsAreTheSameOnOneThreadAndOnSeveral(_ corpus: Corpus) {
        var oneThread = RuleRunner(), severalThreads = RuleRunner()
        oneThread.workers = 1
        severalThreads.workers = 4
        let expected = oneThread.run(corpus.document)
        #expect(!expected.isEmpty)
        #expect(severalThreads.run(corpus.document) == expected)
    }
}
