import Testing
import Ingest
@testable import Rules
import TestSupport

/// The byte prefilters and byte paths that spare rules the Character-wise reading of prose, and the
/// facts a run shares between its rules: each must give what the Character-wise reading gives.
@Suite struct ProseScanTests {
    @Test func yearSpanCandidatesHoldEveryJoinerTheFinderReads() {
        for text in ["Renstra 2025-2029", "Tahun 2025 – 2029", "periode 2025 s.d. 2029", "2025 S/D 2029",
                     "tahun 2025 sampai dengan tahun 2029", "(2025 hingga 2029)", "2025 — 2029."] {
            #expect(TextScan.yearSpanCandidates(in: text).map { [$0.start, $0.end] } == [[2025, 2029]], "\(text)")
            #expect(YearSpanFinder.spans(in: text).map { [$0.start, $0.end] } == [[2025, 2029]], "\(text)")
        }
        #expect(TextScan.yearSpanCandidates(in: "2016-2021 dan 2025-2029").map(\.start) == [2016, 2021, 2025])
    }

    @Test func yearSpanCandidatesSkipYearsThatOtherWordsOrFiguresSeparate() {
        #expect(TextScan.yearSpanCandidates(in: "Realisasi tahun 2024 dan target tahun 2029").isEmpty)
        #expect(TextScan.yearSpanCandidates(in: "Renstra 2025-29").isEmpty)
        #expect(TextScan.yearSpanCandidates(in: "NIP 196108311985032008").isEmpty)
        #expect(TextScan.yearSpanCandidates(in: "tahun 2020 - 5 - 2024").isEmpty)
    }

    @Test func yearSpanCandidatesHoldEveryProseSpanOfTheCorpora() {
        var spans = 0
        for corpus in [Corpus.bekasi, .depok, .semarang] {
            for block in corpus.document.blocks {
                let text: String
                switch block {
                case .paragraph(let paragraph): text = paragraph.text
                case .listItem(let item): text = item.text
                case .heading(let heading): text = heading.title
                case .table(let table): text = table.caption?.title ?? ""
                }
                let found = YearSpanFinder.spans(in: text)
                spans += found.count
                let candidates = TextScan.yearSpanCandidates(in: text)
                #expect(found.allSatisfy { span in candidates.contains { $0 == (span.start, span.end) } }, "\(text)")
            }
        }
        #expect(spans > 20)
    }

    @Test func tokensWithoutMarksMatchTheCharacterWiseReading() {
        let tokens = ProseTokenizer.tokens("“34 Orang” (67 %), naik 5 Persen; Rp 1.250.000")
        #expect(tokens.count == 13)
        #expect(tokens[0] == .punctuation("“"))
        #expect(tokens[1].quantity?.value == 34)
        #expect(tokens[2] == .word("Orang"))
        #expect(tokens[3] == .punctuation("”"))
        #expect(tokens[5].quantity?.kind == .percent)
        #expect(tokens[5].quantity?.value == 67)
        #expect(tokens[8] == .word("naik"))
        #expect(tokens[9].quantity?.spelling == "5%")
        #expect(tokens[10] == .punctuation(";"))
        #expect(tokens[11] == .word("Rp"))
        #expect(tokens[12].quantity?.value == 1_250_000)
    }

    @Test func figuresOfALineAreFoundOnlyInTokensThatCanHoldThem() {
        let quantities = TextQuantities.quantities(in: "rasio #DIV/0! dan (1.234), naik 2,5%")
        #expect(quantities.map(\.kind) == [.spreadsheetError, .number, .percent])
        #expect(quantities.map(\.value) == [nil, 1234, 2.5])
        #expect(TextScan.mayHoldFigure("m²"))
        #expect(!TextScan.mayHoldFigure("(Orang),"))
    }

