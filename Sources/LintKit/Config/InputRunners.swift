import Foundation
import Ingest
import Rules

/// The rules each input is linted with. The configuration is the file named by `--config` for every input;
/// otherwise, for each file, the nearest `.renstra-lint.json` in its directory or above, up to the
/// repository's root (the directory holding `.git`) or the filesystem's; failing that, the one in the
/// working directory; failing that, the defaults. Every configuration in use is read (and checked) once,
/// before any input is linted.
struct InputRunners: Sendable {
    private var runners: [RuleRunner] = []
    private var runnerOfInput: [String: Int] = [:]
    /// The runner for inputs without a configuration of their own.
    private var fallback = 0
    /// The `pairs` of every configuration in use: dependent path → reference path.
    private(set) var pairs: [String: String] = [:]

    /// `workers`: the threads of the run. A lone input's rules run on all of them; when several inputs are
    /// linted, each already has a thread of its own and its rules run on that one.
    init(inputs: [String], rules: [any Rule], selection: RuleSelection = RuleSelection(), explicitPath: String?,
         workingDirectory: String, workers: Int) throws {
        let knownRules = rules.map { type(of: $0).description }
        let rulesWorkers = inputs.count > 1 ? 1 : workers
        var runnerOfConfiguration: [String?: Int] = [:]
        func runner(_ path: String?) throws -> Int {
            if let index = runnerOfConfiguration[path] { return index }
            let configuration = try path.map { try LintConfiguration.load(path: $0, knownRules: knownRules) } ?? LintConfiguration()
            var made = configuration.runner(for: rules, selection: selection)
            made.workers = rulesWorkers
            runners.append(made)
            pairs.merge(configuration.pairs) { first, _ in first }
            runnerOfConfiguration[path] = runners.count - 1
            return runners.count - 1
        }
        if let explicitPath {
            fallback = try runner(explicitPath)
            return
        }
        var finder = ConfigurationFinder()
        fallback = try runner(finder.file(in: workingDirectory))
        for input in inputs where input != StandardInput.path {
            let directory = (Self.absolute(input, base: FileManager.default.currentDirectoryPath) as NSString).deletingLastPathComponent
            if let path = finder.nearest(from: directory) { runnerOfInput[input] = try runner(path) }
        }
    }

    func runner(for input: String) -> RuleRunner { runners[runnerOfInput[input] ?? fallback] }

    /// The cross-document rules, as the configuration of the run (not of one file) sets them.
    var crossDocumentRunner: CrossDocumentRunner { CrossDocumentRunner(runners[fallback]) }

    /// The rules active for any input, in their registry order (the rules SARIF and HTML describe).
    var activeRules: [any Rule] {
        var seen = Set<String>()
        return runners.flatMap(\.rules).filter { seen.insert(type(of: $0).description.id).inserted }
    }

    static func absolute(_ path: String, base: String) -> String {
        path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
    }
}

/// Looks for `.renstra-lint.json` upwards, remembering what each directory gave.
private struct ConfigurationFinder {
    private var nearestByDirectory: [String: String?] = [:]

    /// The file in `directory` itself, if any.
    func file(in directory: String) -> String? {
        let path = (directory as NSString).appendingPathComponent(LintConfiguration.fileName)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The nearest file in `directory` or above, stopping at a repository root or the filesystem root.
    mutating func nearest(from directory: String) -> String? {
        if let known = nearestByDirectory[directory] { return known }
        let found: String?
        let parent = (directory as NSString).deletingLastPathComponent
        if let here = file(in: directory) {
            found = here
        } else if FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(".git"))
                    || parent == directory || parent.isEmpty {
            found = nil
        } else {
            found = nearest(from: parent)
        }
        nearestByDirectory[directory] = found
        return found
    }
}
