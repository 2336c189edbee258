import Ingest
import Rules

extension Language {
    /// The Indonesian or English wording, whichever this language is.
    public func say(_ id: String, _ en: String) -> String { self == .en ? en : id }

    /// `baris 12` / `baris 12–15` (`line 12` / `lines 12–15`).
    func lineRange(_ first: Int, _ last: Int) -> String {
        first == last ? say("baris \(first)", "line \(first)") : say("baris \(first)–\(last)", "lines \(first)–\(last)")
    }

    /// `hal. 12` / `p. 12`: the page of a PDF a finding is printed on.
    func page(_ number: Int) -> String { say("hal. \(number)", "p. \(number)") }
}