    @Test func titleWordsAreComparedAsSets() {
        let full = TitleSimilarity.Words("Jumlah Pegawai Dinas Koperasi"), short = TitleSimilarity.Words("Jumlah Pegawai")
        #expect(TitleSimilarity.score(full, short) == 0.5)
        #expect(TitleSimilarity.sameTable(full, short))
        #expect(TitleSimilarity.score("Realisasi Anggaran 2024", "Anggaran Realisasi 2024") == 1)
        #expect(!TitleSimilarity.sameTable("Jumlah Pegawai Dinas", "Realisasi Anggaran Dinas"))
        #expect(TitleSimilarity.score("", "") == 1)
    }

    @Test func sharedFactsAreTheFactsOfTheDocument() {
        let document = ingestSnippet("""
            Nilai aset per 31 Desember 2020 sebesar Rp 4.347.407.744,12.

            Pegawai sebanyak 60 orang, terdiri dari:
            · PNS : 34 Orang (67%)
            """, layout: .depok)
        let facts = DocumentFacts(document)
        let figures = facts.proseQuantities { TextScan.hasDigits($0, atLeast: 6) }
        #expect(figures.map(\.line) == [1, 1, 1])
        #expect(figures.last?.quantity.value == 4_347_407_744.12)
        #expect(facts.proseQuantities().map(\.quantity.value) == [31, 2020, 4_347_407_744.12, 60, 34, 67])
        let parts = facts.proseGroups.flatMap(\.parts)
        #expect(parts.map(\.index) == Array(parts.indices))
        for part in parts {
            #expect(facts.tokens(of: part) == ProseTokenizer.tokens(part.text))
        }
    }

    @Test func aRunFindsWhatEachRuleFindsOnItsOwn() {
        let rules: [any Rule] = [MalformedNumberRule(), SpreadsheetErrorRule(), UnformattedNumberRule(), StatedShareRule(),
                                 PlanCountStatementRule(), NumberWordsMismatchRule()]
        for corpus in [Corpus.bekasi, .depok, .semarang] {
            let document = corpus.document
            let alone = rules.flatMap { $0.check(document, RuleContext()) }
            let run = RuleRunner(rules: rules).run(document)
            #expect(Set(run.map { "\($0.ruleID)|\($0.line)|\($0.subject)" }) == Set(alone.map { "\($0.ruleID)|\($0.line)|\($0.subject)" }))
            #expect(run.count == alone.count)
        }
    }

    @Test func totalLabelPrefilterKeepsEveryTextThatNormalisesToATotal() {
        for text in ["JUMLAH", "Total", "<b>Jumlah Total</b>", "Jum lah", "Grand Total:", "**TOTAL KESELURUHAN**", "Jumlah Seluruhnya"] {
            #expect(TableFigures.totalLabels.contains(NameNormalizer.normalize(text)), "\(text)")
            #expect(TableFigures.mayNormaliseToTotalLabel(text), "\(text)")
        }
        #expect(!TableFigures.mayNormaliseToTotalLabel("Sub Kegiatan Penyediaan Jasa Penunjang"))
        #expect(!TableFigures.mayNormaliseToTotalLabel("Jumlah Keseluruhan Anggaran"))
        #expect(!TableFigures.mayNormaliseToTotalLabel("Rp."))
        #expect(TableFigures.mayNormaliseToTotalLabel("Jumlah Keseluruhan Anggaran Daérah"))
    }

    @Test func keyedIndicatorPairsAreThePairsOfTheFullScan() {
        var linked = 0
        for corpus in [Corpus.bekasi, .depok, .semarang] {
            let series = DocumentFacts(corpus.document).indicatorSeries(.comparable)
            for relation in [IndicatorRelation.sameIndicator, .similarIndicator] {
                let pairs = IndicatorGroups.linkedPairs(series, relation).map { [$0.0, $0.1] }
                let scanned = series.indices.flatMap { i in
                    series.indices.filter { j in
                        j > i && series[i].table != series[j].table && relation.links(series[i], series[j])
                            && !ParallelTables.areParallel(series[i].tableTitle, series[j].tableTitle)
                    }.map { [i, $0] }
                }
                #expect(pairs == scanned)
                linked += pairs.count
            }
        }
        #expect(linked > 0)
    }
}
