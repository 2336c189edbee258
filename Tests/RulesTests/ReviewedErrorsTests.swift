import Testing
import Ingest
import Rules
import TestSupport

/// Every `error` the rules raise on the real documents has been read and judged true by a reviewer
/// against the document (the list and the verdicts are in `docs/reviewed-findings.md`).
/// A change that adds, moves or drops an error on the corpora fails here until it is reviewed too:
/// an error a careful auditor would not sign is worse than a missed one.
@Suite struct ReviewedErrorsTests {
    static let reviewed: [Corpus: Set<String>] = [
        .bekasi: ["RAT001@957", "RAT001@968", "CNT001@1368", "NUM001@1375", "TOT003@1385", "TOT003@1447",
                  "TOT003@1450", "VAL004@1450", "VAL004@1451"],
        .bekasiChart: [],
        .depok: ["RAT003@355", "RAT003@356", "NUM002@458", "TOT001@508", "TOT001@535", "VAL002@742",
                 "NUM001@1362", "TOT004@2115", "TOT004@2150", "RAT001@2681", "RAT001@2687", "VAL001@2749",
                 "VAL001@2839"],
        .semarang: ["REF002@181", "REF002@187", "DUP003@814", "NUM002@921", "RAT001@925", "RAT001@926",
                    "NUM002@936", "REF004@1080", "XTB001@1563", "TOT004@1403", "TOT004@1405"],
    ]

    @Test(arguments: Corpus.allCases)
    func errorsOnTheCorporaAreTheReviewedOnes(_ corpus: Corpus) {
        let errors = RuleRunner().run(corpus.document).filter { $0.severity == .error }.map { "\($0.ruleID)@\($0.line)" }
        #expect(Set(errors) == Self.reviewed[corpus])
        #expect(errors.count == Set(errors).count, "one error per rule and line")
    }
}
