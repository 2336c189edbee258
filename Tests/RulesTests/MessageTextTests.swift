import Testing
import TestSupport
@testable import Rules

@Suite struct MessageTextTests {
    /// The cut a message makes, word by word in Characters: what `shortened(to:)` does for any text.
    static func shortenedWordByWord(_ text: String, to limit: Int) -> String {
        var result = "", length = 0
        for word in text.split(whereSeparator: \.isWhitespace) {
            if !result.isEmpty && length + word.count + 1 > limit { return result + "…" }
            length += (result.isEmpty ? 0 : 1) + word.count
            result += (result.isEmpty ? "" : " ") + word
        }
        return result
    }

    @Test func namesAreCutAfterTheLastWordThatFits() {
        let name = "Koordinasi dan Sinkronisasi dengan Para Pemangku Kepentingan dalam Pemberdayaan Usaha Mikro"
        #expect(name.shortened(to: 40) == "Koordinasi dan Sinkronisasi dengan Para…")
        #expect(name.shortened(to: 120) == name)
        #expect(name.shortened(to: name.utf8.count) == name)
        #expect(name.shortened(to: 5) == "Koordinasi…")
        #expect("Pemberdayaan".shortened(to: 5) == "Pemberdayaan")
        #expect("  Usaha\tMikro  ".shortened(to: 80) == "Usaha Mikro")
        #expect("Usaha  Mikro é".shortened(to: 80) == "Usaha Mikro é")
        #expect("".shortened(to: 80) == "")
    }

    /// Every text, ASCII or not, spaced once or otherwise, is cut as word by word in Characters.
    @Test func everyTextIsCutAsWordByWord() {
        var generator = SplitMix64(seed: 11)
        let pieces = ["Usaha", "Mikro", "dan", "Koperasi", "a", "Pemberdayaan", " ", " ", " ", "  ", "\t", "\n", "é", "e\u{301}",
                      "\u{A0}", "-", "\u{1F}", "\r\n"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let limit = Int.random(in: 1...40, using: &generator)
            #expect(text.shortened(to: limit) == Self.shortenedWordByWord(text, to: limit), "\(text.debugDescription) to \(limit)")
        }
    }
}
