import Testing
import Ingest
@testable import Rules
import TestSupport

/// The cross-table rules on the real plans: the known disagreements at their lines, and silence where
/// the tables agree.
@Suite struct CrossTableCorpusTests {
    static func findings(_ id: String, _ corpus: Corpus) -> [Finding] {
        RuleRegistry.rule(withID: id)!.check(corpus.document, RuleContext())
    }

    static func statements(_ corpus: Corpus, named name: String) -> [IndicatorSeries] {
        IndicatorGroups.distinct(IndicatorSeriesCollector.collect(corpus.document)).filter { $0.key == IndicatorKey(name) }
    }

    @Test func depokTablesShareIndicatorsAndAgree() {
        // Tabel 4.2 (2022–2026) and Tabel 7.2 (2021–2026) state the same series for the shared years.
        let koperasi = Self.statements(.depok, named: "Koperasi Berkualitas")
        #expect(koperasi.map(\.line) == [1237, 2539])
        #expect(koperasi.map { $0.value(2022)?.value } == [18, 18])
        #expect(Self.findings("XTB001", .depok).isEmpty)
        #expect(Self.findings("XTB002", .depok).isEmpty)
    }
}
