import Foundation
import Ingest

/// Expands the paths given on the command line into input files: files as given, directories
/// walked (sorted, hidden entries skipped) for text files.
enum InputCollector {
    static let textExtensions: Set<String> = ["txt", "md", "text", "csv", "tsv", "pdf"]
    static let extensionList = textExtensions.sorted().map { "." + $0 }.joined(separator: ", ")

    struct Inputs {
        var files: [String] = []
        /// Directories given on the command line that hold no text file: linting nothing must not pass.
        var emptyDirectories: [String] = []

        /// One error per empty directory, to report alongside the files' results.
        var errors: [InputError] { emptyDirectories.map { InputError.noTextFiles($0) } }
    }

    static func collect(_ paths: [String]) -> Inputs {
        var inputs = Inputs()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                inputs.files.append(path)
                continue
            }
            let files = walk(path)
            if files.isEmpty { inputs.emptyDirectories.append(path) }
            inputs.files += files
        }
        return inputs
    }

    private static func walk(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            guard textExtensions.contains((name as NSString).pathExtension.lowercased()),
                  name.lowercased() != "readme.md" else { continue }
            let full = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }
}
