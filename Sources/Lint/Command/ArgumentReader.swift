import LintKit

/// A small reader over command-line words: options (`--format json`, `--format=json`, `-f json`), flags
/// and positional arguments (`-` is one: standard input), with clear errors for unknown or incomplete options.
/// Every command takes `--help` (`-h`).
struct ArgumentReader {
    /// The short forms, as other linters spell them.
    static let shortNames = ["-o": "--output", "-f": "--format", "-q": "--quiet", "-j": "--jobs", "-c": "--config", "-h": "--help"]

    private(set) var positional: [String] = []
    private var options: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// `valueOptions` take a value; `flagOptions` do not. Anything else starting with `-` is an error.
    init(_ words: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws {
        let flagOptions = flagOptions.union(["--help"])
        var index = 0
        var onlyPositional = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositional || !word.hasPrefix("-") || word == "-" {
                positional.append(word)
                continue
            }
            if word == "--" { onlyPositional = true; continue }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            name = Self.shortNames[name].flatMap { valueOptions.contains($0) || flagOptions.contains($0) ? $0 : nil } ?? name
            if flagOptions.contains(name) {
                guard inlineValue == nil else {
                    throw UsageError(id: "opsi \(name) tidak menerima nilai", en: "option \(name) takes no value")
                }
                flags.insert(name)
            } else if valueOptions.contains(name) {
                if let inlineValue {
                    options[name, default: []].append(inlineValue)
                } else {
                    guard index < words.count else {
                        throw UsageError(id: "opsi \(name) memerlukan nilai", en: "option \(name) needs a value")
                    }
                    options[name, default: []].append(words[index])
                    index += 1
                }
            } else {
                throw UsageError(id: "opsi tidak dikenal: \(name)", en: "unknown option: \(name)")
            }
        }
    }

    /// `--help` or `-h` was given: the command prints its help instead of running.
    var wantsHelp: Bool { flags.contains("--help") }

    func value(_ name: String) -> String? { options[name]?.last }
    func values(_ name: String) -> [String] { options[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The input paths, or a usage error when none were given.
    func inputPaths() throws -> [String] {
        guard !positional.isEmpty else { throw UsageError(id: "tidak ada berkas masukan", en: "no input files") }
        return positional
    }

    /// The value of `name` parsed as one of `Choice`'s raw values, or `fallback`.
    func choice<Choice: RawRepresentable>(_ name: String, default fallback: Choice) throws -> Choice
    where Choice.RawValue == String {
        guard let raw = value(name) else { return fallback }
        guard let choice = Choice(rawValue: raw) else {
            throw UsageError(id: "nilai tidak sah untuk \(name): \(raw)", en: "invalid value for \(name): \(raw)")
        }
        return choice
    }

    /// The value of `name` as a whole number of at least 1 (e.g. `--jobs 2`), or `fallback`.
    func positiveInteger(_ name: String, default fallback: Int) throws -> Int {
        guard let raw = value(name) else { return fallback }
        guard let number = Int(raw), number >= 1 else {
            throw UsageError(id: "nilai tidak sah untuk \(name): \(raw) (harus bilangan bulat ≥ 1)",
                             en: "invalid value for \(name): \(raw) (must be a whole number ≥ 1)")
        }
        return number
    }
}
