import Foundation
import Ingest

/// Expands the paths given on the command line into input files: files as given (`-` is standard input),
/// directories walked for text files (`DirectoryWalk`). A file reached twice (named twice, or through a
/// link, or both named and found in a directory) is read once, under the first path that reached it.
enum InputCollector {
    static let textExtensions: Set<String> = ["txt", "md", "text", "csv", "tsv", "pdf"]
    static let extensionList = textExtensions.sorted().map { "." + $0 }.joined(separator: ", ")
    static let proseExtensions: Set<String> = ["txt", "md", "text"]

    struct Inputs {
        var files: [String] = []
        /// The Markdown and plain-text files found by walking a directory rather than named: those without
        /// any plan structure (a README, notes) are passed over with a note instead of being linted. Tables
        /// (CSV, TSV) and PDFs are never notes.
        var walked: Set<String> = []
        /// What a walk could not reach, and directories that hold no text file: linting nothing must not pass.
        var errors: [InputError] = []
    }

    static func collect(_ paths: [String]) -> Inputs {
        var inputs = Inputs()
        var seen: [FileIdentity: Int] = [:]
        var unreachable: Set<String> = []
        func add(_ file: String, walked: Bool) {
            if let identity = FileIdentity(path: file), file != StandardInput.path {
                if let first = seen[identity] {
                    // Named after being found in a directory: it counts as named.
                    if !walked { inputs.walked.remove(inputs.files[first]) }
                    return
                }
                seen[identity] = inputs.files.count
            } else if !unreachable.insert(file).inserted {
                return
            }
            inputs.files.append(file)
            if walked && proseExtensions.contains((file as NSString).pathExtension.lowercased()) { inputs.walked.insert(file) }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != StandardInput.path, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  isDirectory.boolValue else {
                add(path, walked: false)
                continue
            }
            let walk = DirectoryWalk(path)
            if walk.files.isEmpty && walk.errors.isEmpty { inputs.errors.append(.noTextFiles(path)) }
            inputs.errors += walk.errors
            for file in walk.files { add(file, walked: true) }
        }
        return inputs
    }
}
