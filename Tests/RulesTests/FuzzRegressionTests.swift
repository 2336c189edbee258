import Foundation
import Testing
import Ingest
@testable import Rules

/// Inputs the fuzzer (Fuzz/IngestFuzzer) found crashing ingest or the rules, kept as tests.
@Suite struct FuzzRegressionTests {
    /// A 27-digit figure before "program" crashed the count rule converting it to Int.
    static let hugeCountBeforeProgramme = "Sv////////////////9hZXJhaCAuLi4uLnsJNDAKQmFiIElJSSBQZVByb2dyYW0gS2VwYWxhIERhZXJhaCBkYW4gV2FraWwgS2VwYWxhIEtlcGFsYSBEYWVyYWggVGVycGlsaWggLi4uLi4JNDQKMy4zLiBUZWxhYWggUmVuc3RyYSBLL0wgZGFuIFJlbnN0cmEwMDFvZ3JhL0ltTjxQLiAs0NDQ0NAzMCUJUnAuIGVyYXNpCTAJMAkwCTAJMTMJMQkxCRYJMQlQZXJ1YmFoYW5lbmdhd2FzYW4gZGFuIFBlbWVyaWthLmFuIEtvcGVyYXNpUGFndf////////8UaWYJMAkwCTAJbmcgMTQgNjY2MDAwMDAyNjcxNjg1NjA2OTQyNTI4ODUyIDI5Ljk0OC4wOTMsNzEgCgkgICAgICAgICAgICAgICAgICAgICAgICAwCTEJMAkwCTEJNQkxCTAJMAk4ClBlbWJlcmRheWFhbiBLb3BlcmFzaWdrYXBhbgoKRGFsYW0gcmFuZ2thIHBvdWJsZSAKKipUYWJlbCBQZXLsZW5na2FwYW4gS2FudG9yKiogIHppbmFuIGRhbiBLZShlbaWeZ2FhbiBLb3AjMi4xNy4wATEyLjAxLjAwMDFvZ3JhL0ltTjxQLiAs0NDQ0NQzMCUJUnAuIGVyYXNpCTAJMAkwCTAJMTMJMQkxCTAJMQlQZXIwMDAxb2dyYS9JbU48UC4gLNDQ0NDQMzAlCVJwLiBlcmFzaQkwCTAJMAkwCTEzCTEJMQkwCTEJUGVydWJhIEtvcCMyLjE3LjABMTIuMDEuMDAwMW9ncmEvSW1OPFAuICzQ0NDQ1DMwJQlScC4gZXJhc2kJMAkwCTAJMAkxMwkxCTEJMAkxCVBlciBQcm92aW5zaSAuLi4uLgk0NQozLjQuIFRlbGFhaGFuIFJlbmNhbmEgVGF0YSBSdWFuZyBXaWxheWFoIGRhbiBLYWppYW4gSGlkdXAgTGluZ2t1bmdhbiBTdHJhdGVnaXMgLi4uLi4JNDgKMy41LiBQZW5lbnR1YW4="

    /// The same crash reached through number words.
    static let hugeCountInWords = "CUp1bWxhaIUKMQlLZW5kYXJjYW4gYmVyCgkyICAgICAuICAgOgoKKipUYWJlbCAyMjExNy4wMi4yLjAxLjAwMDExLjIuMTEuMS4yLjExLjAxLjE4LjAxNi40KiogIAoqKlRhYmVsIFBlcmxtMHRvciByb2RhIDQJNiB1bml0CjIJS2UgNi4wMDAsMCAgICAgICAgICAgICAgICAgICA5LjI3Mi45dDIuOf//////////////////////////LjIzOC4xOTMsMzkgCggvCVJwICAgICAgICAgICAgICAgICAgICAgIC4gICA6CgoqKlRhYmVsIDIyLjE3LjAyLjIuMDEuMDAwMS40KiogNDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0IAoqKlRhYmVsIFBlcmxlbmdrYXC7biBLYW50b3IqKv///////////////////////////////////////////////////////////////yAgCioqUGVyIE9rdG9iZXIgMTAwOCoqCgpOby4JVXJhIGJlcgoJMiAgICAgLiAgIDoKCioqVGFiZWwgMjIxMTcuMDIuMi4wMS4wMDAxLjQqKmUgNi4wMDAwLjIzNy4xOTMsMzkgCgkvCVJwICAgICAgICAgICAgICAgICAgICAgICAgLiAyLjAwMCwwICAgICAgICAgICAwCiA="

    @Test(arguments: [hugeCountBeforeProgramme, hugeCountInWords])
    func hugeFigureNearAPlanNounDoesNotCrash(_ input: String) throws {
        let bytes = try #require(Data(base64Encoded: input))
        let document = try RenstraIngest.ingest(bytes: Array(bytes), path: "fuzz.txt")
        _ = RuleRunner().run(document)
    }

    @Test func numberWordsOfHugeValuesFallBackToDigits() {
        #expect(IndonesianNumberWords.spell(6.66e26) == IndonesianNumberFormat.format(6.66e26))
    }
}
