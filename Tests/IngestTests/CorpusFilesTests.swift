import Foundation
import Testing
import Ingest
import TestSupport

/// The corpora are byte-identical copies of the seeds; a change to them would silently change every test.
@Suite struct CorpusFilesTests {
    static let expectedDigests: [Corpus: String] = [
        .bekasi: "da62620deac723c6b97bcc78fd9aa7f07e6dfdf19110033029e5a6013eea3224",
        .bekasiChart: "7582573a8c9d482b41152125a0d664f40cec357999a528c5b85699ff3c95adbc",
        .depok: "e592748fe63da74984cf000c3053c13e1ccada1064be8067a3a2952277ae0310",
        .semarang: "88cece4d10eae260320e1956394368c5b411409fedc779bcce04412118f1a60d",
    ]

    @Test(arguments: Corpus.allCases)
    func corpusFileIsUnchanged(_ corpus: Corpus) throws {
        let bytes = try InputFile.readBytes(at: corpus.path)
        #expect(SHA256.hex(bytes) == Self.expectedDigests[corpus])
    }

    @Test(arguments: Corpus.allCases)
    func corpusIngestsWithItsLayout(_ corpus: Corpus) {
        let expected: [Corpus: Layout] = [.bekasi: .bekasi, .bekasiChart: .performanceChart, .depok: .depok, .semarang: .semarang]
        #expect(corpus.document.layout == expected[corpus])
    }
}
