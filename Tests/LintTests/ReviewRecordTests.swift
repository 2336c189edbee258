import Foundation
import Testing
@testable import Lint
@testable import LintKit
import Ingest
import Rules
import TestSupport

/// The HTML report as a record of a review: time, tool, each file's size and SHA-256, the filters of a
/// printed copy, page numbers and the rationale of the rules that fired.
@Suite struct ReviewRecordTests {
    @Test func sha256MatchesTheStandardVectors() {
        var empty = SHA256()
        #expect(empty.hexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var abc = SHA256()
        abc.update(Array("abc".utf8))
        #expect(abc.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Two blocks, fed in pieces that do not fall on block boundaries.
        var long = SHA256()
        let text = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        long.update(text[..<5])
        long.update(text[5...])
        #expect(long.hexDigest() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func theReportRecordsWhenWhatAndWhichVersionWasReviewed() throws {
        let directory = try TemporaryDirectory()
        let (_, html) = try lintReport([Corpus.depok.path, "--format", "html"], rules: RuleRegistry.all, in: directory)
        #expect(HTMLWellFormedness.problems(html) == [])
        #expect(html.containsLiteral("<h2>Catatan pemeriksaan</h2>"))
        #expect(html.containsLiteral("<dt>Alat</dt><dd>\(ToolInfo.name) \(ToolInfo.version)</dd>"))
        // The Depok export as bundled: 118,123 bytes.
        #expect(html.containsLiteral("<tr><td>\(Corpus.depok.path)</td><td class=\"num\">118.123 bita</td><td class=\"digest\"><code>"
                                     + "e592748fe63da74984cf000c3053c13e1ccada1064be8067a3a2952277ae0310</code></td><td class=\"num\">29</td></tr>"))
        #expect(html.containsLiteral("<p id=\"filter-note\" class=\"filter-note\" hidden"))
        #expect(html.containsLiteral("counter(page)"))
        // Depok's findings include TOT004: its rationale is in the appendix.
        let rationale = try #require(RuleRegistry.all.map { type(of: $0).description }.first { $0.id == "TOT004" }).rationale.id
        #expect(html.containsLiteral("<h3 id=\"rule-TOT004\"><code>TOT004</code>"))
        #expect(html.containsLiteral(htmlEscape(rationale)))
    }

    @Test func theTimestampIsTheGivenMoment() {
        let report = HTMLReporter(language: .en, rules: [], generatedAt: Date(timeIntervalSince1970: 0)).report([])
        #expect(report.containsLiteral("<dt>Reviewed at</dt><dd>\(HTMLReviewRecord.timestamp(Date(timeIntervalSince1970: 0)))</dd>"))
    }
}
