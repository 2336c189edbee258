import Foundation
import Ingest
import Rules

/// The cross-document checks of a run, once every file has been read: pairs each performance tree with
/// its Renstra (`CascadePairing`: same city and agency, or named by `--with` or the configuration's
/// `pairs`), runs the cross-document rules on each pair, and adds their findings and notes to the files.
/// A file given only with `--with` is read as a reference: its own findings are not reported, but the
/// cross-document findings in it are, under a result of its own.
struct CrossDocumentStage {
    var runner: CrossDocumentRunner
    /// `--with FILE`: the reference of every input that cascades from another document.
    var reference: String?
    /// The configuration's `pairs`: dependent path → reference path, as the configuration resolves them.
    var pairs: [String: String]

    struct Outcome {
        var findings: [Finding]
        var notes: [String: [Localized]]
        /// Results for `--with` files that are not inputs.
        var referenceResults: [FileLintResult]
    }

    func run(_ results: [FileLintResult]) -> Outcome {
        let keys = results.compactMap(\.cascadeKey)
        var explicit: [String: String] = [:]
        let inputs = Dictionary(results.map { (Self.canonical($0.path), $0.path) }, uniquingKeysWith: { first, _ in first })
        for (dependent, reference) in pairs {
            guard let input = inputs[Self.canonical(dependent)] else { continue }
            explicit[input] = inputs[Self.canonical(reference)] ?? reference
        }
        var referenceResults: [FileLintResult] = []
        var loaded: [String: CascadeProfile] = [:]
        for result in results { if let profile = result.cascadeProfile { loaded[result.path] = profile } }
        if let reference {
            let path = inputs[Self.canonical(reference)] ?? reference
            for key in keys where key.isDependent && explicit[key.path] == nil { explicit[key.path] = path }
            if inputs[Self.canonical(reference)] == nil {
                referenceResults.append(Self.referenceResult(path, loaded: &loaded))
            }
        }
        guard !explicit.isEmpty || keys.contains(where: \.isDependent) else {
            return Outcome(findings: [], notes: [:], referenceResults: referenceResults)
        }
        let outcome = runner.run(keys: keys, explicit: explicit) { path in
            if let profile = loaded[path] { return profile }
            return (try? RenstraIngest.ingest(path: path)).map(CascadeProfile.init)
        }
        return Outcome(findings: outcome.findings, notes: outcome.notes, referenceResults: referenceResults)
    }

    /// Adds the outcome to `results`: findings into their files (in line order), notes, and the `--with` files.
    static func merge(_ outcome: Outcome, into results: inout [FileLintResult]) {
        results += outcome.referenceResults
        let byFile = Dictionary(grouping: outcome.findings, by: \.file)
        for index in results.indices {
            results[index].notes += outcome.notes[results[index].path] ?? []
            guard let added = byFile[results[index].path] else { continue }
            results[index].findings = (results[index].findings + added).sorted {
                ($0.line, $0.ruleID, $0.endLine, $0.subject) < ($1.line, $1.ruleID, $1.endLine, $1.subject)
            }
        }
    }

    /// A `--with` file that is not an input: read for its metadata, its own findings not reported.
    private static func referenceResult(_ path: String, loaded: inout [String: CascadeProfile]) -> FileLintResult {
        do {
            let document = try RenstraIngest.ingest(path: path)
            loaded[path] = CascadeProfile(document)
            var result = FileLintResult(path: path, layout: document.layout, period: document.metadata.period, findings: [], error: nil)
            result.notes = [Localized(id: "Dibaca sebagai dokumen acuan (--with): temuan dokumen ini sendiri tidak diperiksa.",
                                      en: "Read as the reference document (--with): its own findings were not checked.")]
            return result
        } catch let error as InputError {
            return FileLintResult.failed(path: path, error)
        } catch {
            return FileLintResult.failed(path: path, .unreadable(path, reason: String(describing: error)))
        }
    }

    /// The same file however it was written: absolute, with `.` and `..` resolved.
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }
}
