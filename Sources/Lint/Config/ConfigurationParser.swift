import Foundation
import Rules

/// Reads `.renstra-lint.json` strictly: an unknown key, rule or family, or a value of the wrong type
/// is a one-line error naming the file, never silently ignored.
struct ConfigurationParser {
    static let keys = ["disable", "enable", "severity", "roundingTolerance", "acceptTransitionYear", "pairs"]

    var path: String
    var knownRules: [RuleDescription]

    func parse(_ data: Data) throws -> LintConfiguration {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw problem("bukan JSON yang sah", "not valid JSON")
        }
        guard let object = root as? [String: Any] else {
            throw problem("isi berkas harus berupa objek JSON { … }", "the file must hold a JSON object { … }")
        }
        var configuration = LintConfiguration()
        for key in object.keys.sorted() {
            let value = object[key]!
            switch key {
            case "disable": configuration.disabled = Set(try selectors(value, key: key))
            case "enable": configuration.enabled = Set(try selectors(value, key: key))
            case "severity": configuration.severities = try severities(value)
            case "roundingTolerance": configuration.roundingTolerance = try tolerance(value)
            case "acceptTransitionYear": configuration.acceptTransitionYear = try boolean(value, key: key)
            case "pairs": configuration.pairs = try pairs(value)
            default:
                throw problem("kunci tidak dikenal \"\(key)\" (yang dikenal: \(Self.keys.joined(separator: ", ")))",
                              "unknown key \"\(key)\" (known keys: \(Self.keys.joined(separator: ", ")))")
            }
        }
        if let both = configuration.disabled.intersection(configuration.enabled).first {
            let name = display(both)
            throw problem("\"\(name)\" ada di \"disable\" sekaligus \"enable\"", "\"\(name)\" is in both \"disable\" and \"enable\"")
        }
        return configuration
    }

    private func selectors(_ value: Any, key: String) throws -> [RuleSelector] {
        guard let names = value as? [Any], names.allSatisfy({ $0 is String }) else {
            throw problem("\"\(key)\" harus berupa daftar kode aturan atau nama rumpun, mis. [\"TOT003\", \"duplicates\"]",
                          "\"\(key)\" must be a list of rule ids or family names, e.g. [\"TOT003\", \"duplicates\"]")
        }
        return try names.map { try selector($0 as! String) }
    }

    private func selector(_ name: String) throws -> RuleSelector {
        if let rule = knownRules.first(where: { $0.id.uppercased() == name.uppercased() }) { return .rule(rule.id) }
        if let family = RuleFamily.allCases.first(where: { $0.rawValue == name.lowercased() }) { return .family(family) }
        let families = RuleFamily.allCases.map(\.rawValue).joined(separator: ", ")
        if looksLikeRuleID(name) {
            throw problem("aturan tidak dikenal \"\(name)\" (lihat 'renstra-lint rules')",
                          "unknown rule \"\(name)\" (see 'renstra-lint rules')")
        }
        throw problem("aturan atau rumpun tidak dikenal \"\(name)\" (rumpun: \(families))",
                      "unknown rule or family \"\(name)\" (families: \(families))")
    }

    /// `TOT003`, `per001`: three letters and digits, as rule identifiers are written.
    private func looksLikeRuleID(_ name: String) -> Bool {
        let letters = name.prefix { $0.isLetter }
        let digits = name.dropFirst(letters.count)
        return letters.count == 3 && !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }

    private func severities(_ value: Any) throws -> [RuleSelector: Severity] {
        guard let entries = value as? [String: Any] else {
            throw problem("\"severity\" harus berupa objek, mis. {\"PER001\": \"info\"}",
                          "\"severity\" must be an object, e.g. {\"PER001\": \"info\"}")
        }
        var result: [RuleSelector: Severity] = [:]
        for name in entries.keys.sorted() {
            let selector = try selector(name)
            guard let text = entries[name] as? String, let severity = Severity(rawValue: text) else {
                throw problem("tingkat untuk \"\(name)\" harus \"error\", \"warning\" atau \"info\"",
                              "the severity of \"\(name)\" must be \"error\", \"warning\" or \"info\"")
            }
            result[selector] = severity
        }
        return result
    }

    /// `[{"document": "pohon-kinerja.txt", "with": "renstra.txt"}]`: paths relative to the configuration file.
    private func pairs(_ value: Any) throws -> [String: String] {
        guard let entries = value as? [Any] else { throw pairsProblem() }
        var pairs: [String: String] = [:]
        let directory = (path as NSString).deletingLastPathComponent
        for entry in entries {
            guard let object = entry as? [String: Any], Set(object.keys) == ["document", "with"],
                  let document = object["document"] as? String, let reference = object["with"] as? String,
                  !document.isEmpty, !reference.isEmpty else { throw pairsProblem() }
            let resolve = { (file: String) in file.hasPrefix("/") || directory.isEmpty ? file : directory + "/" + file }
            pairs[resolve(document)] = resolve(reference)
        }
        return pairs
    }

    private func pairsProblem() -> UsageError {
        problem("\"pairs\" harus berupa daftar objek {\"document\": \"pohon-kinerja.txt\", \"with\": \"renstra.txt\"}",
                "\"pairs\" must be a list of objects {\"document\": \"pohon-kinerja.txt\", \"with\": \"renstra.txt\"}")
    }

    private func tolerance(_ value: Any) throws -> Double {
        guard let number = value as? NSNumber, !isBoolean(number), number.doubleValue >= 0, number.doubleValue < 1 else {
            throw problem("\"roundingTolerance\" harus berupa angka relatif dari 0 sampai di bawah 1 (0.001 = 0,1 %)",
                          "\"roundingTolerance\" must be a relative number from 0 to below 1 (0.001 = 0.1 %)")
        }
        return number.doubleValue
    }

    private func boolean(_ value: Any, key: String) throws -> Bool {
        guard let number = value as? NSNumber, isBoolean(number) else {
            throw problem("\"\(key)\" harus true atau false", "\"\(key)\" must be true or false")
        }
        return number.boolValue
    }

    /// JSONSerialization gives `true`/`false` as NSNumber too; only their type code tells them from 1 and 0.
    private func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

    private func display(_ selector: RuleSelector) -> String {
        switch selector {
        case .rule(let id): return id
        case .family(let family): return family.rawValue
        }
    }

    private func problem(_ id: String, _ en: String) -> UsageError {
        UsageError.file(id: "\(path): \(id)", en: "\(path): \(en)")
    }
}
