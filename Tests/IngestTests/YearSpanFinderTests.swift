import Testing
@testable import Ingest

struct YearSpanFinderTests {
    typealias Span = YearSpanFinder.Span

    @Test(arguments: [
        ("Renstra Tahun 2025-2029", [Span(start: 2025, end: 2029)]),
        ("Periode 2025 – 2029 (revisi)", [Span(start: 2025, end: 2029)]),
        ("2025\u{00A0}—\u{00A0}2029", [Span(start: 2025, end: 2029)]),
        ("tahun 2016 s.d. 2021;", [Span(start: 2016, end: 2021)]),
        ("dari tahun 2025 sampai dengan tahun 2030", [Span(start: 2025, end: 2030)]),
        // A combining accent makes the text take the Character-wise path: same answer.
        ("Pe\u{0301}riode 2019-2023", [Span(start: 2019, end: 2023)]),
        ("RPJPD 2025–2045 dan RTRW 2012-2032", [Span(start: 2025, end: 2045), Span(start: 2012, end: 2032)]),
        ("NIP 19680628 199403 2 012", []),
        ("2029-2025", []),
    ])
    func spans(text: String, expected: [Span]) {
        #expect(YearSpanFinder.spans(in: text) == expected)
    }

    @Test func yearsKeepTrailingDotsAndSkipCodes() {
        #expect(YearSpanFinder.years(in: "Tahun 2018. Kode 1.02.2019") == [2018])
        #expect(YearSpanFinder.years(in: "√ 2021 ✓ 2022") == [2021, 2022])
        #expect(YearSpanFinder.yearsOutsideSpans(in: "Sasaran 2024 Tahun 2018-2023") == [2024])
    }

    @Test func scalarAndCharacterTokensAgree() {
        #expect(YearSpanFinder.tokenize("Tahun 2025–2029, (2030)") == ["Tahun", "2025", "–", "2029", "2030"])
        #expect(YearSpanFinder.tokenize("Tahun\u{0301} 2025–2029, (2030)") == ["Tahun\u{0301}", "2025", "–", "2029", "2030"])
        #expect("ISU – “STRATEGIS” √".charactersAreSingleScalars)
        #expect(!"e\u{0301}".charactersAreSingleScalars)
    }
}
