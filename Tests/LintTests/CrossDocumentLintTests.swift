import Foundation
import Testing
@testable import Lint
import Ingest
import Rules
import TestSupport

/// A performance tree linted with and without its Renstra, in every output; `--with` and the
/// configuration's `pairs`.
@Suite struct CrossDocumentLintTests {
    static let tree = Corpus.bekasiChart.path
    static let renstra = Corpus.bekasi.path

    func json(_ words: [String], in directory: TemporaryDirectory) throws -> [String: Any] {
        let (_, report) = try lintReport(words + ["--format", "json"], rules: RuleRegistry.all, in: directory)
        return try JSONSerialization.jsonObject(with: Data(report.utf8)) as! [String: Any]
    }

    func findings(_ root: [String: Any], file: String, rule prefix: String) -> [[String: Any]] {
        (root["findings"] as! [[String: Any]]).filter { ($0["file"] as? String) == file && ($0["rule"] as! String).hasPrefix(prefix) }
    }

    func notes(_ root: [String: Any], file: String) -> [String] {
        ((root["files"] as! [[String: Any]]).first { ($0["path"] as? String) == file }?["notes"] as? [String]) ?? []
    }

    @Test func theTreeAloneSaysItsRenstraWasNotGiven() throws {
        let directory = try TemporaryDirectory()
        let root = try json([Self.tree], in: directory)
        #expect(findings(root, file: Self.tree, rule: "XDC").isEmpty)
        #expect(findings(root, file: Self.tree, rule: "TRE").count == 6)
        #expect(notes(root, file: Self.tree).first?.hasPrefix("Renstra-nya tidak diberikan") == true)
        let (_, text) = try lintReport([Self.tree, "--lang", "en"], rules: RuleRegistry.all, in: directory)
        #expect(text.containsLiteral("note: \(Self.tree): Its Renstra was not given"))
    }

    @Test func linkedTogetherTheyAreComparedOnBothSides() throws {
        let directory = try TemporaryDirectory()
        for streaming in [true, false] {
            // JSON streams its findings; with a baseline file written elsewhere the whole batch is kept instead.
            let words = [Corpus.root + "/corpora/bekasi/"] + (streaming ? [] : ["--baseline", try directory.write("empty.json", #"{"baselineVersion":1,"findings":[]}"#)])
            let root = try json(words, in: directory)
            let treeSide = findings(root, file: Self.tree, rule: "XDC")
            let renstraSide = findings(root, file: Self.renstra, rule: "XDC")
            #expect(treeSide.count == 17, "streaming: \(streaming)")
            #expect(renstraSide.count == 17, "streaming: \(streaming)")
            let other = treeSide.first { ($0["line"] as? Int) == 959 }?["otherDocument"] as? [String: Any]
            #expect(other?["file"] as? String == Self.renstra && other?["line"] as? Int == 9)
            #expect(notes(root, file: Self.renstra) == ["Dibandingkan dengan pohon kinerja \(Self.tree)."])
        }
    }

    @Test func withNamesTheReferenceWhoseOwnFindingsAreNotReported() throws {
        let directory = try TemporaryDirectory()
        let root = try json([Self.tree, "--with", Self.renstra], in: directory)
        #expect(findings(root, file: Self.tree, rule: "XDC").count == 17)
        let reference = root["findings"] as! [[String: Any]]
        #expect(reference.filter { ($0["file"] as? String) == Self.renstra }.allSatisfy { $0["rule"] as? String == "XDC001" })
        #expect(notes(root, file: Self.renstra).first?.hasPrefix("Dibaca sebagai dokumen acuan") == true)
        let missing = try lintReport([Self.tree, "--with", directory.file("none.txt")], rules: RuleRegistry.all, in: directory)
        #expect(missing.status == ExitCode.failure)
    }

    @Test func theConfigurationPairsATreeWithAnotherRenstra() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".renstra-lint.json", """
        {"pairs": [{"document": "\(Self.tree)", "with": "\(Corpus.semarang.path)"}]}
        """)
        let root = try json([Self.tree, Corpus.semarang.path, Self.renstra], in: directory)
        #expect(notes(root, file: Self.tree).count == 1)
        #expect(notes(root, file: Self.tree).first?.hasPrefix(
            "Dibandingkan dengan Renstra \(Corpus.semarang.path) (terbaca di sana: 1 tujuan, 2 indikator tujuan; 1 sasaran, 2 indikator sasaran;") == true)
        #expect(findings(root, file: Self.tree, rule: "XDC004").map { $0["expected"] as? String } == ["2016–2021", "2016–2021"])
        #expect(!findings(root, file: Corpus.semarang.path, rule: "XDC001").isEmpty)
        try directory.write(".renstra-lint.json", #"{"pairs": [{"document": "a.txt"}]}"#)
        #expect(throws: UsageError.self) { try lintReport([Self.tree], rules: RuleRegistry.all, in: directory) }
    }

    @Test func textSarifAndHtmlNameBothPlaces() throws {
        let directory = try TemporaryDirectory()
        let (_, text) = try lintReport([Self.tree, Self.renstra], rules: RuleRegistry.all, in: directory)
        #expect(text.containsLiteral("\(Self.tree):959: peringatan[XDC004]"))
        #expect(text.containsLiteral("dokumen lain: \(Self.renstra):9"))
        let (_, sarif) = try lintReport([Self.tree, Self.renstra, "--format", "sarif"], rules: RuleRegistry.all, in: directory)
        let log = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as! [String: Any]
        let run = (log["runs"] as! [[String: Any]])[0]
        let results = run["results"] as! [[String: Any]]
        #expect(results.contains { $0["relatedLocations"] != nil })
        let schema = try SARIFSchemaTests.schema()
        #expect(SchemaVocabulary(schema: schema).problems(in: log, definition: schema, path: "") == [])
        let (_, html) = try lintReport([Self.tree, Self.renstra, "--format", "html"], rules: RuleRegistry.all, in: directory)
        #expect(html.containsLiteral("<dt>Dokumen lain</dt><dd>\(Self.renstra):9</dd>"))
        #expect(html.containsLiteral("<dd>Dibandingkan dengan Renstra \(Self.renstra) (terbaca di sana: 1 tujuan"))
    }

    @Test func inspectShowsTheTree() throws {
        let directory = try TemporaryDirectory()
        let output = directory.file("inspect.txt")
        #expect(CommandLineApp.run(["inspect", Self.tree, "--output", output]) == ExitCode.clean)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.containsLiteral("    798: INDIKATROR 1 (= INDIKATOR 1)"))
        #expect(text.containsLiteral("    757: [SASARAN 1] Meningkatnya Akuntabilitas"))
        #expect(text.containsLiteral("      └ 760: INDIKATOR SASARAN 1 Nilai AKIP DISKOPUKM"))
        #expect(text.containsLiteral("1197: penandatangan: Dra. Rita Hartati, MM, NIP 19680628 199403 2 012"))
        #expect(CommandLineApp.run(["inspect", Self.tree, "--format", "json", "--output", output]) == ExitCode.clean)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as! [[String: Any]]
        let chart = json[0]["chart"] as! [String: Any]
        #expect((chart["pairings"] as! [Any]).count == 7)
    }
}
